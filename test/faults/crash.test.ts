import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../src/linkedin/simulator';
import { signWebhookBody } from '../../src/linkedin/webhook';
import { openDatabase } from '../../src/store/database';
import { build, BuiltBot, hostEnv, killAll, startBuiltBot, stopBuiltBot } from '../support/builtBot';
import { cardText } from '../support/cards';
import { createTestStorage, TestStorage } from '../support/database';
import { FakeConnector } from '../support/fakeConnector';

/**
 * The built bot killed with SIGKILL at chosen points (test/faults/inject.cjs) and restarted on the same
 * data: inside the LinkedIn poll, between a comment's insert and its reminder ladder, with a card in
 * flight to Teams, and in the middle of a webhook delivery (which LinkedIn then retries). Every question
 * must be reminded exactly once at its first step, except that the card in flight at a kill may repeat,
 * and the poll must be alive afterwards.
 */

const SECRET = 'crash-test-client-secret';
const PRELOAD = path.join(__dirname, 'inject.cjs');
const CHANNEL = '19:sav@thread.tacv2';
const TEAM = 'team-sav';

const SUBJECTS = ['sommarjobben', 'traineeprogrammet', 'lediga tjänster som undersköterska', 'praktikplatserna', 'lärartjänsterna', 'semestervikariaten', 'introduktionsveckan', 'lönesättningen för nyutexaminerade', 'distansarbete', 'friskvårdsbidraget'];
const FORMS = [(s: string) => `Hur söker man till ${s}?`, (s: string) => `När öppnar ansökan för ${s}?`, (s: string) => `Var hittar jag mer information om ${s}?`, (s: string) => `Vem kan jag kontakta om ${s}?`];
const QUESTIONS = FORMS.flatMap((f) => SUBJECTS.map(f));
const POLLED = QUESTIONS.slice(0, 30);
const NOTIFIED = QUESTIONS.slice(30);

let storage: TestStorage;
let cwd: string;
let connector: FakeConnector;
let sim: LinkedInSimulator;
const kills: { point: string; at: number }[] = [];

