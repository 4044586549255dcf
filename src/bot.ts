import { TeamsAdapter } from '@microsoft/teams-ai';
import { toSuperadmins } from './teams/cards';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { Config } from './config';
import { HolidayCalendar, localDay } from './domain/calendar';
import { Clock, systemClock } from './domain/clock';
import { parseTimeOfDay } from './domain/schedule';
import type { WorkingTime } from './domain/workingTime';
import { Outbox } from './jobs/outbox';
import { Scheduler } from './jobs/scheduler';
import { readiness, ReadinessCheck } from './jobs/health';
import { ContentSafetyClient } from './contentSafety/client';
import { LinkedInClient } from './linkedin/client';
import { LinkedInPoller, POLL_REPORT_KEY, PollReport } from './linkedin/poller';
import { POLL_POST_JOB, WebhookIngestion } from './linkedin/ingest';
import { FileLinks } from './files';
import { createLogger, Logger } from './logger';
import { MailRegistrar } from './registry/registrar';
import { EscalationService, REPORT_KINDS, ReportKind } from './services/escalations';
import { EscalationRepository, FileRepository, RegistrationRepository } from './store/escalations';
import { MANAGERS_KEY } from './teams/escalations/handlers';
import { TeamsEscalationNotifier } from './teams/escalations/notifier';
import { createServer, WebhookHandler } from './server';
import { BookingService } from './services/booking';
import { CommentTracker } from './services/comments';
import { BookingRepository } from './store/bookings';
import { CommentRepository, PostRepository } from './store/comments';
import { ConversationRepository } from './store/conversations';
import { Database, migrate, openDatabase } from './store/database';
import { RecipientRepository } from './store/outbox';
import { TeamMemberRepository, UnreachableRepository } from './store/members';
import { TeamsInstalls } from './teams/installs';
import { TeamsReachability, unreachableLine } from './teams/reachability';
import { HandledActivities, PeopleRepository } from './store/people';
import { SettingsRepository } from './store/settings';
import { createTeamsApp } from './teams/app';
import { Background } from './teams/background';
import { noticeCard } from './teams/booking/views';
import type { StatusSection } from './teams/comments/views';
import { TeamsCommentNotifier } from './teams/comments/notifier';
import { Directory } from './teams/identity';
import { TeamsSender } from './teams/proactive';
import { SavChannel } from './teams/savChannel';
import { ScheduleBoard } from './teams/scheduleBoard';
import { formatInstant } from './teams/text';

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

const POLL_JOB = 'linkedin.poll';
/** What superadmins read for a readiness check, in Swedish and English. */
const CHECK_NAMES: Record<ReadinessCheck['name'], [string, string]> = {
  database: ['Databasen', 'Database'],
  scheduler: ['Schemaläggaren', 'Scheduler'],
  recurring: ['Återkommande jobb', 'Recurring jobs'],
  outbox: ['Utskick', 'Outbox'],
};
/** What superadmins read for a recurring job's kind. */
const JOB_NAMES: Record<string, string> = { 'linkedin.poll': 'Hämtningen från LinkedIn', 'comments.retention': 'Gallringen av kommentarstext' };
const RETENTION_JOB = 'comments.retention';

