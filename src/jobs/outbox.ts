import type { Activity } from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { Database } from '../store/database';
import { OutboxRepository, OutboxRow, OutboxTarget, SentActivity } from '../store/outbox';
import type { JobOutcome, Scheduler } from './scheduler';

export type { OutboxRow, OutboxTarget, SentActivity } from '../store/outbox';

/** Where the sender delivers one message; `mention` asks for an @mention of that person in it. */
export type SendTarget =
  | { kind: 'conversation'; conversationId: string; mention?: { userId: string; name?: string } }
  | { kind: 'user'; userId: string };

/** How one send went: expected failures are values, not exceptions. */
export type SendResult =
  | { ok: true; activityId: string; conversationId: string }
  | {
      ok: false;
      /** HTTP status; 0 when no answer came (connection refused or reset). */
      status: number;
      retryAfterSeconds?: number;
      /** The service's error code, e.g. 'MessageWritesBlocked', or ours, e.g. 'UserUnknown'. */
      code?: string;
      detail: string;
    };

/** Delivers messages to Teams; implemented by `TeamsSender` in `src/teams/proactive.ts`. */
export interface Sender {
  send(target: SendTarget, activity: Partial<Activity>): Promise<SendResult>;
  update(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<SendResult>;
}

/** A message to send, once. */
export interface OutboxMessage {
  /** Unique per message: a second enqueue with the same key does nothing (never the same reminder twice). */
  key: string;
  target: OutboxTarget;
  activity: Partial<Activity>;
  /** Update this earlier activity in place instead of sending a new message. */
  updateActivityId?: string;
}

/** Everything the outbox needs. */
export interface OutboxOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  scheduler: Scheduler;
  sender: Sender;
  /** Attempts at a throttled or failing send before it is given up; default 10. */
  maxAttempts?: number;
  /** Called after a message is delivered, e.g. to remember its activity id; its failure is logged only. */
  onSent?: (row: OutboxRow) => Promise<void> | void;
  /** Backoff before retry n is a random delay up to min(capMs, baseMs·2^(n-1)), at least 1 s. */
  backoff?: { baseMs?: number; capMs?: number };
  /** Random numbers in [0, 1) for the jitter; injectable so tests can pin it. */
  random?: () => number;
  /** Per-thread limits; default Teams' published ones. */
  limits?: readonly ThreadLimit[];
}

/** At most `count` messages in any `windowMs`. */
export interface ThreadLimit {
  count: number;
  windowMs: number;
}

/** Teams' limits per bot per conversation thread. */
export const TEAMS_THREAD_LIMITS: readonly ThreadLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1800, windowMs: 3_600_000 },
];

/**
 * Keeps each conversation under Teams' per-thread limits by telling a send when it may go. In memory, per
 * instance: two instances could together exceed the limit, and replies the bot sends outside the outbox
 * are not counted; the 429 handling (with `Retry-After`) covers both.
 */
export class ThreadLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly longestMs: number;

  constructor(private readonly limits: readonly ThreadLimit[] = TEAMS_THREAD_LIMITS) {
    this.longestMs = Math.max(...limits.map((l) => l.windowMs));
  }

  /** Takes a slot for a send at `now` and returns null, or returns when the thread has room again. */
  reserve(thread: string, now: Date): Date | null {
    const t = now.getTime();
    // Sends stamped after `now` mean the clock went back (or a test moved it): they no longer count.
    const times = (this.sent.get(thread) ?? []).filter((x) => x > t - this.longestMs && x <= t);
    let at = this.pausedUntil.get(thread) ?? 0;
    for (const { count, windowMs } of this.limits) {
      const inWindow = times.filter((x) => x > t - windowMs);
      // The window has room again once its oldest send that keeps it full has left it.
      if (inWindow.length >= count) at = Math.max(at, inWindow[inWindow.length - count] + windowMs);
    }
    if (at > t) {
      this.keep(thread, times);
      return new Date(at);
    }
    this.pausedUntil.delete(thread);
    times.push(t);
    times.sort((a, b) => a - b);
    this.keep(thread, times);
    return null;
  }

  /** Holds every send to the thread until `until` (Teams said 429 with `Retry-After`). */
  pause(thread: string, until: Date): void {
    this.pausedUntil.set(thread, Math.max(this.pausedUntil.get(thread) ?? 0, until.getTime()));
  }

  private keep(thread: string, times: number[]) {
    if (times.length === 0) this.sent.delete(thread);
    else this.sent.set(thread, times);
  }
}

