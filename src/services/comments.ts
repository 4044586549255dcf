import { localDay } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { Classification } from '../domain/moderation';
import { DEFAULT_REPEAT_POLICY, findRepeats } from '../domain/moderation/repeats';
import { combineOpinions, type SecondOpinion } from '../domain/moderation/secondOpinion';
import { deliverAt, reminderPlan, ReminderStep, snoozeUntil } from '../domain/reminders';
import { answerDeadline, WorkingTime } from '../domain/workingTime';
import { CLASSIFIED_JOB } from '../jobs/commentClassified';
import { RUSH_CHECK_JOB } from '../jobs/rushCheck';
import { REMIND_JOB } from '../jobs/commentReminder';
import type { JobQueue } from '../jobs/queue';
import type { Logger } from '../logger';
import type { Database, Sql } from '../store/database';
import type { BookingRepository } from '../store/bookings';
import type { CommentRepository, PostRepository } from '../store/comments';
import { answerClockStart, Post, TrackedComment } from '../domain/comment';

/**
 * The classifier, loaded at the first comment rather than at start: its rule tables, language data and
 * weights take about as long to load as the rest of the bot, and most turns never need them.
 */
const classifier = (): typeof import('../domain/moderation/classify') => require('../domain/moderation/classify');
import type { Actor } from './booking';
import { signedReply } from './signatures';
import { Booking, onPage } from '../domain/booking';

/** A comment as it reaches the bot: from LinkedIn (poll or webhook) or registered by an editor in Teams. */
export interface CommentInput {
  externalId: string | null;
  /** For a reply seen by a poll: the comment it replies to. */
  parentExternalId?: string | null;
  postUrn: string;
  postUrl?: string | null;
  postExcerpt?: string | null;
  postPublishedAt?: Date | null;
  /** A booking the editor said the post belongs to (Teams registration). */
  bookingId?: string | null;
  /** The showcase page the post is on (null or absent: the default page), for a post not seen before. */
  pageUrn?: string | null;
  authorName: string | null;
  authorUrn?: string | null;
  text: string;
  url?: string | null;
  /** When it was written; null when the person registering it did not know (never guessed). */
  commentedAt: Date | null;
  source: 'linkedin' | 'teams';
  registeredBy?: { id: string; name: string } | null;
  /** The caller flags the comment itself (a report): listeners should not flag it again. */
  reported?: boolean;
}

/** Why a comment is closed without an answer. */
export const NO_ANSWER_REASONS = ['opinion', 'not-a-question', 'answered-elsewhere'] as const;
export type NoAnswerReason = (typeof NO_ANSWER_REASONS)[number];

/** Tells people: implemented by the Teams layer, so this service never speaks Bot Framework. */
export interface CommentNotifier {
  /** Sends the reminder cards of one step of the ladder (or a snooze to one person). */
  remind(comment: TrackedComment, post: Post, step: ReminderStep | 'snooze' | 'handover', userId?: string): Promise<void>;
  /** Updates every card already sent about the comment to show its current state. */
  refresh(comment: TrackedComment, post: Post): Promise<void>;
  /** Asks a booking's owner to confirm that a post published on their day is theirs. */
  proposeMatch(post: Post): Promise<void>;
}

/** Posts a reply as the page; present only when the LinkedIn API is configured. */
export interface PageReplier {
  reply(postUrn: string, commentUrn: string, text: string): Promise<{ ok: true } | { ok: false; detail: string }>;
}

/** Outcome of a person's action on a comment. */
export type CommentActionOutcome =
  | { kind: 'done'; comment: TrackedComment; post: Post; /** A snooze that reminds only after the answer deadline. */ pastDeadline?: boolean; /** The question was handed over. */ handedOver?: boolean }
  | { kind: 'unchanged'; comment: TrackedComment; post: Post }
  | { kind: 'not-found' }
  | { kind: 'refused'; comment: TrackedComment; post: Post; reason: HandOverRefusal }
  | { kind: 'reply-failed'; comment: TrackedComment; post: Post; detail: string }
  | { kind: 'no-api'; comment: TrackedComment; post: Post };

