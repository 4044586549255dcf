import { randomUUID } from 'node:crypto';
import { startBot, RunningBot } from '../../src/compose';
import { SIM_ACCESS_TOKEN, SIM_ORGANIZATION_URN } from '../../scripts/linkedinSimulator';
import { loadConfig } from '../../src/config';
import type { Clock } from '../../src/domain/clock';
import { createLogger } from '../../src/logger';
import { createTestStorage, TestStorage } from './database';
import { FakeConnector } from './fakeConnector';

/** People in the tests; ids are Entra object ids. */
export const USERS = {
  louise: { id: 'aad-louise', name: 'Louise Lind' },
  erik: { id: 'aad-erik', name: 'Erik Berg' },
  admin: { id: 'aad-admin', name: 'Sara Superadmin' },
  outsider: { id: 'aad-outsider', name: 'Olle Utanför' },
};
export type TestUser = { id: string; name: string };

export const SAV_TEAM = 'team-sav';
export const SAV_CHANNEL = '19:sav@thread.tacv2';

/** The environment that points a bot at a LinkedIn simulator (API access, the simulator's address). */
export function linkedInEnv(sim: { baseUrl: string }): Record<string, string> {
  return { LINKEDIN_ACCESS_TOKEN: SIM_ACCESS_TOKEN, LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN, LINKEDIN_API_BASE_URL: sim.baseUrl };
}

/** The booking form's data as a click sends it: Kulturförvaltningen's post, a fresh request id. */
export const bookingForm = (day: string, title: string, extra: Record<string, unknown> = {}) => ({
  requestId: `req-${Math.random().toString(36).slice(2)}`,
  day,
  title,
  department: 'Kulturförvaltningen',
  postType: 'inlagg',
  category: 'vardag',
  goal: 'engagera',
  timeOfDay: '',
  ...extra,
});

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface SendOptions {
  where?: 'personal' | 'channel';
  locale?: string;
  /** `expectReplies` returns the replies in the HTTP response; `normal` sends them to the connector. */
  delivery?: 'expectReplies' | 'normal';
  id?: string;
  /** In the channel: the channel's name in channelData, as Teams gives it in some activities. */
  channelName?: string;
}

/** A bot started on the real HTTP endpoint with real storage, plus ways to talk to it as Teams does. */
export class TestBot {
  bot!: RunningBot;

  private constructor(
    readonly clock: TestClock,
    readonly connector: FakeConnector,
    readonly storage: TestStorage,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts a bot; `now` is the instant the bot believes it is. */
  /** Every log line the bot wrote, when started with `captureLogs` (to check what is and is not logged). */
  readonly logs: string[] = [];
  private captureLogs = false;

  static async start(opts: { now?: string; env?: Record<string, string>; storage?: TestStorage; captureLogs?: boolean } = {}): Promise<TestBot> {
    const connector = await new FakeConnector().start();
    const storage = opts.storage ?? (await createTestStorage());
    const t = new TestBot(new TestClock(new Date(opts.now ?? '2026-11-23T09:00:00+01:00')), connector, storage, {
      SUPERADMINS: USERS.admin.id,
      // As a deployment sets it (Microsoft's global connector); here the local one.
      TEAMS_SERVICE_URL: connector.url,
      // Tests click fast on a clock that stands still; the limits have a test of their own (test/teams/limits).
      COMMANDS_PER_MINUTE: '100000',
      REPORTS_PER_10_MINUTES: '100000',
      ...opts.env,
    });
    t.captureLogs = opts.captureLogs ?? false;
    await t.boot();
    return t;
  }

  private async boot() {
    const config = loadConfig({ ...this.storage.env, PORT: '0', LOG_LEVEL: 'silent', ...this.env });
    // Tests move the clock and run the scheduler by hand with tick().
    const log = this.captureLogs ? createLogger('debug', { write: (line: string) => void this.logs.push(line) }) : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    this.bot = await startBot(config, { clock: this.clock, log, startScheduler: false });
  }

  /** Empties every table and the connector's log, and sets the clock back: a fresh bot without a restart. */
  async reset(now = '2026-11-23T09:00:00+01:00'): Promise<void> {
    await this.idle();
    const tables = await this.bot.db.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = current_schema() and tablename <> 'schema_migrations'`,
    );
    await this.bot.db.query(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')}`);
    this.connector.calls.length = 0;
    this.connector.resetDirectory();
    this.clock.set(now);
    await this.bot.outbox.resetThreadLimits();
    await this.bot.ensureRecurringJobs();
  }

  /** Stops the bot and starts it again on the same storage. */
  async restart(): Promise<void> {
    await this.bot.close();
    await this.boot();
  }