/** The scheduler job kind that delivers one outbox row. */
export const OUTBOX_SEND_JOB = 'outbox.send';

const RETRYABLE = (status: number) => status === 0 || status === 412 || status === 429 || status >= 500;
const MIN_BACKOFF_MS = 1_000;

/**
 * Proactive messages through an outbox table: each message is a row with a unique key and a durable
 * `outbox.send` job, so it survives restarts, is retried when Teams throttles or fails, and is never sent
 * twice for one key. Sends are paced per conversation to stay under Teams' thread limits.
 */
export class Outbox {
  private readonly repo: OutboxRepository;
  private limiter: ThreadLimiter;
  private readonly maxAttempts: number;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly random: () => number;

  constructor(private readonly opts: OutboxOptions) {
    this.repo = new OutboxRepository(opts.db);
    this.limiter = new ThreadLimiter(opts.limits);
    this.maxAttempts = opts.maxAttempts ?? 10;
    this.baseMs = opts.backoff?.baseMs ?? 2_000;
    this.capMs = opts.backoff?.capMs ?? 600_000;
    this.random = opts.random ?? Math.random;
    // Errors thrown here are database trouble, not Teams': the scheduler's own backoff retries those.
    opts.scheduler.register(OUTBOX_SEND_JOB, (payload) => this.deliver((payload as { outboxId: string }).outboxId));
  }

  /**
   * Queues a message; `queued` is false when one with the same key exists (it is not sent again). The row
   * and its send job are written in one transaction, so a crash cannot leave a message without its job.
   */
  async enqueue(m: OutboxMessage): Promise<{ id: string; queued: boolean }> {
    const now = this.opts.clock.now();
    return this.opts.db.transaction(async (tx) => {
      const { id, inserted } = await this.repo.insert(tx, { ...m, now });
      if (inserted) await this.opts.scheduler.schedule(OUTBOX_SEND_JOB, { outboxId: id }, now, `outbox:${id}`, { tx });
      return { id, queued: inserted };
    });
  }

  /** The message with this key and how its delivery went. */
  /** Forgets the per-thread send history, e.g. after the clock was set back (tests move it). */
  resetThreadLimits(): void {
    this.limiter = new ThreadLimiter(this.opts.limits);
  }

  get(key: string): Promise<OutboxRow | null> {
    return this.repo.byKey(key);
  }

  /** Delivered messages whose key starts with `keyPrefix` (activity and conversation ids, to update them later). */
  sentActivities(keyPrefix: string): Promise<SentActivity[]> {
    return this.repo.sentActivities(keyPrefix);
  }

  /** How many messages failed for good since `since` (for the /status card). */
  failures(since: Date): Promise<number> {
    return this.repo.failures(since);
  }