/** Why a hand-over was refused. */
export type HandOverRefusal = 'not-allowed' | 'already-holder';

/** The verdict stored with a comment: what the classifier said when the comment was first seen. */
export interface StoredVerdict {
  kind: string;
  reasons: string[];
  version: string;
  threat: boolean;
  remove: boolean;
}

/** The verdict a comment was stored with. */
export function storedVerdict(c: TrackedComment): StoredVerdict {
  return { kind: c.kind, reasons: c.reasons ? c.reasons.split('; ') : [], version: c.classifierVersion, threat: c.isThreat, remove: c.shouldRemove };
}


/** The kind stored for a comment the classifier cannot read (no text, a link, an unknown language). */
export const UNREADABLE_KIND = 'unreadable';

/** A comment classified and ready to store (see `CommentTracker.prepare`). */
export interface PreparedComment {
  input: CommentInput;
  post: Post;
  verdict: Classification;
  seenAt: Date;
}


/** Follows comments until every question is answered: classification, deadlines, the reminder ladder, closing. */
export class CommentTracker {
  private readonly notifier: CommentNotifier;
  private readonly replier: PageReplier | null;

  constructor(
    private readonly opts: {
      db: Database;
      comments: CommentRepository;
      posts: PostRepository;
      bookings: BookingRepository;
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      workingTime: WorkingTime;
      budgetHours: number;
      channelAt: number;
      /** The page's organization urn: its own comments are answers, never questions. */
      organizationUrn?: string;
      /** A second opinion (Azure AI Content Safety) when configured; `null` when it has none to give. */
      secondOpinion?: (text: string) => Promise<SecondOpinion | null>;
      /** Tells people (the Teams layer). */
      notifier: CommentNotifier;
      /** Replies as the page; only with the LinkedIn API. */
      replier?: PageReplier | null;
      /**
       * Places a new post with a publication time in the schedule (the weekly rhythm): returns the day's one
       * booking to propose, or null when it asked someone to link or book it (or followed it quietly).
       */
      placeNewPost?: (post: Post, seenBy: { id: string } | null) => Promise<Booking | null>;
      /** Learns a post's publication time when the post was first seen without one. */
      learnPublishedAt?: (urn: string, at: Date) => Promise<boolean>;
    },
  ) {
    this.notifier = opts.notifier;
    this.replier = opts.replier ?? null;
  }

  /** Makes sure a post is followed; a new LinkedIn post published on a booked day is matched to that booking. */
  async ensurePost(p: { urn: string; url?: string | null; excerpt?: string | null; publishedAt?: Date | null; source: 'linkedin' | 'teams'; bookingId?: string | null; seenBy?: { id: string } | null; pageUrn?: string | null }): Promise<Post> {
    const now = this.opts.clock.now();
    const isNew = await this.opts.posts.addIfNew({
      urn: p.urn,
      url: p.url ?? null,
      excerpt: p.excerpt?.slice(0, 280) ?? null,
      publishedAt: p.publishedAt ?? null,
      source: p.source,
      firstSeenAt: now,
      pageUrn: p.pageUrn ?? null,
    });
    // A post is guessed from its day among its own page's bookings (each page has its own schedule).
    if (isNew) await this.matchToBooking(p.urn, p.bookingId ?? null, p.publishedAt ?? null, p.seenBy ?? null);
    else if (p.bookingId) await this.matchToBooking(p.urn, p.bookingId, null);
    // First seen without a time (a webhook before the list of posts): placed when the time is learnt.
    else if (p.publishedAt && (await this.opts.learnPublishedAt?.(p.urn, p.publishedAt))) {
      const known = await this.opts.posts.get(p.urn);
      if (known && !known.bookingId) await this.matchToBooking(p.urn, null, p.publishedAt, p.seenBy ?? null);
    }
    return (await this.opts.posts.get(p.urn))!;
  }

