import { allowance, planPoll, PostActivity } from '../../src/linkedin/pollPlan';

const POLL_SECONDS = 300;
const BUDGET = 450;

/** Runs a whole UTC day of polls every five minutes over these posts; returns what was read when. */
function simulateDay(posts: PostActivity[], day = Date.UTC(2026, 10, 23)) {
  let calls = 0;
  let listedAt: Date | null = null;
  const reads = new Map<string, number[]>(posts.map((p) => [p.urn, []]));
  const replyChecks = new Map<string, number[]>(posts.map((p) => [p.urn, []]));
  const lists: number[] = [];
  for (let t = day; t < day + 86_400_000; t += POLL_SECONDS * 1000) {
    const now = new Date(t);
    const plan = planPoll({ now, pollSeconds: POLL_SECONDS, budget: { perDay: BUDGET, callsLeft: BUDGET - calls, secondsLeft: (day + 86_400_000 - t) / 1000 }, postsListedAt: listedAt, posts });
    if (plan.listPosts) {
      calls += 1;
      listedAt = now;
      lists.push(t);
    }
    for (const { urn, replies } of plan.posts) {
      const p = posts.find((x) => x.urn === urn)!;
      calls += 1 + (replies ? p.openQuestions : 0);
      p.polledAt = now;
      reads.get(urn)!.push(t);
      if (replies) {
        p.repliesCheckedAt = now;
        replyChecks.get(urn)!.push(t);
      }
    }
    expect(calls).toBeLessThanOrEqual(BUDGET);
  }
  const maxGap = (times: number[]) => Math.max(...times.slice(1).map((t, i) => t - times[i]), times.length ? times[0] - day : Infinity) / 1000;
  return { calls, reads, replyChecks, lists, maxGap };
}

/** A page like Helsingborg's: today's post with comments coming in, nine older posts, five open questions. */
function page(now = new Date(Date.UTC(2026, 10, 23))): PostActivity[] {
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  return Array.from({ length: 10 }, (_, i) => ({
    urn: `urn:li:share:${i}`,
    publishedAt: i === 0 ? new Date(now.getTime() - 3_600_000) : daysAgo(i + 1),
    lastCommentAt: i === 0 ? now : daysAgo(i + 1),
    polledAt: null,
    openQuestions: i < 3 ? [2, 2, 1][i] : 0,
    repliesCheckedAt: null,
  }));
}

