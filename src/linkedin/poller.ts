import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { CommentTracker } from '../services/comments';
import type { CommentRepository, PostRepository } from '../store/comments';
import { planPoll } from './pollPlan';
import { setting, SettingsRepository } from '../store/settings';
import type { LinkedInClient } from './client';
import type { LinkedInComment, LinkedInFailure } from './types';

/** What the last poll saw, kept for /status. */
export interface PollReport {
  at: string;
  ok: boolean;
  posts: number;
  newComments: number;
  closedByPage: number;
  calls: number;
  error?: { reason: string; status?: number; detail: string };
}

/** Told when LinkedIn refuses the bot's credentials, so the superadmins can act. */
export type AccessProblemListener = (failure: LinkedInFailure) => Promise<void>;

const pollReportSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  posts: z.number(),
  newComments: z.number(),
  closedByPage: z.number(),
  calls: z.number(),
  error: z.object({ reason: z.string(), status: z.number().optional(), detail: z.string() }).optional(),
});
/** What the last poll saw, for /status. */
export const POLL_REPORT = setting<PollReport>('linkedin_last_poll', pollReportSchema);
const POSTS_LISTED = setting('linkedin_posts_listed_at', z.string());
const CALLS_MADE = setting('linkedin_calls_made', z.object({ day: z.string(), calls: z.number() }));

