import os from 'node:os';
import { archivePlanOf, Config, followupScheduleOf, rushThresholdsOf, scheduleRulesOf, workingTimeOf } from './config';
import { HolidayCalendar } from './domain/calendar';
import { Clock, systemClock } from './domain/clock';
import { contentSafetyFor } from './contentSafety/client';
import { FileLinks } from './files';
import { readiness } from './jobs/health';
import { allJobs } from './jobs';
import { Outbox } from './jobs/outbox';
import { Scheduler } from './jobs/scheduler';
import { WebhookIngestion } from './linkedin/ingest';
import { commentRemover, linkedInClientFor, pageReplier, pageStatistics } from './linkedin/page';
import { LinkedInPoller, POLL_REPORT } from './linkedin/poller';
import { linkedInCallback } from './linkedin/callbackPage';
import { LinkedInOAuth } from './linkedin/oauth';
import { TokenSeal } from './linkedin/tokenSeal';
import { ShowcasePolling } from './linkedin/showcase';
import { LinkedInConnection } from './services/linkedinConnection';
import { LinkedInConnectHandlers, TeamsConnectionNotifier } from './teams/linkedin/connection';
import { createLogger, Logger } from './logger';
import { MailRegistrar } from './registry/registrar';
import { closeServer, createServer, listen } from './server';
import { BookingService } from './services/booking';
import { CommentTracker } from './services/comments';
import { EscalationService, loadCaseDetails } from './services/escalations';
import { Kontaktcenter } from './services/kontaktcenter';
import { FollowupService } from './services/followup';
import { DepartmentManagers } from './services/managers';
import { Operations } from './services/operations';
import { SignatureTitles } from './services/signatures';
import { AwayPeriods, EditorRoster, QuestionTeamwork, SavedReplies } from './services/teamwork';
import { WeeklyRhythm } from './services/rhythm';
import { Database, migrate, openDatabase } from './store/database';
import { repositories } from './store/repositories';
import { activityEndpoint, createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { Background } from './teams/background';
import { TeamsCommentNotifier } from './teams/comments/notifier';
import { TeamsEscalationNotifier } from './teams/escalations/notifier';
import { TeamsFollowupNotifier } from './teams/followup/notifier';
import { Directory } from './teams/identity';
import { TeamsInstalls } from './teams/installs';
import { TeamsKontaktcenterNotifier } from './teams/kontaktcenter/notifier';
import { TeamsOperationsNotifier } from './teams/operationsNotifier';
import { TeamsRhythmNotifier } from './teams/rhythm/notifier';
import { TeamsSender } from './teams/proactive';
import { TeamsReachability } from './teams/reachability';
import { SavChannel } from './services/savChannel';
import { HalfYearArchive } from './services/archive';
import { TeamsArchiveNotifier } from './teams/archive/notifier';
import { ScheduleBoard } from './teams/scheduleBoard';

/** A running bot. */
export interface RunningBot {
  port: number;
  url: string;
  db: Database;
  background: Background;
  scheduler: Scheduler;
  outbox: Outbox;
  tracker: CommentTracker;
  escalations: EscalationService;
  links: FileLinks;
  poller: LinkedInPoller | null;
  log: Logger;
  /** Schedules the recurring jobs (LinkedIn poll, retention) unless they exist. */
  ensureRecurringJobs(): Promise<void>;
  close(): Promise<void>;
}

/** The composition root: opens the database, builds every part in dependency order and starts the HTTP server and the scheduler. */
export async function startBot(config: Config, opts: { clock?: Clock; log?: Logger; startScheduler?: boolean; database?: Promise<Database> } = {}): Promise<RunningBot> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  // `database`: already opening (index.ts starts it before loading this module), else opened here.
  const db = await (opts.database ?? openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied }, 'database migrated');
  if (config.NODE_ENV === 'production' && !config.PUBLIC_BASE_URL) {
    log.warn('PUBLIC_BASE_URL is not set: download links on cards (registrations, hand-over material, audit) will point at localhost');
  }

  const repos = repositories(db, clock);
  const { bookingRepo, conversations, settings, recipients, unreachable, comments, posts, escalationRepo, files, notifications } = repos;
  const adapter = createAdapter(config);
  const appId = config.MicrosoftAppId ?? '';
  // The LinkedIn connection (its token sealed at rest) comes before the client that calls with it.
  const seal = TokenSeal.fromConfig(config.TOKEN_ENCRYPTION_KEY);
  if (seal.source === 'development' && config.LINKEDIN_CLIENT_ID) log.warn('TOKEN_ENCRYPTION_KEY is not set: LinkedIn tokens are sealed with a development key that is not secret');
  const oauth = config.LINKEDIN_CLIENT_ID && config.LINKEDIN_CLIENT_SECRET
    ? new LinkedInOAuth({ baseUrl: config.LINKEDIN_OAUTH_BASE_URL, clientId: config.LINKEDIN_CLIENT_ID, clientSecret: config.LINKEDIN_CLIENT_SECRET, redirectUri: `${config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`}/api/linkedin/callback`, scopes: config.LINKEDIN_OAUTH_SCOPES.split(/[\s,]+/).filter(Boolean), clock })
    : null;
  const productionNeeds = config.NODE_ENV === 'production' ? [...(config.TOKEN_ENCRYPTION_KEY ? [] : ['TOKEN_ENCRYPTION_KEY']), ...(config.PUBLIC_BASE_URL ? [] : ['PUBLIC_BASE_URL'])] : [];
  const contentSafety = contentSafetyFor(config, log);
  const holidays = new HolidayCalendar(config.HOLIDAYS);
  const workingTime = workingTimeOf(config, holidays);
  const bookings = new BookingService(bookingRepo, scheduleRulesOf(config, holidays), clock, config.TIMEZONE);
  const background = new Background(log);
  const channel = new SavChannel(config, settings, clock);
  const links = new FileLinks({ baseUrl: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`, configuredSecret: config.FILE_LINK_SECRET, settings, clock });

  // The scheduler and the outbox; the stale-job alert is bound late because operations needs the outbox.
  const instanceId = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const scheduler: Scheduler = new Scheduler({ db, clock, log, instanceId, tickSeconds: config.SCHEDULER_TICK_SECONDS, leaseSeconds: config.SCHEDULER_LEASE_SECONDS, onStale: (stale): Promise<void> => operations.staleJobs(stale) });
  const sender = new TeamsSender({ adapter, appId, conversations, recipients, tenantId: config.MicrosoftAppTenantId, serviceUrl: config.TEAMS_SERVICE_URL });
  const reachability = new TeamsReachability({ config, clock, log, repo: unreachable, recipients });
  const outbox = new Outbox({ db, clock, log, queue: scheduler, sender, retryHorizonMs: config.OUTBOX_RETRY_HOURS * 3_600_000, channel: () => channel.conversationId(), reachability });
  const ready = () => readiness({ db, scheduler, outbox, clock, tickSeconds: config.SCHEDULER_TICK_SECONDS });
  const connection = new LinkedInConnection({
    repo: repos.linkedinPages, seal, oauth, organizationUrn: config.LINKEDIN_ORGANIZATION_URN, environmentToken: config.LINKEDIN_ACCESS_TOKEN, missingForConnect: productionNeeds,
    queue: scheduler, clock, log, notifier: new TeamsConnectionNotifier({ config, outbox }),
  });
  const client = linkedInClientFor(config, clock, () => connection.accessToken());
  const canReply = client !== null;
  const webhookOn = Boolean(config.LINKEDIN_CLIENT_SECRET);
  const operations = new Operations({
    clock, timeZone: config.TIMEZONE, notifier: new TeamsOperationsNotifier({ config, outbox }),
    sources: {
      pollReport: () => settings.read(POLL_REPORT), linkedInHealth: client && (() => client.health()), webhook: webhookOn, linkedInToken: () => connection.facts(), showcaseTokens: () => connection.showcaseFacts(),
      questionCounts: (now) => comments.counts(now), readiness: ready, databaseKind: db.kind, channelId: () => channel.conversationId(), channelName: () => channel.name(), unsentRegistrations: () => repos.registrations.unsentCount(),
      failedSends: (since) => outbox.failures(since), waiting: () => outbox.waiting(), unreachable: () => unreachable.list(),
    },
  });

  // The services, each with the Teams notifier that tells people.
  const managers = new DepartmentManagers({ settings, configured: config.DEPARTMENT_MANAGERS, clock, members: repos.members });
  const registrar = new MailRegistrar({ ...repos, queue: scheduler, clock, log, registryEmail: config.REGISTRY_EMAIL, from: config.MAIL_FROM, smtpUrl: config.SMTP_URL, timeZone: config.TIMEZONE });
  const kontaktcenter = new Kontaktcenter({
    repo: repos.kontaktcenterRepo, bookings: bookingRepo, clock, log, timeZone: config.TIMEZONE, workingDays: { days: config.WORKING_DAYS, holidays }, workdayStart: config.WORKING_HOURS.start,
    faqWorkingDays: config.KC_FAQ_WORKING_DAYS, rush: rushThresholdsOf(config), configuredChannel: config.KC_CHANNEL_ID, notifier: new TeamsKontaktcenterNotifier({ config, outbox }),
  });
  const escalations = new EscalationService({
    repo: escalationRepo, queue: scheduler, clock, log, superadmins: config.SUPERADMINS, managers: (department) => managers.of(department), registrar, remover: client && commentRemover(client), files, registrations: repos.registrations,
    onFlagged: (postUrn) => kontaktcenter.checkRush(postUrn),
    renotifyMinutes: config.ESCALATION_RENOTIFY_MINUTES, renotifyLimit: config.ESCALATION_RENOTIFY_LIMIT,
    notifier: new TeamsEscalationNotifier({ config, log, outbox, details: (e) => loadCaseDetails(escalationRepo, repos.registrations, e), links, channel, canDelete: canReply }),
  });
  // Working together on questions: the editors' roster, away periods and substitutes, saved replies.
  const signatures = new SignatureTitles({ settings, clock });
  const roster = new EditorRoster({ members: repos.members, savTeamId: config.SAV_TEAM_ID });
  const teamwork = new QuestionTeamwork({
    roster, signatures,
    away: new AwayPeriods({ repo: repos.absences, roster, clock, timeZone: config.TIMEZONE, log }),
    replies: new SavedReplies({ repo: repos.savedReplies, settings, clock, feedbackUrl: config.KC_FEEDBACK_URL }),
  });
  const rhythm = new WeeklyRhythm({
    bookings, unbooked: repos.unbookedPosts, settings, clock, log, workingTime, weeklyAt: config.WEEKLY_NOTE_AT, dayBeforeAt: config.DAY_BEFORE_AT, superadmins: config.SUPERADMINS,
    notifier: new TeamsRhythmNotifier({ config, clock, outbox, rules: bookings.rules }),
  });
  const tracker = new CommentTracker({
    db, comments, posts, bookings: bookingRepo, queue: scheduler, clock, log, workingTime, organizationUrn: config.LINKEDIN_ORGANIZATION_URN,
    budgetHours: config.ANSWER_BUDGET_HOURS, channelAt: config.REMINDER_CHANNEL_AT, secondOpinion: contentSafety ? (text) => contentSafety.analyse(text) : undefined,
    notifier: new TeamsCommentNotifier({ config, clock, log, outbox, channel, bookings, canReply, kontaktcenter, teamwork, pageChannel: (pageUrn) => connection.channelOf(pageUrn) }), replier: client && pageReplier(client),
    placeNewPost: (post, seenBy) => rhythm.placeNewPost(post, seenBy), learnPublishedAt: (urn, at) => repos.unbookedPosts.setPublishedAtIfUnknown(urn, at),
  });
  const archivePlan = archivePlanOf(config, holidays);
  const archive = new HalfYearArchive({
    repo: repos.archives, comments, settings, queue: scheduler, clock, log, plan: archivePlan, retentionDays: config.COMMENT_TEXT_RETENTION_DAYS,
    mail: registrar, notifier: new TeamsArchiveNotifier({ config, outbox, links }),
  });
  const poller = client && new LinkedInPoller({ client, tracker, comments, posts, threads: repos.threads, settings, clock, log, queue: scheduler, followDays: config.LINKEDIN_FOLLOW_DAYS, onAccessProblem: (failure) => operations.linkedInAccess(failure) });
  await poller?.restoreBudget();
  const ingestion = new WebhookIngestion({
    db, tracker, queue: scheduler, clock, log, notifications, organizationUrn: config.LINKEDIN_ORGANIZATION_URN, canPoll: poller !== null,
    isShowcasePage: async (urn) => (await connection.showcasePages()).some((p) => p.organizationUrn === urn),
    followUp: () => background.run('webhook follow-up', async () => void (await scheduler.tick())),
  });
  const followup = new FollowupService({ repo: repos.followup, files, clock, log, workingTime, departments: config.DEPARTMENTS, statistics: client && pageStatistics(client), defaultPageUrn: config.LINKEDIN_ORGANIZATION_URN ?? null });
  const followupPoster = new TeamsFollowupNotifier({ config, followup, links, outbox });
  const followupSchedule = followupScheduleOf(config);
  const webhook = config.LINKEDIN_CLIENT_SECRET ? { secret: config.LINKEDIN_CLIENT_SECRET, handle: (body: unknown) => ingestion.handle(body) } : null;

  // Teams' install data; then every job kind, registered in one call: recurring jobs are created, or
  // repaired if they ended (a crash, an old version).
  const installs = new TeamsInstalls({ ...repos, config, clock, log, adapter, appId, channel, outbox, queue: scheduler, managers, linkedin: client !== null });
  const showcase = new ShowcasePolling({
    connection, api: { baseUrl: config.LINKEDIN_API_BASE_URL, version: config.LINKEDIN_VERSION, callBudgetPerDay: config.LINKEDIN_SHOWCASE_DAILY_CALL_BUDGET },
    tracker, comments, posts, threads: repos.threads, settings, clock, log, queue: scheduler, followDays: config.LINKEDIN_FOLLOW_DAYS, onAccessProblem: (failure) => operations.linkedInAccess(failure),
  });
  const linkedin = poller && client && { poller, client, pollSeconds: config.LINKEDIN_POLL_SECONDS, showcase };
  const board = new ScheduleBoard(adapter, appId, bookings, conversations, () => ({ today: bookings.today(), now: clock.now(), timeZone: config.TIMEZONE, rules: bookings.rules, departments: config.DEPARTMENTS }), clock, log, scheduler);
  scheduler.registerAll(allJobs({ ...repos, board, database: db, clock, log, outbox, scheduler, tracker, escalations, kontaktcenter, registrar, installs, retentionDays: config.COMMENT_TEXT_RETENTION_DAYS, archive, archivePlan, rhythm, linkedin, connection,
    followup: followupSchedule.workingDay > 0 ? { poster: followupPoster, workingTime, ...followupSchedule } : null }));
  const ensureRecurringJobs = () => scheduler.ensureRecurring();
  await ensureRecurringJobs();

  // Teams: the application and the HTTP routes.
  const directory = new Directory(config, repos.people, log);
  const app = createTeamsApp(adapter, { ...repos, config, clock, log, bookings, background, directory, outbox, scheduler, installs, board, channel, tracker, rhythm, operations, escalations, kontaktcenter, managers, links, followup, signatures, teamwork, canReply, canDelete: canReply, archive, pages: connection, linkedInConnect: new LinkedInConnectHandlers({ connection, log }) });
  const server = createServer({ messages: activityEndpoint(adapter, app, log), db, log, webhook, files: { repo: files, links }, readiness: ready, oauthCallback: linkedInCallback(connection, config.TIMEZONE) });
  const port = await listen(server, { port: config.PORT, authenticated: Boolean(config.MicrosoftAppId), log });
  if (opts.startScheduler !== false) void scheduler.start();
  log.info({ port, database: db.kind, linkedin: client ? 'api' : 'teams-only', webhook: webhookOn, secondOpinion: contentSafety ? 'content-safety' : 'off' }, 'SAV-boten is listening');

  const close = async () => {
    await closeServer(server);
    await scheduler.stop();
    await background.idle();
    await db.close();
  };
  return { port, url: `http://127.0.0.1:${port}`, db, background, scheduler, outbox, tracker, escalations, links, poller, log, ensureRecurringJobs, close };
}
