import { build, stopBuiltBot } from '../test/support/builtBot';
import { CRASH_POINTS, CrashPoint, CrashWorld, questions, waitFor } from '../test/support/crashWorld';
import { runOutage } from '../test/support/outage';

/**
 * Fault injection at length (`npm run bench -- faults`): the built bot SIGKILLed 25 times at random points
 * while 200 questions arrive by poll and webhook, and a five-hour Teams outage. The suite runs short
 * versions (test/faults/); these print the counts.
 */
export async function run(): Promise<Record<string, number | string>> {
  await build();
  const crash = await crashRun(200, 25);
  const outage = await runOutage({ questions: 100, minutes429: 120, minutesDown: 300, retryAfter: 30, stepSeconds: 30 });
  return {
    ...Object.fromEntries(Object.entries(crash).map(([k, v]) => [`crash: ${k}`, v])),
    ...Object.fromEntries(Object.entries(outage).map(([k, v]) => [`outage 5 h: ${k}`, v ?? 'n/a'])),
  };
}

/** `total` questions (a fifth by webhook, in batches of ten), `kills` SIGKILLs at random points. */
async function crashRun(total: number, kills: number): Promise<Record<string, number | string>> {
  const world = await CrashWorld.create();
  // A fixed seed: the same kills every run.
  let seed = 20261206;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  try {
    const all = questions(total);
    const byWebhook = all.slice(0, total / 5);
    const polled = all.slice(total / 5);
    let bot = await world.start();
    await world.install(bot);
    await waitFor('the welcome', () => world.connector.delivered().length > 0);
    await stopBuiltBot(bot);
    world.addPolledQuestions(polled, 8);
    const waiting = Array.from({ length: byWebhook.length / 10 }, (_, i) => world.webhookBatch(byWebhook.slice(i * 10, i * 10 + 10)));
    let unacknowledged: Record<string, unknown>[] = [];
    let reached = 0;
    for (let k = 0; k < kills; k++) {
      const point: CrashPoint = CRASH_POINTS[Math.floor(random() * CRASH_POINTS.length)];
      const after = 1 + Math.floor(random() * 6);
      // LinkedIn retries what it got no answer to, and sends the next batch now and then.
      if (waiting.length > 0 && random() < 0.5) unacknowledged.push(waiting.shift()!);
      const run = await world.runUntilKilled(point, after, async (b) => {
        const left: Record<string, unknown>[] = [];
        for (const batch of unacknowledged) if ((await world.deliver(b, batch)) !== 200) left.push(batch);
        unacknowledged = left;
      }, 20_000);
      if (run.ended !== 'still running') reached += 1;
    }
    bot = await world.start();
    for (const batch of [...unacknowledged, ...waiting]) await world.deliver(bot, batch);
    const started = Date.now();
    await waitFor('a reminder for every question', () => [...world.remindersPer(all).values()].every((n) => n >= 1), 180_000).catch(() => undefined);
    const catchUp = (Date.now() - started) / 1000;
    const polls = () => world.sim.requests.filter((r) => r.path.endsWith('/comments')).length;
    const before = polls();
    const pollAlive = await waitFor('a poll', () => polls() > before, 20_000).then(() => 'yes', () => 'NO');
    await stopBuiltBot(bot);
    const counts = [...world.remindersPer(all).values()];
    const copies = world.extraCopies(all);
    const stored = await world.stored();
    return {
      questions: total,
      'kills asked': kills,
      'kills that happened': reached,
      'questions reminded': counts.filter((n) => n >= 1).length,
      'questions never reminded': counts.filter((n) => n === 0).length,
      'extra copies (in flight at a kill)': copies.extra - copies.unexplained,
      'extra copies not explained by a kill': copies.unexplained,
      'comments stored': stored.comments,
      'questions with a reminder ladder': stored.ladders,
      'failed jobs': stored.failedJobs,
      'poll alive afterwards': pollAlive,
      'seconds to catch up after the last restart': catchUp,
    };
  } finally {
    await world.close();
  }
}