  /**
   * Tracks a comment: classifies it, then stores it once with its reminder ladder and its moderation
   * follow-up in one transaction, so a crash leaves either all of it or nothing. A second delivery of the
   * same LinkedIn comment changes nothing.
   */
  async track(input: CommentInput): Promise<{ comment: TrackedComment; created: boolean; post: Post } | null> {
    const prepared = await this.prepare(input);
    if (!prepared) return null;
    if ('known' in prepared) return { comment: prepared.known, created: false, post: prepared.post };
    const stored = await this.opts.db.transaction((tx) => this.store(tx, prepared));
    this.logTracked(stored, prepared);
    return { ...stored, post: prepared.post };
  }

  /**
   * The part of tracking that may take time or talk to other services (the post's match, the
   * classification and its second opinion), done before any transaction opens. Null for the page's own
   * comments; `known` for a comment already stored.
   */
  async prepare(input: CommentInput): Promise<PreparedComment | { known: TrackedComment; post: Post } | null> {
    if (this.opts.organizationUrn && input.authorUrn === this.opts.organizationUrn) return null;
    const post = await this.ensurePost({
      urn: input.postUrn,
      url: input.postUrl,
      excerpt: input.postExcerpt,
      publishedAt: input.postPublishedAt,
      source: input.source,
      bookingId: input.bookingId,
      seenBy: input.registeredBy ?? null,
      pageUrn: input.pageUrn ?? null,
    });
    // Polls deliver known comments again: their verdict is stored, so they are neither classified
    // nor sent for a second opinion again.
    const known = input.externalId ? await this.opts.comments.getByExternalId(input.externalId) : null;
    if (known) return { known, post };
    const verdict = await this.withRepeats(input, await this.classifyComment(input.text));
    return { input, post, verdict, seenAt: this.opts.clock.now() };
  }

  /**
   * "Upprepade inlägg från samma användare ska tas bort": the same or nearly the same text from one
   * author on the page within a day is spam, whatever it says. A comment already proposed for removal
   * keeps its own (graver) kind.
   */
  private async withRepeats(input: CommentInput, c: Classification): Promise<Classification> {
    if (!input.authorUrn || !input.commentedAt || c.remove || c.needsLook) return c;
    const policy = DEFAULT_REPEAT_POLICY;
    const from = new Date(input.commentedAt.getTime() - policy.windowHours * 3_600_000);
    const earlier = await this.opts.comments.recentByAuthor(input.authorUrn, from, input.commentedAt);
    const { repeat, copies } = findRepeats(input.text, input.commentedAt, earlier, policy);
    if (!repeat) return c;
    const reason = `upprepat inlägg: samma text som ${copies === 1 ? 'en tidigare kommentar' : `${copies} tidigare kommentarer`} från samma person senaste dygnet`;
    return { ...c, kind: 'spam', remove: true, question: false, threat: false, reasons: [reason, ...c.reasons] };
  }

  /**
   * Stores a prepared comment inside the caller's transaction: the comment, its reminder ladder and the
   * job that opens a moderation case. Nothing here waits on another service.
   */
  async store(tx: Sql, p: PreparedComment): Promise<{ comment: TrackedComment; created: boolean }> {
    const { input, post, verdict: c, seenAt } = p;
    // A comment the classifier cannot read goes to a person like a question: the post's owner looks at it.
    const isQuestion = c.question || c.needsLook;
    const { comment, created } = await this.opts.comments.insert(
      {
        externalId: input.externalId,
        parentExternalId: input.parentExternalId ?? null,
        postUrn: post.urn,
        authorName: input.authorName,
        authorUrn: input.authorUrn ?? null,
        text: input.text,
        url: input.url ?? null,
        commentedAt: input.commentedAt,
        seenAt,
        source: input.source,
        registeredById: input.registeredBy?.id ?? null,
        registeredByName: input.registeredBy?.name ?? null,
        kind: c.needsLook ? UNREADABLE_KIND : c.kind,
        isQuestion,
        isThreat: c.threat,
        shouldRemove: c.remove,
        reasons: c.reasons.join('; '),
        classifierVersion: c.version,
        status: isQuestion ? 'open' : 'not_a_question',
        deadlineAt: isQuestion ? answerDeadline(input.commentedAt ?? seenAt, this.opts.budgetHours, this.opts.workingTime) : null,
        textPurgedAt: null,
      } as Parameters<CommentRepository['insert']>[0],
      tx,
    );
    if (!created) return { comment, created };
    // Kontaktcenter's rush alert counts the post's comments after each new one.
    await this.opts.queue.schedule(RUSH_CHECK_JOB, { postUrn: comment.postUrn }, seenAt, `rush-check:${comment.id}`, { tx });
    if (isQuestion) await this.scheduleLadder(comment, tx);
    // A report is flagged by its reporter; anything the classifier would remove opens a case, as a job.
    if (c.remove && !input.reported) {
      await this.opts.queue.schedule(CLASSIFIED_JOB, { commentId: comment.id }, seenAt, `classified:${comment.id}`, { tx });
    }
    return { comment, created };
  }

