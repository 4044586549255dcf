import { startLinkedInSimulator } from '../../scripts/linkedinSimulator';
import { linkedInEnv, TestBot, USERS } from './bot';
import { cardText } from './cards';
import { questions } from './crashWorld';
import type { ConnectorCall } from './fakeConnector';

/** What an outage run measured. */
export interface OutageFigures {
  cards: number;
  /** Questions whose first reminder was delivered exactly once, more than once, never. */
  once: number;
  repeated: number;
  missing: number;
  givenUp: number;
  /** Minutes from the recovery until nothing was pending (null: not drained by the end of the run). */
  drainedMinutesAfterRecovery: number | null;
  throttled: number;
  /** Requests to a conversation sooner than Retry-After after a 429 on it. */
  retryAfterViolations: number;
  /** The shortest gap, in seconds of the bot's clock, between a 429 and the next request to that conversation. */
  shortestGapAfter429: number | null;
}

/**
 * Teams down, through the real HTTP endpoint with the bot's clock moved by hand: 429 with Retry-After for
 * `minutes429`, then 503 until `minutesDown`. Half the questions go to the owner's personal chat, half to
 * the SAV channel. Used by test/faults/outage.test.ts and `npm run bench -- faults`.
 */
export async function runOutage(opts: { questions: number; minutes429: number; minutesDown: number; retryAfter: number; stepSeconds: number }): Promise<OutageFigures> {
  const sim = await startLinkedInSimulator({ seed: false });
  const t = await TestBot.start({
    now: '2026-11-23T09:00:00+01:00',
    env: { ...linkedInEnv(sim), SUPERADMINS: USERS.admin.id },
  });
  try {
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    await t.say(USERS.louise, '/hjälp');
    await t.click(USERS.louise, 'booking.submit', { requestId: 'r-outage', day: '2026-11-23', title: 'Möt våra bibliotekarier', department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    // Louise's post (her personal chat) and an older one that nobody booked (the SAV channel).
    const hers = sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T08:30:00+01:00') });
    const older = sim.addPost({ text: 'Vi söker sommarvikarier', createdAt: new Date('2026-11-20T10:00:00+01:00') });
    const texts = questions(opts.questions);
    texts.forEach((text, i) => sim.addComment((i % 2 ? hers : older).urn, { actorUrn: `urn:li:person:m${i}`, text, createdAt: new Date('2026-11-23T08:55:00+01:00') }));

    const start = t.clock.now().getTime();
    const minute = (m: number) => start + m * 60_000;
    t.connector.calls.length = 0;
    t.connector.failWhile(() => {
      const now = t.clock.now().getTime();
      if (now < minute(opts.minutes429)) return { status: 429, retryAfter: opts.retryAfter };
      if (now < minute(opts.minutesDown)) return { status: 503 };
      return null;
    });
    // Every request stamped with the bot's clock, to check Retry-After in the bot's own time.
    const stamped: { call: ConnectorCall; at: number }[] = [];
    let drainedAt: number | null = null;
    // Coarse steps through the outage; after it, one second at a time, as the thread limits see it.
    for (let now = start; now <= minute(opts.minutesDown + 60) && drainedAt === null; now += (now >= minute(opts.minutesDown) ? 1 : opts.stepSeconds) * 1000) {
      const seen = t.connector.calls.length;
      await t.at(new Date(now).toISOString());
      for (const call of t.connector.calls.slice(seen)) stamped.push({ call, at: now });
      const [{ n }] = await t.bot.db.query<{ n: number }>(`select count(*)::int as n from outbox where status = 'pending'`);
      if (now >= minute(opts.minutesDown) && n === 0) drainedAt = now;
    }
    t.connector.failWhile(null);

    // The first step of each question's ladder ("Ny fråga …"); later steps (half time) are other cards.
    const delivered = t.connector.delivered().filter((c) => c.method === 'POST').map((c) => cardText(c.body.attachments?.[0]?.content));
    const counts = texts.map((q) => delivered.filter((d) => /Ny fråga på (?:ditt|ett av sidans) inlägg/.test(d) && d.includes(`”${q}”`)).length);
    const [{ n: givenUp }] = await t.bot.db.query<{ n: number }>(`select count(*)::int as n from outbox where status = 'failed'`);
    const thread = (c: ConnectorCall) => /^\/v3\/conversations\/([^/]+)/.exec(c.path)?.[1] ?? c.path;
    const gaps = stamped.flatMap(({ call, at }, i) => {
      if (call.status !== 429) return [];
      const next = stamped.slice(i + 1).find((later) => thread(later.call) === thread(call));
      return next ? [(next.at - at) / 1000] : [];
    });
    return {
      cards: texts.length,
      once: counts.filter((n) => n === 1).length,
      repeated: counts.filter((n) => n > 1).length,
      missing: counts.filter((n) => n === 0).length,
      givenUp,
      drainedMinutesAfterRecovery: drainedAt === null ? null : (drainedAt - minute(opts.minutesDown)) / 60_000,
      throttled: stamped.filter(({ call }) => call.status === 429).length,
      retryAfterViolations: gaps.filter((g) => g < opts.retryAfter).length,
      shortestGapAfter429: gaps.length ? Math.min(...gaps) : null,
    };
  } finally {
    await t.close();
    await sim.stop();
  }
}