  /** One delivery attempt of one row; runs as the `outbox.send` job. */
  private async deliver(outboxId: string): Promise<JobOutcome> {
    const row = await this.repo.get(outboxId);
    // Already delivered (a job re-run after a crash between send and bookkeeping finds it done) or given up.
    if (!row || row.status !== 'pending') return;
    const route = await this.route(row);
    if ('error' in route) {
      await this.giveUp(row, row.attempts, 400, route.error);
      return;
    }
    const wait = this.limiter.reserve(route.thread, this.opts.clock.now());
    if (wait) return { retryAt: wait, reason: `thread ${route.thread} is at its rate limit` };

    const result = await route.send();
    const now = this.opts.clock.now();
    if (result.ok) {
      const sent = await this.repo.markSent(row.id, { activityId: result.activityId, conversationId: result.conversationId, now, attempts: row.attempts });
      this.opts.log.info({ key: row.key, activityId: result.activityId, conversationId: result.conversationId }, 'proactive message sent');
      try {
        await this.opts.onSent?.(sent);
      } catch (err) {
        this.opts.log.error({ err, key: row.key }, 'onSent hook failed');
      }
      return;
    }

    const detail = `${result.status}${result.code ? ` ${result.code}` : ''}: ${result.detail}`;
    const target = row.target;
    // A person who blocked the bot or never installed it (or whom Teams does not know) is told in the channel instead.
    const canFallBack =
      target.kind === 'user' && !row.fellBack && !row.updateActivityId && !!target.fallbackConversationId &&
      (result.status === 403 || (result.status === 404 && result.code === 'UserUnknown'));
    if (canFallBack) {
      await this.repo.markFellBack(row.id, { status: result.status, error: detail });
      this.opts.log.warn({ key: row.key, userId: target.userId, detail }, 'personal chat refused; falling back to the channel');
      return { retryAt: now, reason: 'falling back to the channel' };
    }
    if (!RETRYABLE(result.status)) {
      await this.giveUp(row, row.attempts + 1, result.status, detail);
      return;
    }
    const attempts = row.attempts + 1;
    if (attempts >= this.maxAttempts) {
      await this.giveUp(row, attempts, result.status, detail);
      return;
    }
    await this.repo.markRetry(row.id, { attempts, status: result.status, error: detail });
    const retryAt = new Date(now.getTime() + this.delayMs(attempts, result.retryAfterSeconds));
    if (result.status === 429 && result.retryAfterSeconds !== undefined) this.limiter.pause(route.thread, retryAt);
    this.opts.log.warn({ key: row.key, attempts, retryAt, detail }, 'proactive send failed; will retry');
    return { retryAt, reason: detail };
  }

  /** Which conversation a row goes to and how; an update of a person's card needs the conversation it was sent in. */
  private async route(row: OutboxRow): Promise<{ thread: string; send: () => Promise<SendResult> } | { error: string }> {
    const { sender } = this.opts;
    const t = row.target;
    if (row.updateActivityId) {
      const activityId = row.updateActivityId;
      const conversationId = t.kind === 'conversation' ? t.conversationId : await this.repo.conversationOfActivity(activityId);
      if (!conversationId) return { error: `no known conversation for activity ${activityId}` };
      return { thread: conversationId, send: () => sender.update(conversationId, activityId, row.activity) };
    }
    if (t.kind === 'conversation') {
      return { thread: t.conversationId, send: () => sender.send({ kind: 'conversation', conversationId: t.conversationId }, row.activity) };
    }
    if (row.fellBack && t.fallbackConversationId) {
      const conversationId = t.fallbackConversationId;
      return {
        thread: conversationId,
        send: () => sender.send({ kind: 'conversation', conversationId, mention: { userId: t.userId, name: t.name } }, row.activity),
      };
    }
    // The personal chat's id may not be known before the send; the person stands for their one thread.
    return { thread: `user:${t.userId}`, send: () => sender.send({ kind: 'user', userId: t.userId }, row.activity) };
  }

  /** Exponential backoff with full jitter, but never sooner than Teams' `Retry-After`. */
  private delayMs(attempts: number, retryAfterSeconds?: number): number {
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** (attempts - 1));
    const jittered = Math.max(MIN_BACKOFF_MS, this.random() * ceiling);
    return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
  }

  private async giveUp(row: OutboxRow, attempts: number, status: number, error: string): Promise<void> {
    await this.repo.markFailed(row.id, { attempts, status, error, now: this.opts.clock.now() });
    this.opts.log.error({ key: row.key, attempts, status, error }, 'proactive message failed for good');
  }
}