  /** Logs a comment just stored. */
  logTracked(stored: { comment: TrackedComment; created: boolean }, p: PreparedComment): void {
    if (stored.created) this.opts.log.info({ commentId: stored.comment.id, kind: p.verdict.kind, question: p.verdict.question, post: p.post.urn }, 'comment tracked');
  }

  /** Records that a person answered the question (on LinkedIn, by hand). */
  answered(actor: Actor, id: string, version: number): Promise<CommentActionOutcome> {
    return this.close(id, version, { status: 'answered', byId: actor.id, byName: actor.name, via: 'teams', reason: null });
  }

  /** Closes a comment that needs no answer, with the reason. */
  noAnswerNeeded(actor: Actor, id: string, version: number, reason: NoAnswerReason): Promise<CommentActionOutcome> {
    return this.close(id, version, { status: 'no_answer_needed', byId: actor.id, byName: actor.name, via: 'teams', reason });
  }

  /** Replies as the page through the LinkedIn API, signed with the editor's name and title, and closes the comment. */
  async reply(actor: Actor, id: string, version: number, text: string, title: string): Promise<CommentActionOutcome> {
    const found = await this.load(id);
    if (!found) return { kind: 'not-found' };
    if (found.comment.status !== 'open' || found.comment.version !== version) return { kind: 'unchanged', ...found };
    if (!this.replier || !found.comment.externalId) return { kind: 'no-api', ...found };
    const signed = signedReply(text, actor.name, title);
    const result = await this.replier.reply(found.post.urn, found.comment.externalId, signed);
    if (!result.ok) {
      this.opts.log.warn({ commentId: id, detail: result.detail }, 'reply as the page failed');
      return { kind: 'reply-failed', ...found, detail: result.detail };
    }
    return this.close(id, version, { status: 'answered', byId: actor.id, byName: actor.name, via: 'api-reply', reason: null, replyText: signed });
  }

  /** Reminds the person again later: in one working hour, or at the start of the next working day. */
  async snooze(actor: Actor, id: string, version: number, choice: 'hour' | 'tomorrow'): Promise<CommentActionOutcome> {
    const found = await this.load(id);
    if (!found) return { kind: 'not-found' };
    const until = snoozeUntil(this.opts.clock.now(), choice, this.opts.workingTime);
    const updated = await this.opts.comments.snooze(id, version, until, actor.name);
    if (!updated) return { kind: 'unchanged', ...found };
    await this.opts.queue.schedule(REMIND_JOB, { commentId: id, step: 'snooze', userId: actor.id }, until, `reminder:${id}:snooze:${updated.version}`);
    await this.notifier.refresh(updated, found.post);
    // Allowed, but said: the overdue notice still goes out at the deadline, before this reminder.
    const pastDeadline = updated.deadlineAt !== null && until > updated.deadlineAt;
    return { kind: 'done', comment: updated, post: found.post, pastDeadline };
  }

