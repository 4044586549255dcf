import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import { COMMENT_DELETED_JOB } from '../jobs/commentDeleted';
import type { JobQueue } from '../jobs/queue';
import type { CommentTracker } from '../services/comments';
import type { CommentRepository, PostRepository, ThreadRepository } from '../store/comments';
import { planPoll } from './pollPlan';
import { setting, Setting, SettingsRepository } from '../store/settings';
import { isReplyAnsweredByPage, type LinkedInClient } from './client';
import type { LinkedInComment, LinkedInFailure, LinkedInResult } from './types';

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

/** A showcase page's poll keeps its own report, listing time and calls (the default page's keys are unchanged). */
export function pageSetting<T>(s: Setting<T>, pageUrn: string | null): Setting<T> {
  return pageUrn ? setting(`${s.key}:${pageUrn}`, s.schema) : s;
}

/** Posts asked for per page of the page's posts. */
const POSTS_PAGE = 10;
/** At most this many pages of posts per listing (the first listing reaches back through the follow window). */
const MAX_POST_PAGES = 5;
/** At most this many flagged comments per post are asked for by id in one poll (see confirmDeletions). */
const MAX_DELETION_CHECKS = 10;
/** Failures of a deletion check that would fail every other call too: they stop the poll. */
const STOPS_POLL = new Set<LinkedInFailure['reason']>(['throttled', 'unauthorized', 'version', 'network']);
/** The default follow window: job posts live for weeks. */
export const DEFAULT_FOLLOW_DAYS = 30;

