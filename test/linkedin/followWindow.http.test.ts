import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { linkedInEnv, TestBot } from '../support/bot';

const BUDGET = 120;
const POLL_SECONDS = 600;
// Sunday 22 November 2026, 00:00 UTC: a whole UTC day (LinkedIn's limits reset at midnight UTC) of polls.
const DAY = Date.UTC(2026, 10, 22);

describe('posts are followed for LINKEDIN_FOLLOW_DAYS within the daily call budget', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({
      now: new Date(DAY).toISOString(),
      env: { ...linkedInEnv(sim), LINKEDIN_DAILY_CALL_BUDGET: String(BUDGET), LINKEDIN_POLL_SECONDS: String(POLL_SECONDS), LINKEDIN_FOLLOW_DAYS: '30' },
    });
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  test('40 posts over 35 days: the 30-day window is followed (job posts live for weeks), older posts are not, and a day of polls spends at most the budget', async () => {
    // A post every 21 hours, the newest an hour old; each with a member's comment.
    const posts = Array.from({ length: 40 }, (_, i) => {
      const at = new Date(DAY - 3_600_000 - i * 21 * 3_600_000);
      const post = sim.addPost({ text: `Lediga jobb, vecka ${i}`, createdAt: at });
      sim.addComment(post.urn, { actorUrn: `urn:li:person:m${i}`, text: 'Så fint!', createdAt: new Date(at.getTime() + 60_000) });
      return { urn: post.urn, at };
    });
    const inWindow = posts.filter((p) => p.at.getTime() >= DAY - 30 * 86_400_000);
    expect(inWindow.length).toBe(35);

    for (let at = DAY; at < DAY + 86_400_000; at += POLL_SECONDS * 1000) await t.at(new Date(at).toISOString());

    // Every request the simulator got came during that day (the test clock never left it).
    const day = sim.requests;
    const commentReads = (urn: string) => day.filter((r) => r.method === 'GET' && r.path === `/rest/socialActions/${urn}/comments`).length;
    const reads = posts.map((p) => commentReads(p.urn));
    // Measured: 144 polls made 120 calls (the budget); the list of posts 7 times; comment reads per post,
    // newest first: 33, 33, 5, 3, then 2 down to 1 through the window, 0 beyond it.
    expect(day.length).toBeLessThanOrEqual(BUDGET);
    expect(day.length).toBeGreaterThan(BUDGET * 0.8);
    // Every post in the window all day was read that day; none older than the window (one post leaves it
    // during the day).
    const wholeDay = posts.filter((p) => p.at.getTime() >= DAY + 86_400_000 - 30 * 86_400_000);
    expect(wholeDay.length).toBe(34);
    for (const p of wholeDay) expect(commentReads(p.urn)).toBeGreaterThanOrEqual(1);
    for (const p of posts.filter((p) => !inWindow.includes(p))) expect(commentReads(p.urn)).toBe(0);
    // Newer posts more often than older ones.
    expect(reads[0]).toBeGreaterThan(reads[10]);
    expect(reads[5]).toBeGreaterThan(reads[30]);
    const followed = await t.bot.db.query<{ n: number }>(`select count(*)::int as n from posts`);
    expect(followed[0].n).toBe(35);
    // The comments of every post read are tracked.
    const tracked = await t.bot.db.query<{ n: number }>(`select count(*)::int as n from comments`);
    expect(tracked[0].n).toBe(34);
  });
});