  /**
   * Hands an open question over to another editor ("Lämna över till …"): only whoever holds it now (or
   * stands in for them), the post's owner or a superadmin may. The new holder gets the card at once, and
   * every copy shows who holds it. `mayHandOver` says whether the actor may; the caller has checked that
   * the new holder is an editor.
   */
  async handOver(actor: Actor, id: string, version: number, to: { id: string; name: string }, mayHandOver: (c: TrackedComment, p: Post) => Promise<boolean>): Promise<CommentActionOutcome> {
    const found = await this.load(id);
    if (!found) return { kind: 'not-found' };
    if (found.comment.status !== 'open' || found.comment.version !== version) return { kind: 'unchanged', ...found };
    if (!(await mayHandOver(found.comment, found.post))) return { kind: 'refused', ...found, reason: 'not-allowed' };
    const holderNow = found.comment.holderId ?? (found.post.matchStatus !== 'rejected' ? found.post.ownerId : null);
    if (holderNow === to.id) return { kind: 'refused', ...found, reason: 'already-holder' };
    const updated = await this.opts.comments.handOver(id, version, to, actor.name, this.opts.clock.now());
    if (!updated) return { kind: 'unchanged', ...found };
    this.opts.log.info({ commentId: id, by: actor.id, to: to.id }, 'question handed over');
    await this.notifier.remind(updated, found.post, 'handover');
    await this.notifier.refresh(updated, found.post);
    return { kind: 'done', comment: updated, post: found.post, handedOver: true };
  }

  /** Open questions, oldest deadline first, with their posts (for /frågor). */
  async openQuestions(): Promise<{ comment: TrackedComment; post: Post }[]> {
    const open = await this.opts.comments.open();
    const posts = new Map<string, Post | null>();
    const out: { comment: TrackedComment; post: Post }[] = [];
    for (const comment of open) {
      if (!posts.has(comment.postUrn)) posts.set(comment.postUrn, await this.opts.posts.get(comment.postUrn));
      const post = posts.get(comment.postUrn);
      if (post) out.push({ comment, post });
    }
    return out;
  }

  /** The page replied on LinkedIn (seen by poll or webhook): the comment closes on its own. */
  async closeByPageReply(externalId: string, at: Date): Promise<boolean> {
    const comment = await this.opts.comments.getByExternalId(externalId);
    if (!comment || comment.status !== 'open') return false;
    const outcome = await this.close(comment.id, null, { status: 'answered', byId: null, byName: null, via: 'page-reply', reason: null }, at);
    return outcome.kind === 'done';
  }

  /** The comment was deleted on LinkedIn. */
  async closeDeleted(externalId: string): Promise<boolean> {
    const comment = await this.opts.comments.getByExternalId(externalId);
    if (!comment || comment.status !== 'open') return false;
    const outcome = await this.close(comment.id, null, { status: 'deleted', byId: null, byName: null, via: 'linkedin', reason: null });
    return outcome.kind === 'done';
  }

  /** The booking owner confirms or rejects that a post is theirs. */
  async settleMatch(actor: Actor, postUrn: string, confirm: boolean): Promise<Post | null> {
    const post = await this.opts.posts.get(postUrn);
    if (!post || !post.bookingId) return post;
    if (post.ownerId !== actor.id && !actor.isSuperadmin) return null;
    await this.opts.posts.match(postUrn, {
      bookingId: confirm ? post.bookingId : null,
      status: confirm ? 'confirmed' : 'rejected',
      ownerId: confirm ? post.ownerId : null,
      ownerName: confirm ? post.ownerName : null,
      department: confirm ? post.department : null,
    });
    return this.opts.posts.get(postUrn);
  }

  /**
   * The booking owner pastes the link to their real post instead: that post is matched to the booking
   * (confirmed) and the proposed one is released.
   */
  async matchByLink(actor: Actor, proposedUrn: string, postUrn: string, url: string): Promise<Post | null> {
    const proposed = await this.opts.posts.get(proposedUrn);
    if (!proposed?.bookingId) return null;
    if (proposed.ownerId !== actor.id && !actor.isSuperadmin) return null;
    const bookingId = proposed.bookingId;
    await this.opts.posts.match(proposedUrn, { bookingId: null, status: 'rejected', ownerId: null, ownerName: null, department: null });
    return this.ensurePost({ urn: postUrn, url, source: 'linkedin', bookingId });
  }

  /** Posts the bot knows, newest first: the choices on the forms that register or report a comment. */
  recentPosts(limit = 15): Promise<Post[]> {
    return this.opts.posts.recent(limit);
  }

  /** A post the bot knows. */
  post(urn: string): Promise<Post | null> {
    return this.opts.posts.get(urn);
  }