function env(crash?: { point: string; after: number }): NodeJS.ProcessEnv {
  return hostEnv({
    // Development: no Bot Framework token to forge here; authentication is not what this test is about.
    NODE_ENV: 'development',
    DATA_DIR: storage.env.DATA_DIR,
    DATABASE_URL: storage.env.DATABASE_URL,
    TEAMS_SERVICE_URL: connector.url,
    SUPERADMINS: 'aad-admin',
    BOT_LANGUAGE: 'sv',
    LINKEDIN_ACCESS_TOKEN: 'sim-token',
    LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
    LINKEDIN_API_BASE_URL: sim.baseUrl,
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

const start = (crash?: { point: string; after: number }) => startBuiltBot(env(crash), cwd, { preload: crash ? PRELOAD : undefined });

/** Starts the bot set to die at `point`, lets `during` drive it there, and waits for the SIGKILL. */
async function runUntilKilled(point: string, after: number, during?: (bot: BuiltBot) => Promise<void>): Promise<void> {
  const bot = await start({ point, after });
  await during?.(bot);
  const ended = await Promise.race([bot.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 45_000).unref())]);
  kills.push({ point, at: Date.now() });
  expect([point, ended]).toEqual([point, { code: null, signal: 'SIGKILL' }]);
  expect(bot.stderr()).toContain(`crash: SIGKILL at ${point} #${after}`);
}

/** Teams tells the bot it was added to the SAV team's channel. */
function installActivity() {
  return {
    type: 'conversationUpdate',
    id: 'install-1',
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: '29:aad-erik', aadObjectId: 'aad-erik', name: 'Erik Berg' },
    recipient: { id: '28:sav-boten', name: 'SAV-boten' },
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { team: { id: TEAM }, channel: { id: CHANNEL }, tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
    membersAdded: [{ id: '28:sav-boten' }],
  };
}

/** A webhook notification for a comment on a post the simulator does not list: only the webhook brings it. */
function notification(i: number, text: string) {
  const activity = 'urn:li:activity:7399999999999999998';
  const comment = `urn:li:comment:(${activity},74000000000000000${String(i).padStart(2, '0')})`;
  return {
    notificationId: 880000 + i,
    action: 'COMMENT',
    organizationalEntity: SIM_ORGANIZATION_URN,
    lastModifiedAt: Date.now(),
    sourcePost: activity,
    decoratedSourcePost: { entity: 'urn:li:share:7399999999999999999', owner: SIM_ORGANIZATION_URN },
    generatedActivity: comment.replace('(urn:li:activity:', '(activity:'),
    decoratedGeneratedActivity: { comment: { entity: comment, owner: `urn:li:person:notified${i}`, text, object: activity } },
  };
}

const BATCH = { type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: NOTIFIED.map((q, i) => notification(i, q)) };

/** Delivers the batch signed as LinkedIn signs it; 'reset' when the bot died before answering. */
async function deliver(bot: BuiltBot): Promise<number | 'reset'> {
  const raw = Buffer.from(JSON.stringify(BATCH));
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

/** How many channel cards quote each question. */
function remindersPerQuestion(): Map<string, number> {
  const texts = connector
    .delivered()
    .filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`))
    .map((c) => cardText(c.body.attachments?.[0]?.content));
  return new Map(QUESTIONS.map((q) => [q, texts.filter((t) => t.includes(`"${q}"`)).length]));
}

async function waitFor(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await build();
  storage = await createTestStorage();
  cwd = mkdtempSync(path.join(os.tmpdir(), 'sav-crash-cwd-'));
  connector = await new FakeConnector().start();
  sim = await startLinkedInSimulator({ seed: false });
}, 180_000);

afterAll(async () => {
  await killAll();
  await sim?.stop();
  await connector?.stop();
  await storage?.cleanup();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

test('SIGKILL inside the poll, between a comment and its reminders, with a card in flight and mid-webhook: every question reminded once, the poll alive', async () => {
  // The bot joins the SAV team; then thirty questions arrive on three posts.
  let bot = await start();
  const installed = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(installActivity()) });
  expect(installed.status).toBe(200);
  await waitFor('the welcome', () => connector.delivered().length > 0);
  expect(await stopBuiltBot(bot)).toEqual({ code: 0, signal: null });
  const posts = [1, 2, 3].map((i) => sim.addPost({ text: `Inlägg ${i} om jobb i staden`, createdAt: new Date() }));
  POLLED.forEach((q, i) => sim.addComment(posts[i % 3].urn, { actorUrn: `urn:li:person:member${i}`, text: q, createdAt: new Date() }));

  await runUntilKilled('poll', 2);
  await runUntilKilled('track', 3);
  await runUntilKilled('send', 4);
  await runUntilKilled('webhook', 4, async (b) => {
    // Four of ten notifications stored, then the process dies: LinkedIn gets no answer.
    expect(await deliver(b)).toBe('reset');
  });

  // Restarted: LinkedIn retries the whole delivery, and everything goes out.
  bot = await start();
  expect(await deliver(bot)).toBe(200);
  await waitFor('a reminder for every question', () => [...remindersPerQuestion().values()].every((n) => n >= 1));
  // The poll goes on after all that: another poll succeeds.
  const polls = () => sim.requests.filter((r) => r.path.endsWith('/comments')).length;
  const before = polls();
  await waitFor('a poll after the crashes', () => polls() > before, 15_000);
  expect(await stopBuiltBot(bot)).toEqual({ code: 0, signal: null });

  const counts = remindersPerQuestion();
  expect([...counts.entries()].filter(([, n]) => n === 0)).toEqual([]);
  // Only a card in flight when the bot was killed may go again: every copy but the last reached Teams just
  // before a kill (the bot died before recording it), and each kill accounts for at most one such copy.
  const copiesOf = (q: string) => connector.delivered().filter((c) => cardText(c.body.attachments?.[0]?.content).includes(`"${q}"`)).map((c) => c.at);
  const extra = [...counts.entries()].filter(([, n]) => n > 1).flatMap(([q]) => copiesOf(q).slice(0, -1));
  const killOf = (at: number) => kills.findIndex((k) => k.at >= at && k.at - at < 2_000);
  expect(extra.map(killOf).filter((k) => k < 0)).toEqual([]);
  expect(new Set(extra.map(killOf)).size).toBe(extra.length);

  const db = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
  try {
    const [{ n: comments }] = await db.query<{ n: number }>('select count(*)::int as n from comments');
    expect(comments).toBe(QUESTIONS.length);
    const [{ n: notifications }] = await db.query<{ n: number }>('select count(*)::int as n from webhook_notifications');
    expect(notifications).toBe(NOTIFIED.length);
    // Every question has its whole ladder: the first step done, the channel and overdue steps waiting.
    const ladders = await db.query<{ n: number }>(`select count(*)::int as n from jobs where kind = 'comment.remind' group by payload->>'commentId'`);
    expect(ladders).toHaveLength(QUESTIONS.length);
    const recurring = await db.query<{ dedupe_key: string; status: string; last_success_at: Date | null }>(
      `select dedupe_key, status, last_success_at from jobs where dedupe_key in ('linkedin.poll', 'comments.retention') order by dedupe_key`,
    );
    expect(recurring.map((r) => [r.dedupe_key, r.status === 'pending' || r.status === 'running', r.last_success_at !== null])).toEqual([
      ['comments.retention', true, true],
      ['linkedin.poll', true, true],
    ]);
    const [{ n: failed }] = await db.query<{ n: number }>(`select count(*)::int as n from jobs where status = 'failed'`);
    expect(failed).toBe(0);
  } finally {
    await db.close();
  }
}, 300_000);
