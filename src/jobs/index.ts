import type { Clock } from '../domain/clock';
import type { LinkedInClient } from '../linkedin/client';
import type { LinkedInPoller } from '../linkedin/poller';
import type { Logger } from '../logger';
import type { MailRegistrar } from '../registry/registrar';
import type { CommentTracker } from '../services/comments';
import type { LinkedInConnection } from '../services/linkedinConnection';
import type { EscalationService } from '../services/escalations';
import type { CommentRepository } from '../store/comments';
import type { HandledActivities } from '../store/people';
import type { WebhookNotifications } from '../store/webhookNotifications';
import type { TeamsInstalls } from '../teams/installs';
import { commentClassifiedJob } from './commentClassified';
import { commentDeletedJob } from './commentDeleted';
import { commentReminderJob } from './commentReminder';
import { escalationReachCheckJob } from './escalationReachCheck';
import { escalationRenotifyJob } from './escalationRenotify';
import type { Job } from './job';
import { linkedInPollJob } from './linkedinPoll';
import { linkedInPollPostJob } from './linkedinPollPost';
import { linkedInPollShowcaseJob } from './linkedinPollShowcase';
import type { ShowcasePolling } from '../linkedin/showcase';
import { linkedInTokenExpiryJob, linkedInTokenRefreshJob } from './linkedinToken';
import type { Outbox } from './outbox';
import { outboxSendJob } from './outboxSend';
import { registrationMailJob } from './registrationMail';
import { retentionJob } from './retention';
import type { Scheduler } from './scheduler';
import { teamRosterJob } from './teamRoster';

/**
 * Every job kind the bot runs, in one list: sends, reminders, cases, registrations, rosters, webhook
 * follow-ups and the recurring jobs (the LinkedIn poll with API access, and retention).
 */
export function allJobs(deps: {
  clock: Clock;
  log: Logger;
  outbox: Outbox;
  scheduler: Scheduler;
  tracker: CommentTracker;
  escalations: EscalationService;
  registrar: MailRegistrar;
  installs: TeamsInstalls;
  comments: CommentRepository;
  handled: HandledActivities;
  notifications: WebhookNotifications;
  retentionDays: number;
  /** The LinkedIn poll, with API access only. */
  linkedin: { poller: LinkedInPoller; client: LinkedInClient; pollSeconds: number; showcase: ShowcasePolling } | null;
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
    retentionJob(deps),
    linkedInTokenRefreshJob(deps),
    linkedInTokenExpiryJob(deps),
    ...(deps.linkedin ? [linkedInPollJob({ ...deps, ...deps.linkedin }), linkedInPollPostJob(deps.linkedin), linkedInPollShowcaseJob({ ...deps, ...deps.linkedin })] : []),
  ];
}