/** Seconds until LinkedIn's daily limits reset (midnight UTC). */
function secondsToUtcMidnight(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** A post URL on LinkedIn, for links on cards. */
export function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

/** What a {@link LinkedInPoller} works with. */
export interface PollerOptions {
  client: LinkedInClient;
  tracker: CommentTracker;
  comments: CommentRepository;
  posts: PostRepository;
  threads: ThreadRepository;
  settings: SettingsRepository;
  clock: Clock;
  log: Logger;
  /** Posts published longer ago than this are no longer followed (LINKEDIN_FOLLOW_DAYS). */
  followDays?: number;
  /** Told when LinkedIn refuses the bot's credentials. */
  onAccessProblem?: AccessProblemListener;
  /** Where a comment found deleted is handed on (the job of the webhook's COMMENT_DELETE). */
  queue: JobQueue;
  /** A showcase page this poller follows; absent: the default page. */
  pageUrn?: string;
}

/**
 * Follows the page's comments through the API: the posts in the follow window, their comments and
 * replies, and the page's replies to open questions. Spends calls only where they matter.
 */
export class LinkedInPoller {
  constructor(private readonly opts: PollerOptions) {}

  private get page(): string | null {
    return this.opts.pageUrn ?? null;
  }

  /** Counts today's calls of the processes before this one (call once at start). */
  async restoreBudget(): Promise<void> {
    const made = await this.opts.settings.read(pageSetting(CALLS_MADE, this.page));
    if (made) this.opts.client.restoreCalls(made);
  }

  /** Polls every post in the follow window and its comments; never throws for LinkedIn's answers. */
  async pollAll(): Promise<PollReport> {
    const before = this.opts.client.health().callsToday;
    const report: PollReport = { at: this.opts.clock.now().toISOString(), ok: true, posts: 0, newComments: 0, closedByPage: 0, calls: 0 };
    const listed = await this.listPostsInWindow();
    if (!listed.ok) return this.finish(report, before, listed);
    for (const urn of listed.value) {
      const failure = await this.pollPostInto(urn, report);
      report.posts += 1;
      if (failure) return this.finish(report, before, failure);
    }
    return this.finish(report, before, null);
  }

  /** The start of the follow window. */
  private windowStart(): Date {
    return new Date(this.opts.clock.now().getTime() - (this.opts.followDays ?? DEFAULT_FOLLOW_DAYS) * 86_400_000);
  }

  /**
   * Reads the page's posts, newest change first, and follows those published in the window. A further page
   * is read only while every post on the last one was new to the bot: the first listing reaches back through
   * the window, later ones cost a single call.
   */
  private async listPostsInWindow(): Promise<LinkedInResult<string[]>> {
    const since = this.windowStart();
    const followed: string[] = [];
    for (let page = 0; page < MAX_POST_PAGES; page++) {
      const posts = await this.opts.client.listPosts({ count: POSTS_PAGE, maxPages: 1, start: page * POSTS_PAGE });
      if (!posts.ok) return posts;
      let allNew = true;
      for (const post of posts.value) {
        const published = post.publishedAt ?? post.createdAt;
        if (published < since) continue;
        const known = await this.opts.posts.get(post.urn);
        if (known) allNew = false;
        await this.opts.tracker.ensurePost({ urn: post.urn, url: postUrl(post.urn), excerpt: post.text, publishedAt: published, source: 'linkedin', pageUrn: this.page });
        followed.push(post.urn);
      }
      const oldest = posts.value[posts.value.length - 1];
      if (posts.value.length < POSTS_PAGE || !allNew || !oldest || (oldest.publishedAt ?? oldest.createdAt) < since) break;
    }
    await this.opts.settings.write(pageSetting(POSTS_LISTED, this.page), this.opts.clock.now().toISOString(), this.opts.clock.now());
    await this.opts.threads.forgetBefore(since);
    return { ok: true, value: followed };
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
    const since = this.windowStart();
    const plan = async () => {
      const h = client.health();
      const budget = { perDay: h.callBudgetPerDay, callsLeft: Math.max(0, h.callBudgetPerDay - h.callsToday), secondsLeft: secondsToUtcMidnight(clock.now()) };
      const listedAt = await settings.read(pageSetting(POSTS_LISTED, this.page));
      return planPoll({ now: clock.now(), pollSeconds, budget, postsListedAt: listedAt ? new Date(listedAt) : null, posts: await this.opts.posts.activity(since, this.page) });
    };
    let todo = await plan();
    if (todo.listPosts) {
      const listed = await this.listPostsInWindow();
      if (!listed.ok) return this.finish(report, before, listed);
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
    await this.opts.tracker.ensurePost({ urn: postUrn, url: postUrl(postUrn), source: 'linkedin', pageUrn: this.page });
    return this.finish(report, before, await this.pollPostInto(postUrn, report));
  }

  /**
   * Reads a post's comments, and the replies of every thread LinkedIn says has new ones (its reply count
   * changed): members' replies are tracked like comments (a follow-up question under the page's answer gets
   * its own reminder). With `replies`, threads of open questions are read too (a version without reply
   * counts, a page reply that mentions nobody); a thread costs one call and is read once per poll.
   */
  private async pollPostInto(postUrn: string, report: PollReport, replies = true): Promise<LinkedInFailure | null> {
    const { client, comments, threads, tracker, clock } = this.opts;
    const listed = await client.listComments(postUrn);
    if (!listed.ok) return listed;
    const org = client.organizationUrn;
    const track = async (c: LinkedInComment, parentUrn: string | null) => {
      if (c.actorUrn === org) return;
      const tracked = await tracker.track({
        externalId: c.urn,
        parentExternalId: parentUrn,
        postUrn,
        authorName: null,
        authorUrn: c.actorUrn,
        text: c.text,
        url: postUrl(postUrn),
        commentedAt: c.createdAt,
        source: 'linkedin',
      });
      if (tracked?.created) report.newComments += 1;
      // The webhook told of it without saying it was a reply: now it is known to be one.
      else if (tracked && parentUrn && !tracked.comment.parentExternalId) await comments.setParent(c.urn, parentUrn);
    };
    for (const c of listed.value) await track(c, null);

    const read = new Map<string, LinkedInComment[]>();
    const readThread = async (top: LinkedInComment): Promise<LinkedInFailure | null> => {
      if (read.has(top.urn)) return null;
      const answers = await client.listReplies(top.urn);
      if (!answers.ok) return answers;
      read.set(top.urn, answers.value);
      for (const r of answers.value) await track(r, top.urn);
      if (top.replyCount !== undefined) await threads.record(top.urn, postUrn, top.replyCount, clock.now());
      return null;
    };
    // Threads with replies not seen before: someone answered or asked again.
    const seen = await threads.seen(listed.value.map((c) => c.urn));
    for (const top of listed.value) {
      if (top.replyCount === undefined || top.replyCount === (seen.get(top.urn) ?? 0)) continue;
      const failure = await readThread(top);
      if (failure) return failure;
    }

    for (const open of await comments.openOnPost(postUrn)) {
      const topUrn = open.parentExternalId ?? open.externalId;
      const top = listed.value.find((c) => c.urn === topUrn);
      if (!top) continue;
      if (replies) {
        const failure = await readThread(top);
        if (failure) return failure;
      }
      const thread = read.get(top.urn) ?? [];
      let answer: LinkedInComment | undefined;
      if (open.parentExternalId) {
        const reply = thread.find((r) => r.urn === open.externalId);
        if (reply && isReplyAnsweredByPage(reply, thread, org)) answer = firstPageAnswer(thread.filter((r) => r.createdAt > reply.createdAt || r.parentUrn === reply.urn), [], org);
      } else {
        // Without the replies, a later comment by the page that mentions the author still answers it.
        const later = listed.value.filter((c) => c.createdAt > top.createdAt);
        if (client.isAnsweredByPage(top, thread, later)) answer = firstPageAnswer(thread, later, org);
      }
      if (answer && (await tracker.closeByPageReply(open.externalId!, answer.createdAt))) report.closedByPage += 1;
    }
    return this.confirmDeletions(postUrn, listed.value, read);
  }

  /**
   * A flagged or reported comment (or one the classifier would remove) that the poll no longer sees may have
   * been deleted directly on LinkedIn: it is asked for by id ("Get a Comment", one call; under its parent when
   * it is a reply), and only a 404 goes the way of the webhook's COMMENT_DELETE (jobs/commentDeleted.ts), so
   * the removal reaches the registry. Unseen means: a reply missing from its thread read in this poll (or
   * whose top-level comment is gone), a comment of unknown place missing from the post's comments when every
   * thread with replies was read too (else it may be a reply known only from a webhook: not asked). A list cut
   * short by paging is no proof, hence the call. A failed check is logged and skipped; only failures that stop
   * every call (throttling, credentials, version) stop the poll.
   */
  private async confirmDeletions(postUrn: string, listed: LinkedInComment[], read: Map<string, LinkedInComment[]>): Promise<LinkedInFailure | null> {
    const { client, comments, clock, queue, log } = this.opts;
    const seen = new Set([...listed.map((c) => c.urn), ...[...read.values()].flat().map((c) => c.urn)]);
    const everyThreadRead = listed.every((c) => c.replyCount === 0 || read.has(c.urn));
    let calls = 0;
    for (const watched of await comments.watchedForDeletion(postUrn)) {
      if (seen.has(watched.externalId)) continue;
      const parent = watched.parentExternalId;
      if (parent ? seen.has(parent) && !read.has(parent) : !everyThreadRead) continue;
      if (calls++ >= MAX_DELETION_CHECKS) break;
      const exists = await client.commentExists(parent ?? postUrn, watched.externalId);
      if (!exists.ok) {
        if (STOPS_POLL.has(exists.reason)) return exists;
        log.warn({ postUrn, commentUrn: watched.externalId, reason: exists.reason, detail: exists.detail }, 'could not ask LinkedIn whether a flagged comment is still there');
        continue;
      }
      if (exists.value) continue;
      log.warn({ postUrn, commentUrn: watched.externalId }, 'a flagged comment is gone from LinkedIn');
      await queue.schedule(COMMENT_DELETED_JOB, { commentUrn: watched.externalId }, clock.now(), `deleted:poll:${watched.externalId}`);
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
    await this.opts.settings.write(pageSetting(POLL_REPORT, this.page), report, this.opts.clock.now());
    // The day's calls outlive the process: a crash loop must not spend the budget again.
    await this.opts.settings.write(pageSetting(CALLS_MADE, this.page), this.opts.client.callsMade(), this.opts.clock.now());
    return report;
  }
}

function firstPageAnswer(replies: LinkedInComment[], later: LinkedInComment[], org: string): LinkedInComment | undefined {
  return [...replies, ...later].filter((c) => c.actorUrn === org).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
}
