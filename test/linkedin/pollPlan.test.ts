import { allowance, planPoll, PostActivity } from '../../src/linkedin/pollPlan';

const POLL_SECONDS = 300;
const BUDGET = 450;

/** Runs a whole UTC day of polls every five minutes over these posts; returns what was read when. */
function simulateDay(posts: PostActivity[]) {
  const day = Date.UTC(2026, 10, 23);
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
