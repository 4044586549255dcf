import { build, stopBuiltBot } from '../support/builtBot';
import { CrashWorld, questions, waitFor } from '../support/crashWorld';

/**
 * The built bot killed with SIGKILL at chosen points (test/faults/inject.cjs) and restarted on the same
 * data: inside the LinkedIn poll, between a comment's insert and its reminder ladder, with a card in
 * flight to Teams, and in the middle of a webhook delivery (which LinkedIn then retries). Every question
 * must be reminded exactly once at its first step, except that a card in flight at a kill may repeat,
 * and the poll must be alive afterwards. The long version: `npm run bench -- faults`.
 */

const QUESTIONS = questions(40);
const POLLED = QUESTIONS.slice(0, 30);
const NOTIFIED = QUESTIONS.slice(30);

let world: CrashWorld;

beforeAll(async () => {
  await build();
  world = await CrashWorld.create();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

test('SIGKILL inside the poll, between a comment and its reminders, with a card in flight and mid-webhook: every question reminded once, the poll alive', async () => {
  // The bot joins the SAV team; then thirty questions arrive on three posts.
  let bot = await world.start();
  expect(await world.install(bot)).toBe(200);
  await waitFor('the welcome', () => world.connector.delivered().length > 0);
  expect(await stopBuiltBot(bot)).toEqual({ code: 0, signal: null });
  world.addPolledQuestions(POLLED);
  const batch = world.webhookBatch(NOTIFIED);

  for (const [point, after] of [['poll', 2], ['track', 3], ['send', 4]] as const) {
    const run = await world.runUntilKilled(point, after);
    expect([point, run.ended]).toEqual([point, { code: null, signal: 'SIGKILL' }]);
    expect(run.stderr).toContain(`crash: SIGKILL at ${point} #${after}`);
  }
  // Four of ten notifications stored, then the process dies: LinkedIn gets no answer.
  const mid = await world.runUntilKilled('webhook', 4, async (b) => expect(await world.deliver(b, batch)).toBe('reset'));
  expect(mid.ended).toEqual({ code: null, signal: 'SIGKILL' });

  // Restarted: LinkedIn retries the whole delivery, and everything goes out.
  bot = await world.start();
  expect(await world.deliver(bot, batch)).toBe(200);
  await waitFor('a reminder for every question', () => [...world.remindersPer(QUESTIONS).values()].every((n) => n >= 1));
  // The poll goes on after all that: another poll succeeds.
  const polls = () => world.sim.requests.filter((r) => r.path.endsWith('/comments')).length;
  const before = polls();
  await waitFor('a poll after the crashes', () => polls() > before, 15_000);
  expect(await stopBuiltBot(bot)).toEqual({ code: 0, signal: null });

  expect([...world.remindersPer(QUESTIONS).entries()].filter(([, n]) => n === 0)).toEqual([]);
  // Only a card in flight when the bot was killed may go again (the bot died before recording it).
  expect(world.extraCopies(QUESTIONS).unexplained).toBe(0);
  expect(await world.stored()).toEqual({
    comments: QUESTIONS.length,
    notifications: NOTIFIED.length,
    // Every question has its reminder ladder.
    ladders: QUESTIONS.length,
    failedJobs: 0,
    recurring: [
      { kind: 'comments.retention', alive: true, succeeded: true },
      { kind: 'linkedin.poll', alive: true, succeeded: true },
    ],
  });
}, 300_000);