describe('where a poll spends the LinkedIn budget', () => {
  test('a whole day of polls every five minutes stays inside 450 calls and reads the lively post at every poll', () => {
    const { calls, reads, replyChecks, lists, maxGap } = simulateDay(page());
    expect(calls).toBeLessThanOrEqual(BUDGET);
    // A new comment on today's post is seen within LINKEDIN_POLL_SECONDS all day.
    expect(reads.get('urn:li:share:0')).toHaveLength(288);
    expect(maxGap(reads.get('urn:li:share:0')!)).toBe(POLL_SECONDS);
    // What is left (about 160 calls) goes to the most overdue: the list of posts (new posts) at least every
    // two hours, this week's posts every two and a half, older ones every six and a half, and the page's
    // replies to open questions every four.
    expect(maxGap(lists)).toBeLessThanOrEqual(2 * 3600);
    for (let i = 1; i <= 5; i++) expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(2.5 * 3600);
    for (let i = 6; i < 10; i++) expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(6.5 * 3600);
    for (let i = 0; i < 3; i++) expect(maxGap(replyChecks.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(4 * 3600);
  });

  test('a 30-day follow window of 40 posts (job posts live for weeks) stays inside the budget: newer and lively posts more often, older ones at least daily', () => {
    const now = new Date(Date.UTC(2026, 10, 23));
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    // One post about every 18 hours over 30 days; today's has comments coming in, a three-week-old job post
    // got a comment yesterday, six posts have open questions.
    const posts: PostActivity[] = Array.from({ length: 40 }, (_, i) => ({
      urn: `urn:li:share:${i}`,
      publishedAt: i === 0 ? new Date(now.getTime() - 3_600_000) : daysAgo(i * 0.74),
      lastCommentAt: i === 0 ? now : i === 28 ? daysAgo(1) : daysAgo(i * 0.74),
      polledAt: null,
      openQuestions: i % 7 === 0 ? 1 : 0,
      repliesCheckedAt: null,
    }));
    // The first day reads every post at least once (nothing had been read); the second shows the steady state.
    const first = simulateDay(posts, Date.UTC(2026, 10, 22));
    expect(first.calls).toBeLessThanOrEqual(BUDGET);
    for (const p of posts) expect(first.reads.get(p.urn)!.length).toBeGreaterThanOrEqual(1);
    const { calls, reads, lists, maxGap } = simulateDay(posts);
    const perDay = (i: number) => reads.get(`urn:li:share:${i}`)!.length;
    // Measured: 450 calls that day (the budget, never more). The three posts of the last two days share 65%
    // of it: 119, 119 reads (every quarter of an hour) and 54 (it turns two days old at midday); the list of
    // posts 19 times (at most 90 minutes apart), this week's posts 9-10 times (at most 2 h 50 min apart),
    // last week's 3-5 (at most 8 h 20 min), older ones in the window once or twice (at most 16 h 30 min);
    // the old job post with yesterday's comment 9 times.
    expect(calls).toBeLessThanOrEqual(BUDGET);
    expect(calls).toBeGreaterThan(BUDGET - 10);
    const index = (p: PostActivity) => Number(p.urn.split(':').pop());
    const ofAge = (from: number, to: number) => posts.filter((p) => p.publishedAt! <= daysAgo(from) && p.publishedAt! > daysAgo(to) && index(p) !== 28).map(index);
    const lively = ofAge(-1, 2);
    const week = ofAge(2, 6.5);
    const lastWeek = ofAge(7, 14);
    const older = ofAge(14, 31);
    expect(lively).toEqual([0, 1, 2]);
    for (const i of lively) expect(perDay(i)).toBeGreaterThanOrEqual(50);
    for (const i of [0, 1]) expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(15 * 60);
    expect(maxGap(lists)).toBeLessThanOrEqual(1.5 * 3600);
    for (const i of week) expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(3 * 3600);
    for (const i of ofAge(7, 14)) expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(8.5 * 3600);
    for (const i of older) {
      expect(perDay(i)).toBeGreaterThanOrEqual(1);
      expect(maxGap(reads.get(`urn:li:share:${i}`)!)).toBeLessThanOrEqual(17 * 3600);
    }
    // Where comments are likelier, more reads: newer before older, a fresh comment lifts an old post.
    expect(Math.min(...lively.map(perDay))).toBeGreaterThan(Math.max(...week.map(perDay)));
    expect(Math.min(...week.map(perDay))).toBeGreaterThan(Math.max(...lastWeek.map(perDay)));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(lastWeek.map(perDay))).toBeGreaterThan(mean(older.map(perDay)) + 1);
    expect(perDay(28)).toBeGreaterThan(Math.max(...older.map(perDay)));
  });

  test('calls unspent earlier in the day carry over; a spent budget allows nothing', () => {
    expect(allowance({ perDay: 450, callsLeft: 450, secondsLeft: 86_400 }, 300)).toBe(1);
    // Half the day gone without a call: half the budget is free now.
    expect(allowance({ perDay: 450, callsLeft: 450, secondsLeft: 43_200 }, 300)).toBe(226);
    expect(allowance({ perDay: 450, callsLeft: 0, secondsLeft: 3_600 }, 300)).toBe(0);
    // The last poll of the day may use what is left.
    expect(allowance({ perDay: 450, callsLeft: 7, secondsLeft: 200 }, 300)).toBe(7);
  });

  test('with no posts known, the first call reads the list of posts', () => {
    const plan = planPoll({ now: new Date(), pollSeconds: 300, budget: { perDay: 450, callsLeft: 450, secondsLeft: 86_400 }, postsListedAt: null, posts: [] });
    expect(plan).toEqual({ allowance: 1, listPosts: true, posts: [] });
  });
});