/** Seconds until LinkedIn's daily limits reset (midnight UTC). */
function secondsToUtcMidnight(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** A post URL on LinkedIn, for links on cards. */
export function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

/**
 * Follows the page's comments through the API: recent posts, their comments, and the page's replies to
 * open questions. Spends calls only where they matter: replies are fetched for open questions alone.
 */
export class LinkedInPoller {
  constructor(
    private readonly opts: {
      client: LinkedInClient;
      tracker: CommentTracker;
      comments: CommentRepository;
      posts: PostRepository;
      settings: SettingsRepository;
      clock: Clock;
      log: Logger;
      /** Posts older than this are no longer polled. */
      lookbackDays?: number;
      /** Told when LinkedIn refuses the bot's credentials. */
      onAccessProblem?: AccessProblemListener;
    },
  ) {}

  /** Counts today's calls of the processes before this one (call once at start). */
  async restoreBudget(): Promise<void> {
    const made = await this.opts.settings.read(CALLS_MADE);
    if (made) this.opts.client.restoreCalls(made);
  }

  /** Polls the page's recent posts and their comments; never throws for LinkedIn's answers. */
  async pollAll(): Promise<PollReport> {
    const before = this.opts.client.health().callsToday;
    const report: PollReport = { at: this.opts.clock.now().toISOString(), ok: true, posts: 0, newComments: 0, closedByPage: 0, calls: 0 };
    const posts = await this.opts.client.listPosts({ count: 10, maxPages: 1 });
    if (!posts.ok) return this.finish(report, before, posts);
    const since = this.opts.clock.now().getTime() - (this.opts.lookbackDays ?? 14) * 86_400_000;
    for (const post of posts.value.filter((p) => (p.publishedAt ?? p.createdAt).getTime() >= since)) {
      await this.opts.tracker.ensurePost({ urn: post.urn, url: postUrl(post.urn), excerpt: post.text, publishedAt: post.publishedAt ?? post.createdAt, source: 'linkedin' });
      const failure = await this.pollPostInto(post.urn, report);
      report.posts += 1;
      if (failure) return this.finish(report, before, failure);
    }
    return this.finish(report, before, null);
  }

  /**
   * One scheduled poll: reads what `planPoll` says the day's budget allows — lively posts at every poll,
   * quieter ones less often, the list of posts about hourly — and never throws for LinkedIn's answers.
   */
  async pollPlanned(pollSeconds: number): Promise<PollReport> {
    const { client, clock, settings } = this.opts;
    const before = client.health().callsToday;
    const now = clock.now();
    const report: PollReport = { at: now.toISOString(), ok: true, posts: 0, newComments: 0, closedByPage: 0, calls: 0 };
    const since = new Date(now.getTime() - (this.opts.lookbackDays ?? 14) * 86_400_000);
    const plan = async () => {
      const h = client.health();
      const budget = { perDay: h.callBudgetPerDay, callsLeft: Math.max(0, h.callBudgetPerDay - h.callsToday), secondsLeft: secondsToUtcMidnight(clock.now()) };
      const listedAt = await settings.read(POSTS_LISTED);
      return planPoll({ now: clock.now(), pollSeconds, budget, postsListedAt: listedAt ? new Date(listedAt) : null, posts: await this.opts.posts.activity(since) });
    };
    let todo = await plan();
    if (todo.listPosts) {
      const posts = await client.listPosts({ count: 10, maxPages: 1 });
      if (!posts.ok) return this.finish(report, before, posts);
      await settings.write(POSTS_LISTED, clock.now().toISOString(), clock.now());
      for (const post of posts.value.filter((p) => (p.publishedAt ?? p.createdAt) >= since)) {
        await this.opts.tracker.ensurePost({ urn: post.urn, url: postUrl(post.urn), excerpt: post.text, publishedAt: post.publishedAt ?? post.createdAt, source: 'linkedin' });
      }
      // Posts the list brought are new to the plan: plan again with what is left.
      todo = await plan();
    }
    for (const { urn, replies } of todo.posts) {
      const failure = await this.pollPostInto(urn, report, replies);
      report.posts += 1;
      // A post that is gone (deleted on LinkedIn) must not hold up the others: it counts as read.
      if (failure && failure.reason !== 'not-found') return this.finish(report, before, failure);
      if (failure) this.opts.log.warn({ postUrn: urn, detail: failure.detail }, 'LinkedIn does not know the post (any more)');
      await this.opts.posts.polled(urn, clock.now(), replies);
    }
    return this.finish(report, before, null);
  }

  /** Polls one post (after a webhook notification). */
  async pollPost(postUrn: string): Promise<PollReport> {
    const before = this.opts.client.health().callsToday;
    const report: PollReport = { at: this.opts.clock.now().toISOString(), ok: true, posts: 1, newComments: 0, closedByPage: 0, calls: 0 };
    await this.opts.tracker.ensurePost({ urn: postUrn, url: postUrl(postUrn), source: 'linkedin' });
    return this.finish(report, before, await this.pollPostInto(postUrn, report));
  }

  /** Reads a post's comments; with `replies`, also the page's replies to its open questions (a call each). */
  private async pollPostInto(postUrn: string, report: PollReport, replies = true): Promise<LinkedInFailure | null> {
    const listed = await this.opts.client.listComments(postUrn);
    if (!listed.ok) return listed;
    const org = this.opts.client.organizationUrn;
    for (const c of listed.value) {
      if (c.actorUrn === org) continue;
      const tracked = await this.opts.tracker.track({
        externalId: c.urn,
        postUrn,
        authorName: null,
        authorUrn: c.actorUrn,
        text: c.text,
        url: postUrl(postUrn),
        commentedAt: c.createdAt,
        source: 'linkedin',
      });
      if (tracked?.created) report.newComments += 1;
    }
    for (const open of await this.opts.comments.openOnPost(postUrn)) {
      const comment = listed.value.find((c) => c.urn === open.externalId);
      if (!comment) continue;
      // Its reply count changed (commentsSummary): someone replied, perhaps the page; read the replies now.
      const replied = comment.replyCount !== undefined && comment.replyCount > 0 && comment.replyCount !== open.repliesSeen;
      // Without the replies, a later comment by the page that mentions the author still answers it.
      const answers = replies || replied ? await this.opts.client.listReplies(comment.urn) : { ok: true as const, value: [] };
      if (!answers.ok) return answers;
      if (comment.replyCount !== undefined && comment.replyCount !== open.repliesSeen) await this.opts.comments.repliesSeen(open.id, comment.replyCount);
      const later = listed.value.filter((c) => c.createdAt > comment.createdAt);
      if (this.opts.client.isAnsweredByPage(comment, answers.value, later)) {
        const answer = firstPageAnswer(answers.value, later, org);
        if (await this.opts.tracker.closeByPageReply(comment.urn, answer?.createdAt ?? this.opts.clock.now())) report.closedByPage += 1;
      }
    }
    return null;
  }

  private async finish(report: PollReport, callsBefore: number, failure: LinkedInFailure | null): Promise<PollReport> {
    report.calls = Math.max(0, this.opts.client.health().callsToday - callsBefore);
    if (failure) {
      report.ok = false;
      report.error = { reason: failure.reason, status: failure.status, detail: failure.detail };
      this.opts.log.warn({ reason: failure.reason, status: failure.status, detail: failure.detail }, 'LinkedIn poll stopped');
      if ((failure.reason === 'unauthorized' || failure.reason === 'forbidden' || failure.reason === 'version') && this.opts.onAccessProblem) {
        await this.opts.onAccessProblem(failure);
      }
    }
    await this.opts.settings.write(POLL_REPORT, report, this.opts.clock.now());
    // The day's calls outlive the process: a crash loop must not spend the budget again.
    await this.opts.settings.write(CALLS_MADE, this.opts.client.callsMade(), this.opts.clock.now());
    return report;
  }
}

function firstPageAnswer(replies: LinkedInComment[], later: LinkedInComment[], org: string): LinkedInComment | undefined {
  return [...replies, ...later].filter((c) => c.actorUrn === org).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
}