  /** Posts a message activity to /api/messages; returns the HTTP status and the bot's replies. */
  async say(user: TestUser, text: string, opts: SendOptions = {}): Promise<{ status: number; replies: any[] }> {
    // Writing to the bot in personal chat means the app is installed for you; writing in the channel, that you are in the team.
    if (opts.where === 'channel') this.connector.addTeamMember(SAV_TEAM, user);
    else this.connector.installFor(user);
    const res = await this.post(this.activity(user, { type: 'message', text, ...this.delivery(opts) }, opts));
    return { status: res.status, replies: (res.body?.activities ?? []) as any[] };
  }

  /** Posts an Action.Execute invoke, as Teams does when a card button is clicked; returns the card or message answered. */
  async click(user: TestUser, verb: string, data: Record<string, unknown> = {}, opts: SendOptions = {}): Promise<{ status: number; card?: any; message?: string; body: any }> {
    if (opts.where === 'channel') this.connector.addTeamMember(SAV_TEAM, user);
    else this.connector.installFor(user);
    const res = await this.post(
      this.activity(user, { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'card-activity-1', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }, opts),
    );
    const value = res.body?.value;
    return {
      status: res.status,
      body: res.body,
      card: res.body?.type === 'application/vnd.microsoft.card.adaptive' ? value : undefined,
      message: res.body?.type === 'application/vnd.microsoft.activity.message' ? value : undefined,
    };
  }

  /**
   * Sends a conversationUpdate as Teams does when the bot (`bot: true`) or people join or leave the SAV
   * team's channel (or, `where: 'personal'`, a personal chat): membersAdded / membersRemoved with Teams and
   * Entra ids, channelData.eventType teamMemberAdded / teamMemberRemoved.
   */
  async membersChanged(change: { added?: (TestUser | 'bot')[]; removed?: (TestUser | 'bot')[]; where?: 'channel' | 'personal'; by?: TestUser }): Promise<number> {
    const account = (m: TestUser | 'bot') => (m === 'bot' ? { id: '28:sav-boten' } : { id: `29:${m.id}`, aadObjectId: m.id });
    const channel = (change.where ?? 'channel') === 'channel';
    const base = this.activity(change.by ?? USERS.erik, {}, { where: channel ? 'channel' : 'personal' });
    const eventType = change.removed?.length ? 'teamMemberRemoved' : 'teamMemberAdded';
    const res = await this.post({
      ...base,
      type: 'conversationUpdate',
      ...(change.added ? { membersAdded: change.added.map(account) } : {}),
      ...(change.removed ? { membersRemoved: change.removed.map(account) } : {}),
      channelData: { ...base.channelData, ...(channel ? { eventType } : {}) },
    });
    return res.status;
  }

  /** Posts any JSON to an endpoint of the bot. */
  async post(body: unknown, path = '/api/messages'): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.bot.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const raw = await res.text();
    return { status: res.status, body: raw ? safeJson(raw) : undefined };
  }

  /** Runs every job due by the test clock (reminders, polls, sends), then waits for background work. */
  async tick(): Promise<number> {
    await this.idle();
    const ran = await this.bot.scheduler.tick();
    await this.idle();
    return ran;
  }

  /** Moves the test clock to `iso` and runs what fell due. */
  async at(iso: string): Promise<number> {
    this.clock.set(iso);
    return this.tick();
  }

  /** Moves the test clock `seconds` on and runs what fell due (the coalesced schedule card and weekly note update). */
  async later(seconds: number): Promise<number> {
    return this.at(new Date(this.clock.now().getTime() + seconds * 1000).toISOString());
  }

  /** Waits for work done after replies (such as schedule card updates). */
  idle(): Promise<void> {
    return this.bot.background.idle();
  }

  /** Stops everything, each step even when an earlier one fails (a test may have closed the database). */
  async close(): Promise<void> {
    try {
      await this.bot.close();
    } finally {
      try {
        await this.connector.stop();
      } finally {
        await this.storage.cleanup();
      }
    }
  }

  private delivery(opts: SendOptions) {
    return (opts.delivery ?? 'expectReplies') === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {};
  }

  private activity(user: TestUser, fields: Record<string, unknown>, opts: SendOptions): Record<string, any> {
    const channel = opts.where === 'channel';
    return {
      id: opts.id ?? randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      timestamp: this.clock.now().toISOString(),
      locale: opts.locale ?? 'sv-SE',
      from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id },
      recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: channel
        ? { id: SAV_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' }
        : { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: 'tenant-1' },
      channelData: channel
        ? { team: { id: SAV_TEAM }, channel: { id: SAV_CHANNEL, ...(opts.channelName ? { name: opts.channelName } : {}) }, tenant: { id: 'tenant-1' } }
        : { tenant: { id: 'tenant-1' } },
      ...fields,
    };
  }
}

function safeJson(raw: string) {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