/** Opens the database, applies migrations and starts the HTTP server and the scheduler: the whole bot. */
export async function startBot(config: Config, opts: { clock?: Clock; log?: Logger; startScheduler?: boolean } = {}): Promise<RunningBot> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied }, 'database migrated');

  // Without an app id the adapter accepts unauthenticated local traffic (Playground); config refuses that in production.
  const adapter = new TeamsAdapter(
    config.MicrosoftAppId
      ? {
          MicrosoftAppId: config.MicrosoftAppId,
          MicrosoftAppPassword: config.MicrosoftAppPassword,
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }
      : {},
  );
  const appId = config.MicrosoftAppId ?? '';
  const holidays = new HolidayCalendar(config.HOLIDAYS);
  const rules = {
    capacity: config.DAY_CAPACITY,
    horizonMonths: config.BOOKING_HORIZON_MONTHS,
    fridayCutoff: parseTimeOfDay(config.FRIDAY_CUTOFF) ?? 13 * 60,
    holidays,
  };
  const workingTime: WorkingTime = { timeZone: config.TIMEZONE, hours: config.WORKING_HOURS, days: config.WORKING_DAYS, holidays };

  const bookingRepo = new BookingRepository(db);
  const bookings = new BookingService(bookingRepo, rules, clock, config.TIMEZONE);
  const conversations = new ConversationRepository(db);
  const settings = new SettingsRepository(db);
  const background = new Background(log);
  const channel = new SavChannel(config, settings, clock);

  const scheduler = new Scheduler({
    db,
    clock,
    log,
    instanceId: `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    tickSeconds: config.SCHEDULER_TICK_SECONDS,
    leaseSeconds: config.SCHEDULER_LEASE_SECONDS,
    // A recurring job without a recent success (the poll, retention): the superadmins hear of it once a day.
    onStale: async (stale) => {
      const day = localDay(clock.now(), config.TIMEZONE);
      const lines = stale.map((j) => `${JOB_NAMES[j.kind] ?? j.kind}: ${j.lastSuccessAt ? `senast lyckad ${formatInstant(j.lastSuccessAt, 'sv', config.TIMEZONE)}` : 'har aldrig lyckats'}${j.lastError ? ` (${j.lastError.slice(0, 200)})` : ''}`);
      const card = noticeCard('Ett återkommande jobb går inte', `${lines.join('\n\n')}\n\nBoten försöker igen av sig själv. Se /status; loggen säger mer.`, 'attention');
      for (const m of toSuperadmins(config.SUPERADMINS, `stale:${stale.map((j) => j.kind).join(',')}:${day}`, card)) await outbox.enqueue(m);
    },
  });
  const recipients = new RecipientRepository(db);
  const sender = new TeamsSender({ adapter, appId, conversations, recipients, tenantId: config.MicrosoftAppTenantId, serviceUrl: config.TEAMS_SERVICE_URL });
  const unreachable = new UnreachableRepository(db);
  const outbox = new Outbox({
    db,
    clock,
    log,
    scheduler,
    sender,
    retryHorizonMs: config.OUTBOX_RETRY_HOURS * 3_600_000,
    channel: () => channel.conversationId(),
    reachability: new TeamsReachability({ config, clock, log, repo: unreachable, recipients }),
  });
  const people = new PeopleRepository(db);
  const installs = new TeamsInstalls({
    config,
    clock,
    log,
    adapter,
    appId,
    members: new TeamMemberRepository(db),
    people,
    conversations,
    channel,
    settings,
    outbox,
    scheduler,
    linkedin: Boolean(config.LINKEDIN_ACCESS_TOKEN && config.LINKEDIN_ORGANIZATION_URN),
  });

  // LinkedIn, when the city has API access.
  const client =
    config.LINKEDIN_ACCESS_TOKEN && config.LINKEDIN_ORGANIZATION_URN
      ? new LinkedInClient({
          baseUrl: config.LINKEDIN_API_BASE_URL,
          accessToken: config.LINKEDIN_ACCESS_TOKEN,
          version: config.LINKEDIN_VERSION,
          organizationUrn: config.LINKEDIN_ORGANIZATION_URN,
          clock,
          callBudgetPerDay: config.LINKEDIN_DAILY_CALL_BUDGET,
        })
      : null;

  // A second opinion on comments only when the city has configured one: otherwise no network call at all.
  const contentSafety =
    config.CONTENT_SAFETY_ENDPOINT && config.CONTENT_SAFETY_KEY
      ? new ContentSafetyClient({ endpoint: config.CONTENT_SAFETY_ENDPOINT, key: config.CONTENT_SAFETY_KEY, timeoutMs: config.CONTENT_SAFETY_TIMEOUT_MS, log })
      : null;

  const comments = new CommentRepository(db);
  const posts = new PostRepository(db);
  const tracker = new CommentTracker({
    db,
    comments,
    posts,
    bookings: bookingRepo,
    scheduler,
    clock,
    log,
    workingTime,
    budgetHours: config.ANSWER_BUDGET_HOURS,
    channelAt: config.REMINDER_CHANNEL_AT,
    organizationUrn: config.LINKEDIN_ORGANIZATION_URN,
    secondOpinion: contentSafety ? (text) => contentSafety.analyse(text) : undefined,
  });
  tracker.notifier = new TeamsCommentNotifier({ config, clock, log, outbox, channel, bookings: bookingRepo, canReply: client !== null });
  if (client) {
    tracker.replier = {
      reply: async (postUrn, commentUrn, text) => {
        const r = await client.replyAsPage(postUrn, commentUrn, text);
        return r.ok ? { ok: true } : { ok: false, detail: `${r.reason}${r.status ? ` ${r.status}` : ''}` };
      },
    };
  }

  if (config.NODE_ENV === 'production' && !config.PUBLIC_BASE_URL) {
    log.warn('PUBLIC_BASE_URL is not set: download links on cards (registrations, hand-over material, audit) will point at localhost');
  }
  // Escalation: evidence first, a person decides.
  const escalationRepo = new EscalationRepository(db);
  const files = new FileRepository(db);
  const links = new FileLinks({ baseUrl: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`, configuredSecret: config.FILE_LINK_SECRET, settings, clock });
  const escalations = new EscalationService({
    repo: escalationRepo,
    scheduler,
    clock,
    log,
    superadmins: config.SUPERADMINS,
    managers: async (department) => {
      if (!department) return [];
      const stored = (await settings.get<Record<string, string[]>>(MANAGERS_KEY)) ?? {};
      return stored[department] ?? config.DEPARTMENT_MANAGERS[department] ?? [];
    },
    renotifyMinutes: config.ESCALATION_RENOTIFY_MINUTES,
    renotifyLimit: config.ESCALATION_RENOTIFY_LIMIT,
  });
  escalations.notifier = new TeamsEscalationNotifier({ config, log, outbox, repo: escalationRepo, channel, canDelete: client !== null });
  const registrations = new RegistrationRepository(db);
  escalations.registrar = new MailRegistrar({
    files,
    registrations,
    scheduler,
    clock,
    log,
    registryEmail: config.REGISTRY_EMAIL,
    from: config.MAIL_FROM,
    smtpUrl: config.SMTP_URL,
    timeZone: config.TIMEZONE,
  });
  if (client) {
    escalations.remover = {
      remove: async (postUrn, commentUrn) => {
        const r = await client.deleteComment(postUrn, commentUrn);
        return r.ok ? { ok: true } : { ok: false, detail: `${r.reason}${r.status ? ` ${r.status}` : ''}: ${r.detail}` };
      },
    };
  }
  // Every tracked comment is classified: threats escalate, rule-breaking comments open a case. Never criticism.
  tracker.onClassified(async (comment, post, v) => {
    if (!v.remove) return;
    const category: ReportKind | undefined = v.threat ? 'threat' : REPORT_KINDS.find((k) => k === v.kind);
    if (category) await escalations.flag(comment, post, category, null, { kind: v.kind, reasons: v.reasons, version: v.version });
  });

  const poller = client ? new LinkedInPoller({ client, tracker, comments, posts, settings, clock, log }) : null;
  await poller?.restoreBudget();
  if (poller && client) {
    poller.onAccessProblem = async (failure) => {
      // One card a day per kind of problem: the bot keeps running and tries again at the next poll.
      const day = localDay(clock.now(), config.TIMEZONE);
      const heading = 'LinkedIn-kopplingen behöver åtgärdas';
      const what =
        failure.reason === 'unauthorized'
          ? 'LinkedIn säger att åtkomsttoken har gått ut eller dragits tillbaka. En sidadministratör behöver logga in igen och ge boten en ny token (LINKEDIN_ACCESS_TOKEN).'
          : failure.reason === 'forbidden'
            ? 'LinkedIn säger att boten saknar behörighet. Kontrollera att kontot bakom token fortfarande är administratör för sidan och att appen har behörigheterna r_organization_social_feed och w_organization_social_feed.'
            : `LinkedIn känner inte igen API-versionen ${config.LINKEDIN_VERSION}. Sätt LINKEDIN_VERSION till en aktuell månad (ÅÅÅÅMM).`;
      const card = noticeCard(heading, `${what}\n\nTills dess följer boten kommentarer som redaktörerna registrerar med /kommentar. (${failure.detail})`, 'attention');
      for (const m of toSuperadmins(config.SUPERADMINS, `linkedin-access:${failure.reason}:${day}`, card)) await outbox.enqueue(m);
    };
    scheduler.recurring(
      POLL_JOB,
      async () => {
        await poller.pollPlanned(config.LINKEDIN_POLL_SECONDS).catch((err) => log.error({ err }, 'LinkedIn poll failed'));
        // Every poll runs on time; the planner spends only what the day's budget allows (linkedin/pollPlan.ts).
        const backoff = client.health().backoffUntil;
        return { retryAt: new Date(Math.max(clock.now().getTime() + config.LINKEDIN_POLL_SECONDS * 1000, backoff?.getTime() ?? 0)) };
      },
      // Three missed polls (and at least an hour) is trouble.
      { staleAfterSeconds: Math.max(3600, 3 * config.LINKEDIN_POLL_SECONDS) },
    );
    scheduler.register(POLL_POST_JOB, async (payload) => {
      await poller.pollPost((payload as { postUrn: string }).postUrn);
    });
  }

  scheduler.recurring(
    RETENTION_JOB,
    async () => {
      const before = new Date(clock.now().getTime() - config.COMMENT_TEXT_RETENTION_DAYS * 86_400_000);
      const now = clock.now().getTime();
      const purged = await comments.purgeText(before, clock.now());
      if (purged > 0) log.info({ purged }, 'comment texts deleted after the retention period');
      // Every copy of the text goes too: the cards in the outbox. Rows are kept a year for card updates.
      const outboxPurged = await outbox.purge(before, new Date(now - 365 * 86_400_000));
      if (outboxPurged.emptied + outboxPurged.dropped > 0) log.info(outboxPurged, 'old messages emptied after the retention period');
      await scheduler.purgeFinished(new Date(now - 30 * 86_400_000));
      // Teams retries an activity within minutes, LinkedIn a notification for 8 hours: their ids need not live long.
      await db.query('delete from handled_activities where handled_at < $1', [new Date(now - 2 * 86_400_000)]);
      await db.query('delete from webhook_notifications where received_at < $1', [new Date(now - 14 * 86_400_000)]);
      return { retryAt: new Date(clock.now().getTime() + 86_400_000) };
    },
    { staleAfterSeconds: 2 * 86_400 + 3600 },
  );
  // Recurring jobs reschedule themselves; this creates them, and repairs any that ended (a crash, an old version).
  const ensureRecurringJobs = () => scheduler.ensureRecurring();
  await ensureRecurringJobs();

  const ingestion = new WebhookIngestion({ db, tracker, scheduler, clock, log, organizationUrn: config.LINKEDIN_ORGANIZATION_URN, canPoll: poller !== null });
  const webhook: WebhookHandler | null = config.LINKEDIN_CLIENT_SECRET
    ? {
        secret: config.LINKEDIN_CLIENT_SECRET,
        handle: async (body) => {
          const result = await ingestion.handle(body);
          // Stored and committed: now acknowledged, and the follow-up work starts at once.
          if (result.ok) background.run('webhook follow-up', async () => void (await scheduler.tick()));
          return result;
        },
      }
    : null;

  /** The scheduler's health and each recurring job's last success and next run, for /status. */
  const operationsSection = async (lang: 'sv' | 'en'): Promise<StatusSection> => {
    const sv = lang === 'sv';
    const r = await readiness({ db, scheduler, outbox, clock, tickSeconds: config.SCHEDULER_TICK_SECONDS });
    const at = (d: Date | null) => (d ? formatInstant(d, lang, config.TIMEZONE) : sv ? 'aldrig' : 'never');
    const jobs = r.checks.find((c) => c.name === 'recurring')?.facts?.jobs ?? [];
    return {
      title: sv ? 'Drift' : 'Operations',
      ok: r.ready,
      facts: [
        ...r.checks.filter((c) => c.name !== 'recurring').map((c) => ({ title: `${c.ok ? '✓' : '✗'} ${CHECK_NAMES[c.name][sv ? 0 : 1]}`, value: checkText(c, lang) })),
        ...jobs.map((j) => ({
          title: `${j.stale ? '✗' : '✓'} ${sv ? JOB_NAMES[j.kind] ?? j.kind : j.kind}`,
          value: `${sv ? 'senast lyckad' : 'last success'} ${at(j.lastSuccessAt)}, ${sv ? 'nästa' : 'next'} ${at(j.nextRunAt)}${j.attempts > 0 ? ` (${j.attempts} ${sv ? 'misslyckade i rad' : 'failures in a row'})` : ''}`,
        })),
      ],
    };
  };

  /** A readiness check as the /status card says it. */
  const checkText = (c: ReadinessCheck, lang: 'sv' | 'en'): string => {
    const sv = lang === 'sv';
    const at = (d: Date | null | undefined) => (d ? formatInstant(d, lang, config.TIMEZONE) : '');
    if (c.name === 'database') return c.ok ? (sv ? `svarar (${db.kind})` : `answers (${db.kind})`) : sv ? 'svarar inte' : 'does not answer';
    if (c.name === 'scheduler') return c.facts?.lastTickAt ? `${sv ? 'senaste varv' : 'last round'} ${at(c.facts.lastTickAt)}` : sv ? 'har inte gått än' : 'has not run yet';
    if (c.name === 'outbox') {
      if (c.ok) return sv ? 'allt går iväg' : 'everything goes out';
      return sv
        ? `${c.facts?.stuck} meddelanden har väntat mer än 15 minuter (det äldsta sedan ${at(c.facts?.oldest)})`
        : `${c.facts?.stuck} messages waiting more than 15 minutes (the oldest since ${at(c.facts?.oldest)})`;
    }
    return c.detail;
  };

  const status = async (lang: 'sv' | 'en'): Promise<StatusSection[]> => {
    const sv = lang === 'sv';
    const report = await settings.get<PollReport>(POLL_REPORT_KEY);
    const counts = await comments.counts(clock.now());
    const failed = await outbox.failures(new Date(clock.now().getTime() - 7 * 86_400_000));
    const waiting = await outbox.waiting();
    const unreachablePeople = await unreachable.list();
    const channelId = await channel.conversationId();
    const when = (iso: string | undefined) => (iso ? formatInstant(new Date(iso), lang, config.TIMEZONE) : sv ? 'aldrig' : 'never');
    const linkedin: StatusSection = client
      ? {
          title: 'LinkedIn API',
          ok: report?.ok ?? true,
          facts: [
            { title: sv ? 'Senaste hämtning' : 'Last poll', value: `${when(report?.at)}${report ? (report.ok ? ' ✓' : ` ✗ ${report.error?.reason} ${report.error?.status ?? ''}`) : ''}` },
            { title: sv ? 'Anrop idag' : 'Calls today', value: `${client.health().callsToday} / ${client.health().callBudgetPerDay}` },
            { title: sv ? 'Webhook' : 'Webhook', value: webhook ? (sv ? 'på' : 'on') : sv ? 'av' : 'off' },
          ],
        }
      : {
          title: 'LinkedIn API',
          ok: true,
          facts: [{ title: sv ? 'Läge' : 'Mode', value: sv ? 'Ingen API-åtkomst: kommentarer registreras med /kommentar' : 'No API access: comments are registered with /comment' }],
        };
    return [
      linkedin,
      {
        title: sv ? 'Frågor' : 'Questions',
        ok: counts.overdue === 0,
        facts: [
          { title: sv ? 'Obesvarade' : 'Unanswered', value: String(counts.open) },
          { title: sv ? 'Över tiden' : 'Overdue', value: String(counts.overdue) },
          { title: sv ? 'Besvarade i tid' : 'Answered in time', value: `${counts.answeredInTime} / ${counts.answered}` },
        ],
      },
      await operationsSection(lang),
      {
        title: 'Teams',
        ok: failed === 0 && channelId !== null && waiting === 0 && unreachablePeople.length === 0,
        facts: [
          { title: sv ? 'SAV-kanalen' : 'SAV channel', value: channelId ?? (sv ? 'okänd: lägg till boten i SAV-teamet' : 'unknown: add the bot to the SAV team') },
          { title: sv ? 'Misslyckade utskick (7 dagar)' : 'Failed sends (7 days)', value: String(failed) },
          { title: sv ? 'Väntar på en konversation' : 'Waiting for a conversation', value: String(waiting) },
          {
            title: sv ? 'Nås inte personligen' : 'Not reachable personally',
            value:
              unreachablePeople.length === 0
                ? sv ? 'ingen' : 'nobody'
                : `${unreachablePeople.map((p) => unreachableLine(p, lang)).join('; ')}. ${sv ? 'Installera appen för dem (Teams admin center → Konfigurationsprinciper).' : 'Install the app for them (Teams admin center → Setup policies).'}`,
          },
        ],
      },
    ];
  };

  const deps = {
    config,
    clock,
    log,
    bookings,
    background,
    conversations,
    handled: new HandledActivities(db),
    directory: new Directory(config, people, log),
    outbox,
    scheduler,
    installs,
    board: undefined as unknown as ScheduleBoard,
    channel,
    tracker,
    bookingRepo,
    settings,
    canReply: client !== null,
    status,
    escalations,
    escalationRepo,
    files,
    registrations,
    links,
    canDelete: client !== null,
  };
  deps.board = new ScheduleBoard(
    adapter,
    appId,
    bookings,
    conversations,
    () => ({ today: bookings.today(), now: clock.now(), timeZone: config.TIMEZONE, rules, departments: config.DEPARTMENTS }),
    clock,
    log,
  );
  const app = createTeamsApp(adapter, deps);
  const ready = () => readiness({ db, scheduler, outbox, clock, tickSeconds: config.SCHEDULER_TICK_SECONDS });
  const server = createServer({ adapter, app, db, log, webhook, files: { repo: files, links }, readiness: ready });
  // Without an app id nothing authenticates an activity: then only this machine (the Playground) may talk to the bot.
  const host = config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve));
  if (!config.MicrosoftAppId) log.warn({ host }, 'no MicrosoftAppId: activities are not authenticated, so the bot listens on this machine (loopback) only');
  const port = (server.address() as AddressInfo).port;
  if (opts.startScheduler !== false) void scheduler.start();
  log.info({ port, database: db.kind, linkedin: client ? 'api' : 'teams-only', webhook: Boolean(webhook), secondOpinion: contentSafety ? 'content-safety' : 'off' }, 'SAV-boten is listening');

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    db,
    background,
    scheduler,
    outbox,
    tracker,
    escalations,
    links,
    poller,
    log,
    ensureRecurringJobs,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold the close; a request still running gets a few seconds.
      server.server.closeIdleConnections();
      const cut = setTimeout(() => server.server.closeAllConnections(), 3_000);
      cut.unref();
      await closed;
      clearTimeout(cut);
      await scheduler.stop();
      await background.idle();
      await db.close();
    },
  };
}

