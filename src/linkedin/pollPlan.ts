/**
 * Where a poll spends LinkedIn's daily call budget. Pure: the poller gathers the facts, this decides.
 *
 * The budget (500 calls a day per app on the development tier) cannot pay for every post's comments at
 * every poll: 10 posts every 5 minutes would be 2,880 calls. So every poll runs on time, and spends what
 * the day's pace allows where new comments appear: posts that are new or have new comments are read at
 * every poll, quieter posts less often (this week's every two hours, last week's every six, older ones in
 * the follow window twice a day), the list of posts about every hour. Calls left unspent earlier in the
 * day carry over.
 */

/** What the poller knows about one followed post. */
export interface PostActivity {
  urn: string;
  publishedAt: Date | null;
  /** The newest comment seen on it. */
  lastCommentAt: Date | null;
  /** When its comments were last read. */
  polledAt: Date | null;
  /** Open questions on it: checking the page's replies to them costs a call each. */
  openQuestions: number;
  /** When the page's replies to its open questions were last checked. */
  repliesCheckedAt: Date | null;
}

/** The day's budget as it stands. */
export interface PollBudget {
  /** Calls per UTC day. */
  perDay: number;
  /** Calls not yet made today. */
  callsLeft: number;
  /** Seconds until the budget resets (midnight UTC). */
  secondsLeft: number;
}

/** What one poll does. */
export interface PollPlan {
  /** Calls this poll may make. */
  allowance: number;
  /** Read the list of the page's posts (finds new posts). */
  listPosts: boolean;
  /** Posts whose comments to read, most urgent first; `replies`: also check the page's replies to its open questions. */
  posts: { urn: string; replies: boolean }[];
}

const HOUR = 3_600_000;
/** How often the list of posts is read (new posts). */
const LIST_EVERY_MS = HOUR;
/** How often the page's replies to a post's open questions are checked (a reply closes the question). */
const REPLIES_EVERY_MS = 2 * HOUR;
/** The part of the day's budget lively posts may take when there are more of them than it pays for at every poll. */
const LIVELY_SHARE = 0.65;

/** How often a post's comments are read: at every poll while it is new or lively, less often as it quietens. */
function pollEveryMs(post: PostActivity, newest: boolean, now: Date, pollSeconds: number): number {
  const age = (d: Date | null) => (d ? now.getTime() - d.getTime() : Number.POSITIVE_INFINITY);
  if (newest || age(post.publishedAt) < 48 * HOUR || age(post.lastCommentAt) < 24 * HOUR) return pollSeconds * 1000;
  if (age(post.publishedAt) < 7 * 24 * HOUR || age(post.lastCommentAt) < 3 * 24 * HOUR) return Math.max(24 * pollSeconds * 1000, 2 * HOUR);
  if (age(post.publishedAt) < 14 * 24 * HOUR || age(post.lastCommentAt) < 7 * 24 * HOUR) return Math.max(72 * pollSeconds * 1000, 6 * HOUR);
  // Older posts in the follow window (job posts live for weeks) still get comments now and then: twice a day.
  return Math.max(144 * pollSeconds * 1000, 12 * HOUR);
}

/**
 * The calls this poll may make: what is left today beyond an even pace for the rest of the day (so calls
 * unspent earlier carry over, and the last poll of the day may use what remains).
 */
export function allowance(budget: PollBudget, pollSeconds: number): number {
  const reserve = (budget.perDay / 86_400) * Math.max(0, budget.secondsLeft - pollSeconds);
  return Math.max(0, Math.min(budget.callsLeft, Math.floor(budget.callsLeft - reserve)));
}

/** Decides what one poll reads, within its allowance. */
export function planPoll(input: { now: Date; pollSeconds: number; budget: PollBudget; postsListedAt: Date | null; posts: PostActivity[] }): PollPlan {
  const { now, pollSeconds } = input;
  let left = allowance(input.budget, pollSeconds);
  const total = left;
  const everyPoll = pollSeconds * 1000;
  const since = (d: Date | null) => (d ? now.getTime() - d.getTime() : Number.POSITIVE_INFINITY);
  const newest = [...input.posts].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0]?.urn;
  const posts: PollPlan['posts'] = [];

  // New comments on lively posts matter most: read at every poll, longest unread first. Several lively
  // posts (a post a day, each lively for two days) may not take more than LIVELY_SHARE of what the day's
  // budget pays for, or the quieter posts in the follow window would never be read: then each is read
  // as often as its share allows (three lively posts on 450 calls a day: every quarter of an hour).
  const lively = input.posts
    .filter((p) => pollEveryMs(p, p.urn === newest, now, pollSeconds) === everyPoll)
    .sort((a, b) => since(b.polledAt) - since(a.polledAt));
  const livelyPerPoll = ((input.budget.perDay * pollSeconds) / 86_400) * LIVELY_SHARE;
  const livelyEvery = lively.length <= livelyPerPoll ? everyPoll : (everyPoll * lively.length) / livelyPerPoll;
  for (const p of lively) {
    if (left < 1) break;
    // Half a poll of slack: a poll that runs a little early still reads the post.
    if (since(p.polledAt) < livelyEvery - everyPoll / 2) continue;
    posts.push({ urn: p.urn, replies: false });
    left -= 1;
  }

  // The rest share what is left, the most overdue (time since done / how often it should be) first.
  type Task = { overdue: number; cost: () => number; apply: () => void };
  const tasks: Task[] = [];
  let listPosts = false;
  const listOverdue = input.posts.length === 0 ? Number.POSITIVE_INFINITY : since(input.postsListedAt) / LIST_EVERY_MS;
  tasks.push({ overdue: listOverdue, cost: () => 1, apply: () => (listPosts = true) });
  for (const p of input.posts) {
    const every = pollEveryMs(p, p.urn === newest, now, pollSeconds);
    if (every !== everyPoll) tasks.push({ overdue: since(p.polledAt) / every, cost: () => 1, apply: () => posts.push({ urn: p.urn, replies: false }) });
    if (p.openQuestions > 0) {
      tasks.push({
        overdue: since(p.repliesCheckedAt) / REPLIES_EVERY_MS,
        // The replies are read with the post's comments: a post not read this time costs one call more.
        cost: () => p.openQuestions + (posts.some((x) => x.urn === p.urn) ? 0 : 1),
        apply: () => {
          const entry = posts.find((x) => x.urn === p.urn);
          if (entry) entry.replies = true;
          else posts.push({ urn: p.urn, replies: true });
        },
      });
    }
  }
  for (const task of tasks.filter((t) => t.overdue >= 1).sort((a, b) => b.overdue - a.overdue)) {
    const cost = task.cost();
    if (cost > left) continue;
    left -= cost;
    task.apply();
  }
  return { allowance: total, listPosts, posts };
}