  async load(id: string): Promise<{ comment: TrackedComment; post: Post } | null> {
    const comment = await this.opts.comments.get(id);
    if (!comment) return null;
    const post = await this.opts.posts.get(comment.postUrn);
    return post ? { comment, post } : null;
  }

  /** Runs one step of the ladder, if the question is still open. */
  async runReminder(commentId: string, step: ReminderStep | 'snooze', userId?: string): Promise<void> {
    const found = await this.load(commentId);
    if (!found || found.comment.status !== 'open') return;
    const now = this.opts.clock.now();
    // A snoozed question waits for its snooze, except the notice that the deadline passed.
    if (step !== 'overdue' && step !== 'snooze' && found.comment.snoozedUntil && found.comment.snoozedUntil > now) return;
    await this.notifier.remind(found.comment, found.post, step, userId);
  }

  /** The local classification, joined with the second opinion when one is configured. */
  private async classifyComment(text: string): Promise<Classification> {
    const c = classifier().classify(text);
    return this.opts.secondOpinion ? combineOpinions(c, await this.opts.secondOpinion(text)) : c;
  }

  private async scheduleLadder(comment: TrackedComment, tx: Sql): Promise<void> {
    const plan = reminderPlan(answerClockStart(comment), comment.seenAt, { budgetHours: this.opts.budgetHours, channelAt: this.opts.channelAt }, this.opts.workingTime);
    for (const { step, at } of plan) {
      await this.opts.queue.schedule(REMIND_JOB, { commentId: comment.id, step }, deliverAt(step, at, this.opts.workingTime), `reminder:${comment.id}:${step}`, { tx });
    }
  }

  /** A stored comment with the verdict it was stored with (for the `comment.classified` job). */
  async classified(commentId: string): Promise<{ comment: TrackedComment; post: Post; verdict: StoredVerdict } | null> {
    const found = await this.load(commentId);
    return found && { ...found, verdict: storedVerdict(found.comment) };
  }

  private async close(
    id: string,
    version: number | null,
    c: { status: 'answered' | 'no_answer_needed' | 'deleted'; byId: string | null; byName: string | null; via: 'teams' | 'page-reply' | 'api-reply' | 'linkedin'; reason: string | null; replyText?: string },
    at: Date = this.opts.clock.now(),
  ): Promise<CommentActionOutcome> {
    const found = await this.load(id);
    if (!found) return { kind: 'not-found' };
    const closed = await this.opts.comments.close(id, version, { ...c, at });
    if (!closed) return { kind: 'unchanged', ...found };
    await this.opts.queue.cancel(`reminder:${id}:`);
    this.opts.log.info({ commentId: id, status: c.status, via: c.via, by: c.byId }, 'comment closed');
    await this.notifier.refresh(closed, found.post);
    return { kind: 'done', comment: closed, post: found.post };
  }

  private async matchToBooking(urn: string, bookingId: string | null, publishedAt: Date | null, seenBy: { id: string } | null = null): Promise<void> {
    let booking = bookingId ? await this.opts.bookings.get(bookingId) : null;
    let status: Post['matchStatus'] = booking ? 'confirmed' : 'none';
    if (!booking && publishedAt && this.opts.placeNewPost) {
      // The weekly rhythm proposes the day's booking, or asks about a post without one.
      const post = await this.opts.posts.get(urn);
      booking = post && (await this.opts.placeNewPost(post, seenBy));
      if (booking) status = 'proposed';
    } else if (!booking && publishedAt) {
      // One post a day (per page) makes the day a reliable guess; the owner confirms it.
      const day = localDay(publishedAt, this.opts.workingTime.timeZone);
      const post = await this.opts.posts.get(urn);
      const onDay = onPage(await this.opts.bookings.listBetween(day, day), post?.pageUrn);
      if (onDay.length === 1) {
        booking = onDay[0];
        status = 'proposed';
      }
    }
    if (!booking) return;
    await this.opts.posts.match(urn, { bookingId: booking.id, status, ownerId: booking.ownerId, ownerName: booking.ownerName, department: booking.department });
    if (status === 'proposed') {
      const post = await this.opts.posts.get(urn);
      if (post) await this.notifier.proposeMatch(post);
    }
  }
}
