import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { signWebhookBody } from '../../src/linkedin/webhook';
import { openDatabase } from '../../src/store/database';
import { BuiltBot, hostEnv, killAll, startBuiltBot, stopBuiltBot } from './builtBot';
import { cardText } from './cards';
import { createTestStorage, TestStorage } from './database';
import { FakeConnector } from './fakeConnector';

/**
 * A world for killing the built bot (SIGKILL at a chosen point, see test/faults/inject.cjs) and starting
 * it again on the same data: the storage, a fake Bot Connector, a LinkedIn simulator, and ways to count
 * what reached the SAV channel. Used by test/faults/crash.test.ts and `npm run bench -- faults`.
 */

const SECRET = 'crash-test-client-secret';
const PRELOAD = path.resolve(__dirname, '../faults/inject.cjs');
const CHANNEL = '19:sav@thread.tacv2';
const TEAM = 'team-sav';

/** Where the built bot can be killed (test/faults/inject.cjs). */
export const CRASH_POINTS = ['poll', 'track', 'send', 'webhook'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

/** Distinct questions the classifier takes for questions, in Swedish. */
export function questions(n: number): string[] {
  const subjects = ['sommarjobben', 'traineeprogrammet', 'lediga tjänster som undersköterska', 'praktikplatserna', 'lärartjänsterna', 'semestervikariaten', 'introduktionsveckan', 'lönesättningen för nyutexaminerade', 'distansarbete', 'friskvårdsbidraget'];
  const forms = [(s: string) => `Hur söker man till ${s}?`, (s: string) => `När öppnar ansökan för ${s}?`, (s: string) => `Var hittar jag mer information om ${s}?`, (s: string) => `Vem kan jag kontakta om ${s}?`];
  const all = forms.flatMap((f) => subjects.map(f));
  return Array.from({ length: n }, (_, i) => (i < all.length ? all[i] : `${all[i % all.length].slice(0, -1)} (fråga ${i})?`));
}

export class CrashWorld {
  readonly kills: { point: string; at: number }[] = [];
  private nextNotification = 880_000;

  private constructor(
    readonly storage: TestStorage,
    readonly cwd: string,
    readonly connector: FakeConnector,
    readonly sim: LinkedInSimulator,
  ) {}

  static async create(): Promise<CrashWorld> {
    return new CrashWorld(await createTestStorage(), mkdtempSync(path.join(os.tmpdir(), 'sav-crash-cwd-')), await new FakeConnector().start(), await startLinkedInSimulator({ seed: false }));
  }

  env(crash?: { point: CrashPoint; after: number }): NodeJS.ProcessEnv {
    return hostEnv({
      // Development: no Bot Framework token to forge here; authentication is not what this is about.
      NODE_ENV: 'development',
      DATA_DIR: this.storage.env.DATA_DIR,
      DATABASE_URL: this.storage.env.DATABASE_URL,
      TEAMS_SERVICE_URL: this.connector.url,
      SUPERADMINS: 'aad-admin',
      BOT_LANGUAGE: 'sv',
      LINKEDIN_ACCESS_TOKEN: 'sim-token',
      LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
      LINKEDIN_API_BASE_URL: this.sim.baseUrl,
      LINKEDIN_CLIENT_SECRET: SECRET,
      LINKEDIN_POLL_SECONDS: '1',
      LINKEDIN_DAILY_CALL_BUDGET: '100000',
      SCHEDULER_TICK_SECONDS: '0.2',
      // A dead instance's jobs are taken over after two seconds instead of two minutes.
      SCHEDULER_LEASE_SECONDS: '2',
      // The answer clock runs at all hours, so that first reminders go out now, whatever the day.
      WORKING_HOURS: '00:00-23:59',
      WORKING_DAYS: 'mon-sun',
      HOLIDAYS: 'none',
      CRASH_POINT: crash?.point,
      CRASH_AFTER: crash ? String(crash.after) : undefined,
    });
  }

  start(crash?: { point: CrashPoint; after: number }): Promise<BuiltBot> {
    return startBuiltBot(this.env(crash), this.cwd, { preload: crash ? PRELOAD : undefined });
  }

  /**
   * Starts the bot set to die at `point`, lets `during` drive it there, and waits for it to end; returns
   * how it ended ('still running' when the point was never reached; it is then stopped).
   */
  async runUntilKilled(point: CrashPoint, after: number, during?: (bot: BuiltBot) => Promise<void>, waitMs = 45_000) {
    const bot = await this.start({ point, after });
    await during?.(bot);
    const ended = await Promise.race([bot.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), waitMs).unref())]);
    if (ended === 'still running') {
      await stopBuiltBot(bot);
      return { ended, stderr: bot.stderr() };
    }
    this.kills.push({ point, at: Date.now() });
    return { ended, stderr: bot.stderr() };
  }

  /** Teams tells the bot it was added to the SAV team's channel; returns the HTTP status. */
  async install(bot: BuiltBot): Promise<number> {
    const activity = {
      type: 'conversationUpdate',
      id: 'install-1',
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      timestamp: new Date().toISOString(),
      from: { id: '29:aad-erik', aadObjectId: 'aad-erik', name: 'Erik Berg' },
      recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { team: { id: TEAM }, channel: { id: CHANNEL }, tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
      membersAdded: [{ id: '28:sav-boten' }],
    };
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    return res.status;
  }

  /** Questions on LinkedIn posts that the poll finds, spread over `posts` new posts. */
  addPolledQuestions(texts: string[], posts = 3): void {
    const made = Array.from({ length: posts }, (_, i) => this.sim.addPost({ text: `Inlägg ${this.sim.state.posts.length + i + 1} om jobb i staden`, createdAt: new Date() }));
    texts.forEach((text, i) => this.sim.addComment(made[i % posts].urn, { actorUrn: `urn:li:person:member${this.sim.state.comments.length}`, text, createdAt: new Date() }));
  }

  /** A webhook delivery of comments on a post the simulator does not list: only the webhook brings them. */
  webhookBatch(texts: string[]): Record<string, unknown> {
    const activity = 'urn:li:activity:7399999999999999998';
    return {
      type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS',
      notifications: texts.map((text) => {
        const n = this.nextNotification++;
        const comment = `urn:li:comment:(${activity},7400000000000${n})`;
        return {
          notificationId: n,
          action: 'COMMENT',
          organizationalEntity: SIM_ORGANIZATION_URN,
          lastModifiedAt: Date.now(),
          sourcePost: activity,
          decoratedSourcePost: { entity: 'urn:li:share:7399999999999999999', owner: SIM_ORGANIZATION_URN },
          generatedActivity: comment.replace('(urn:li:activity:', '(activity:'),
          decoratedGeneratedActivity: { comment: { entity: comment, owner: `urn:li:person:notified${n}`, text, object: activity } },
        };
      }),
    };
  }

  /** Delivers a batch signed as LinkedIn signs it; 'reset' when the bot died before answering. */
  async deliver(bot: BuiltBot, batch: Record<string, unknown>): Promise<number | 'reset'> {
    const raw = Buffer.from(JSON.stringify(batch));
    try {
      const res = await fetch(`${bot.url}/api/linkedin/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-li-signature': signWebhookBody(SECRET, raw) },
        body: raw,
        signal: AbortSignal.timeout(30_000),
      });
      return res.status;
    } catch {
      return 'reset';
    }
  }

  /** The SAV channel's cards, with when each reached the connector. */
  private channelCards(): { text: string; at: number }[] {
    return this.connector
      .delivered()
      .filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`))
      .map((c) => ({ text: cardText(c.body.attachments?.[0]?.content), at: c.at }));
  }

  /** How many first reminders ("Ny fråga …") in the channel quote each question. */
  remindersPer(texts: string[]): Map<string, number> {
    const cards = this.channelCards().filter((c) => /Ny fråga på (?:ditt|ett av sidans) inlägg/.test(c.text));
    return new Map(texts.map((q) => [q, cards.filter((c) => c.text.includes(`”${q}”`)).length]));
  }

  /**
   * Copies beyond the first, and those of them not explained by a kill: a copy that reached Teams just
   * before a kill (the bot died before recording it) explains one more copy, once per kill.
   */
  extraCopies(texts: string[]): { extra: number; unexplained: number } {
    const cards = this.channelCards().filter((c) => /Ny fråga på (?:ditt|ett av sidans) inlägg/.test(c.text));
    const early = texts.flatMap((q) => cards.filter((c) => c.text.includes(`”${q}”`)).map((c) => c.at).slice(0, -1));
    const used = new Set<number>();
    let unexplained = 0;
    for (const at of early.sort((a, b) => a - b)) {
      const k = this.kills.findIndex((kill, i) => !used.has(i) && kill.at >= at && kill.at - at < 5_000);
      if (k < 0) unexplained += 1;
      else used.add(k);
    }
    return { extra: early.length, unexplained };
  }

  /** What the data says after the run (the bot must be stopped: PGlite has one user). */
  async stored(): Promise<{ comments: number; notifications: number; ladders: number; failedJobs: number; recurring: { kind: string; alive: boolean; succeeded: boolean }[] }> {
    const db = await openDatabase({ databaseUrl: this.storage.env.DATABASE_URL, dataDir: this.storage.env.DATA_DIR });
    try {
      const n = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;
      const recurring = await db.query<{ dedupe_key: string; status: string; last_success_at: Date | null }>(
        `select dedupe_key, status, last_success_at from jobs where dedupe_key in ('linkedin.poll', 'comments.retention') order by dedupe_key`,
      );
      return {
        comments: await n('select count(*)::int as n from comments'),
        notifications: await n('select count(*)::int as n from webhook_notifications'),
        ladders: await n(`select count(distinct payload->>'commentId')::int as n from jobs where kind = 'comment.remind'`),
        failedJobs: await n(`select count(*)::int as n from jobs where status = 'failed'`),
        recurring: recurring.map((r) => ({ kind: r.dedupe_key, alive: r.status === 'pending' || r.status === 'running', succeeded: r.last_success_at !== null })),
      };
    } finally {
      await db.close();
    }
  }

  async close(): Promise<void> {
    await killAll();
    await this.sim.stop();
    await this.connector.stop();
    await this.storage.cleanup();
    rmSync(this.cwd, { recursive: true, force: true });
  }
}

/** Waits until `check` holds; throws after `ms`. */
export async function waitFor(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
