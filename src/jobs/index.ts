import type { Clock } from '../domain/clock';
import type { ArchivePlan } from '../domain/archive';
import type { HalfYearArchive } from '../services/archive';
import type { Month } from '../domain/followup';
import type { WorkingTime } from '../domain/workingTime';
import type { LinkedInClient } from '../linkedin/client';
import type { LinkedInPoller } from '../linkedin/poller';
import type { Logger } from '../logger';
import type { MailRegistrar } from '../registry/registrar';
import type { CommentTracker } from '../services/comments';
import type { WeeklyRhythm } from '../services/rhythm';
import type { LinkedInConnection } from '../services/linkedinConnection';
import type { EscalationService } from '../services/escalations';
import type { Kontaktcenter } from '../services/kontaktcenter';
import type { CommentRepository } from '../store/comments';
import type { Database } from '../store/database';
import type { HandledActivities } from '../store/people';
import type { WebhookNotifications } from '../store/webhookNotifications';
import type { TeamsInstalls } from '../teams/installs';
import { archiveJob } from './archive';
import { archiveMailJob } from './archiveMail';
import type { ScheduleBoard } from '../teams/scheduleBoard';
import { checkpointJob } from './checkpoint';
import { commentClassifiedJob } from './commentClassified';
import { commentDeletedJob } from './commentDeleted';
import { commentReminderJob } from './commentReminder';
import { dayBeforeJob } from './dayBefore';
import { escalationReachCheckJob } from './escalationReachCheck';
import { escalationRenotifyJob } from './escalationRenotify';
import { kontaktcenterFaqJob } from './kontaktcenterFaq';
import { rushCheckJob } from './rushCheck';
import type { Job } from './job';
import { linkedInPollJob } from './linkedinPoll';
import { monthlyFollowupJob } from './monthlyFollowup';
import { linkedInPollPostJob } from './linkedinPollPost';
import { linkedInPollShowcaseJob } from './linkedinPollShowcase';
import type { ShowcasePolling } from '../linkedin/showcase';
import { linkedInTokenExpiryJob, linkedInTokenRefreshJob } from './linkedinToken';
import type { Outbox } from './outbox';
import { outboxSendJob } from './outboxSend';
import { registrationMailJob } from './registrationMail';
import { retentionJob } from './retention';
import { scheduleRefreshJob } from './scheduleRefresh';
import type { Scheduler } from './scheduler';
import { teamRosterJob } from './teamRoster';
import { weeklyNoteJob } from './weeklyNote';

/**
 * Every job kind the bot runs, in one list: sends, reminders, cases, registrations, rosters, webhook
 * follow-ups and the recurring jobs (the LinkedIn poll with API access, retention, the monthly follow-up card,
 * the half-year archive, the weekly note and the day-before cards).
 */
export function allJobs(deps: {
  clock: Clock;
  log: Logger;
  outbox: Outbox;
  scheduler: Scheduler;
  tracker: CommentTracker;
  escalations: EscalationService;
  kontaktcenter: Kontaktcenter;
  registrar: MailRegistrar;
  installs: TeamsInstalls;
  board: ScheduleBoard;
  comments: CommentRepository;
  handled: HandledActivities;
  notifications: WebhookNotifications;
  retentionDays: number;
  archive: HalfYearArchive;
  archivePlan: ArchivePlan;
  /** The weekly note and the day-before cards. */
  rhythm: WeeklyRhythm;
  /** The database: the embedded one gets a recurring checkpoint. */
  database: Database;
  /** The LinkedIn poll, with API access only. */
  linkedin: { poller: LinkedInPoller; client: LinkedInClient; pollSeconds: number; showcase: ShowcasePolling } | null;
  /** The monthly follow-up card, unless switched off (`FOLLOWUP_WORKING_DAY=0`). */
  followup: { poster: { post(month: Month): Promise<boolean> }; workingTime: WorkingTime; workingDay: number; minutes: number } | null;
  /** The page's connection: token refresh and expiry warnings. */
  connection: LinkedInConnection;
}): Job<any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    outboxSendJob(deps.outbox),
    commentReminderJob(deps),
    commentClassifiedJob(deps),
    commentDeletedJob(deps),
    escalationRenotifyJob(deps),
    escalationReachCheckJob(deps),
    registrationMailJob(deps),
    teamRosterJob(deps),
    scheduleRefreshJob(deps),
    retentionJob(deps),
    rushCheckJob(deps),
    kontaktcenterFaqJob(deps),
    archiveJob(deps),
    archiveMailJob(deps),
    ...(deps.followup ? [monthlyFollowupJob({ ...deps, ...deps.followup })] : []),
    weeklyNoteJob(deps),
    dayBeforeJob(deps),
    ...(deps.database.kind === 'pglite' ? [checkpointJob(deps)] : []),
    linkedInTokenRefreshJob(deps),
    linkedInTokenExpiryJob(deps),
    ...(deps.linkedin ? [linkedInPollJob({ ...deps, ...deps.linkedin }), linkedInPollPostJob(deps.linkedin), linkedInPollShowcaseJob({ ...deps, ...deps.linkedin })] : []),
  ];
}
