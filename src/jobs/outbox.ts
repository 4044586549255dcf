import type { OpaqueJson } from '../store/json';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { Database } from '../store/database';
import { OutboxRepository, OutboxRow, OutboxTarget, SentActivity, ThreadSendRepository, ThreadState, WAITING_FOR_CHANNEL, WAITING_FOR_TEAMS } from '../store/outbox';
import { exponentialBackoff } from '../domain/backoff';
import { OUTBOX_SEND_JOB } from './outboxSend';
import type { JobQueue } from './queue';
import type { JobOutcome } from './scheduler';

export { WAITING_FOR_CHANNEL, WAITING_FOR_TEAMS } from '../store/outbox';
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

/** The send result code when the bot knows no service URL yet: the message waits for its first conversation. */
export const SERVICE_URL_UNKNOWN = 'ServiceUrlUnknown';

/** Delivers messages to Teams; implemented by `TeamsSender` in `src/teams/proactive.ts`. */
export interface Sender {
  send(target: SendTarget, activity: OpaqueJson): Promise<SendResult>;
  update(conversationId: string, activityId: string, activity: OpaqueJson): Promise<SendResult>;
}

/** A message to send, once. */
export interface OutboxMessage {
  /** Unique per message: a second enqueue with the same key does nothing (never the same reminder twice). */
  key: string;
  target: OutboxTarget;
  activity: OpaqueJson;
  /** Update this earlier activity in place instead of sending a new message. */
  updateActivityId?: string;
  /** The person must be reached (a threat card); what it is about, e.g. 'case:<id>'. If they cannot be, others are told. */
  mustReach?: string;
}

/** Everything the outbox needs. */
export interface OutboxOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  queue: JobQueue;
  sender: Sender;
  /** Attempts at a throttled or failing send before it is given up; default: no limit but `retryHorizonMs`. */
  maxAttempts?: number;
  /**
   * How long a message is retried through an outage (429, 5xx, timeouts, refused connections) after it
   * was queued before it is given up; default 24 hours. Permanent refusals (403, 404, 400) end at once.
   */
  retryHorizonMs?: number;
  /** Called after a message is delivered, e.g. to remember its activity id; its failure is logged only. */
  onSent?: (row: OutboxRow) => Promise<void> | void;
  /** Backoff before retry n is a random delay up to min(capMs, baseMs·2^(n-1)), at least 1 s; default cap 5 minutes. */
  backoff?: { baseMs?: number; capMs?: number };
  /** Random numbers in [0, 1) for the jitter; injectable so tests can pin it. */
  random?: () => number;
  /** Per-thread limits; default Teams' published ones. */
  limits?: readonly ThreadLimit[];
  /** The SAV channel's conversation id when known, for `{ kind: 'channel' }` targets and fallbacks. */
  channel?: () => Promise<string | null>;
  /** Told when a personal message cannot reach its person, and when one does. */
  reachability?: Reachability;
}

/** At most `count` messages in any `windowMs`. */
export interface ThreadLimit {
  count: number;
  windowMs: number;
}

/** Teams' limits per bot per conversation thread. */
const TEAMS_THREAD_LIMITS: readonly ThreadLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1800, windowMs: 3_600_000 },
];

/**
 * Takes a slot for a send at `now` in a thread with these recent sends, or says when the thread has room
 * again. Pure: the caller keeps the state (in the database, shared by instances).
 */
function reserveSlot(state: ThreadState, now: number, limits: readonly ThreadLimit[]): { state: ThreadState; result: number | null } {
  const longestMs = Math.max(...limits.map((l) => l.windowMs));
  // Sends stamped after `now` mean the clock went back (or a test moved it): they no longer count.
  const times = state.sent.filter((x) => x > now - longestMs && x <= now).sort((a, b) => a - b);
  let at = state.pausedUntil > now ? state.pausedUntil : 0;
  for (const { count, windowMs } of limits) {
    const inWindow = times.filter((x) => x > now - windowMs);
    // The window has room again once its oldest send that keeps it full has left it.
    if (inWindow.length >= count) at = Math.max(at, inWindow[inWindow.length - count] + windowMs);
  }
  if (at > now) return { state: { sent: times, pausedUntil: state.pausedUntil }, result: at };
  return { state: { sent: [...times, now], pausedUntil: 0 }, result: null };
}

/**
 * Keeps each conversation under Teams' per-thread limits by telling a send when it may go. The history is
 * a table, so instances sharing one PostgreSQL count each other's sends; replies the bot sends outside
 * the outbox are not counted, which the 429 handling (with `Retry-After`) covers.
 */
class ThreadLimiter {
  constructor(
    private readonly repo: ThreadSendRepository,
    private readonly limits: readonly ThreadLimit[] = TEAMS_THREAD_LIMITS,
  ) {}

  /** Takes a slot for a send at `now` and returns null, or returns when the thread has room again. */
  async reserve(thread: string, now: Date): Promise<Date | null> {
    const at = await this.repo.update(thread, (state) => reserveSlot(state, now.getTime(), this.limits));
    return at === null ? null : new Date(at);
  }

  /** Holds every send to the thread until `until` (Teams said 429 with `Retry-After`). */
  async pause(thread: string, until: Date): Promise<void> {
    await this.repo.update(thread, (state) => ({ state: { ...state, pausedUntil: Math.max(state.pausedUntil, until.getTime()) }, result: undefined }));
  }
}


// An outage: no answer, throttling, the service failing, or our token refused (Entra trouble, or a secret
// being rotated). Everything else (400, 403, 404) is a refusal that asking again will not change.
const RETRYABLE = (status: number) => status === 0 || status === 401 || status === 412 || status === 429 || status >= 500;
const MIN_BACKOFF_MS = 1_000;

/** How a send to a person failed, as the outbox tells `Reachability`. */
export interface SendFailure {
  status: number;
  code?: string;
  detail: string;
}

/**
 * What happens when a personal message cannot reach its person: implemented in the Teams layer (it
 * records them for /status and, for a message that must reach, writes the alerts).
 */
export interface Reachability {
  /** The personal chat refused or failed for good; returns the messages to send about it (none for most). */
  unreachable(row: OutboxRow, failure: SendFailure): Promise<OutboxMessage[]>;
  /** A personal message reached the person. */
  reached(userId: string): Promise<void>;
  /** A message was given up for good; returns the messages that tell people about it. */
  gaveUp(row: OutboxRow, failure: SendFailure): Promise<OutboxMessage[]>;
}

/**
 * Proactive messages through an outbox table: each message is a row with a unique key and a durable
 * `outbox.send` job, so it survives restarts, is retried when Teams throttles or fails, and is never sent
 * twice for one key. Sends are paced per conversation to stay under Teams' thread limits. A message for a
 * conversation the bot does not know yet (the SAV channel before the bot is in the team) waits, and goes
 * out in order once it is known.
 */
export class Outbox {
  private readonly repo: OutboxRepository;
  private readonly threads: ThreadSendRepository;
  private readonly limiter: ThreadLimiter;
  private readonly maxAttempts: number;
  private readonly horizonMs: number;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly random: () => number;

  constructor(private readonly opts: OutboxOptions) {
    this.repo = new OutboxRepository(opts.db);
    this.threads = new ThreadSendRepository(opts.db);
    this.limiter = new ThreadLimiter(this.threads, opts.limits);
    this.maxAttempts = opts.maxAttempts ?? Number.POSITIVE_INFINITY;
    this.horizonMs = opts.retryHorizonMs ?? 24 * 3_600_000;
    this.baseMs = opts.backoff?.baseMs ?? 2_000;
    this.capMs = opts.backoff?.capMs ?? 300_000;
    this.random = opts.random ?? Math.random;
  }

  /**
   * Queues a message; `queued` is false when one with the same key exists (it is not sent again). The row
   * and its send job are written in one transaction, so a crash cannot leave a message without its job.
   */
  async enqueue(m: OutboxMessage): Promise<{ id: string; queued: boolean }> {
    const now = this.opts.clock.now();
    return this.opts.db.transaction(async (tx) => {
      const { id, inserted } = await this.repo.insert(tx, { ...m, now });
      if (inserted) await this.opts.queue.schedule(OUTBOX_SEND_JOB, { outboxId: id }, now, `outbox:${id}`, { tx });
      return { id, queued: inserted };
    });
  }

  /**
   * Sends, oldest first, the messages that waited for these conversations (or for the SAV channel, with
   * `WAITING_FOR_CHANNEL`): call when a conversation becomes known. Returns how many were released.
   */
  async release(waitingFor: string[]): Promise<number> {
    if (waitingFor.length === 0) return 0;
    const now = this.opts.clock.now();
    const ids = await this.opts.db.transaction(async (tx) => {
      const released = await this.repo.release(tx, waitingFor);
      // Jobs due at the same instant run in the order they were scheduled: the messages keep theirs.
      for (const id of released) await this.opts.queue.schedule(OUTBOX_SEND_JOB, { outboxId: id }, now, `outbox:${id}:${randomUUID()}`, { tx });
      return released;
    });
    if (ids.length > 0) this.opts.log.info({ released: ids.length, waitingFor }, 'waiting messages released');
    return ids.length;
  }

  /** Forgets the per-thread send history, e.g. after the clock was set back (tests move it). */
  async resetThreadLimits(): Promise<void> {
    await this.threads.clear();
  }

  /** The message with this key and how its delivery went. */
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

  /** Retention: empties the content of old delivered messages and drops very old rows (see the repository). */
  purge(before: Date, dropBefore: Date): Promise<{ emptied: number; dropped: number }> {
    return this.repo.purge(before, dropBefore);
  }

  /** Messages still pending that were queued before `before`: the outbox is not draining. */
  stuck(before: Date): Promise<{ count: number; oldest: Date | null }> {
    return this.repo.stuck(before);
  }

  /** How many messages wait for a conversation to become known (for the /status card). */
  waiting(): Promise<number> {
    return this.repo.waiting();
  }

  /** One delivery attempt of one row; runs as the `outbox.send` job. */
  /** Sends one queued message (the `outbox.send` job). */
  async deliver(outboxId: string): Promise<JobOutcome> {
    const row = await this.repo.get(outboxId);
    // Already delivered (a job re-run after a crash between send and bookkeeping finds it done), given up, or waiting.
    if (!row || row.status !== 'pending') return;
    const route = await this.route(row);
    if ('waitFor' in route) {
      await this.park(row, route.waitFor, 'the SAV channel is not known yet: add the bot to the SAV team');
      return;
    }
    if ('error' in route) {
      await this.giveUp(row, row.attempts, 400, route.error);
      return;
    }
    const wait = await this.limiter.reserve(route.thread, this.opts.clock.now());
    if (wait) return { retryAt: wait, reason: `thread ${route.thread} is at its rate limit` };

    const result = await route.send();
    const now = this.opts.clock.now();
    const target = row.target;
    if (result.ok) {
      const sent = await this.repo.markSent(row.id, { activityId: result.activityId, conversationId: result.conversationId, now, attempts: row.attempts });
      this.opts.log.info({ key: row.key, activityId: result.activityId, conversationId: result.conversationId }, 'proactive message sent');
      try {
        if (target.kind === 'user' && !row.fellBack && !row.updateActivityId) await this.opts.reachability?.reached(target.userId);
        await this.opts.onSent?.(sent);
      } catch (err) {
        this.opts.log.error({ err, key: row.key }, 'onSent hook failed');
      }
      // A send that went through after failing means Teams is back: the others stop waiting out their backoff.
      if (row.attempts > 0) await this.catchUp(now);
      return;
    }

    const detail = `${result.status}${result.code ? ` ${result.code}` : ''}: ${result.detail}`;
    // A conversation we hold no reference for (pruned, or not met yet): wait for it rather than give up.
    if (result.code === 'ConversationUnknown' && route.conversationId) {
      await this.park(row, route.conversationId, detail);
      return;
    }
    // No conversation at all yet, so no service URL to open a chat with: wait for the first one.
    if (result.code === SERVICE_URL_UNKNOWN) {
      await this.park(row, WAITING_FOR_TEAMS, detail);
      return;
    }
    const personal = target.kind === 'user' && !row.fellBack && !row.updateActivityId;
    const refused = result.status === 403 || result.status === 404;
    // A person who blocked the bot, never got the app, left the team (or whom Teams does not know) is told in the channel instead.
    if (personal && refused && (target.fallback === 'channel' || !!target.fallbackConversationId)) {
      await this.repo.markFellBack(row.id, { status: result.status, error: detail });
      this.opts.log.warn({ key: row.key, userId: target.userId, detail }, 'personal chat refused; falling back to the channel');
      await this.tellUnreachable(row, { status: result.status, code: result.code, detail });
      return { retryAt: now, reason: 'falling back to the channel' };
    }
    if (!RETRYABLE(result.status)) {
      await this.giveUp(row, row.attempts + 1, result.status, detail, result.code);
      return;
    }
    const attempts = row.attempts + 1;
    if (attempts >= this.maxAttempts || now.getTime() - row.createdAt.getTime() >= this.horizonMs) {
      await this.giveUp(row, attempts, result.status, detail, result.code);
      return;
    }
    await this.repo.markRetry(row.id, { attempts, status: result.status, error: detail });
    const retryAt = new Date(now.getTime() + this.delayMs(attempts, result.retryAfterSeconds));
    // The whole conversation waits out Teams' Retry-After (not this message's longer backoff).
    if (result.status === 429 && result.retryAfterSeconds !== undefined) await this.limiter.pause(route.thread, new Date(now.getTime() + result.retryAfterSeconds * 1000));
    this.opts.log.warn({ key: row.key, attempts, retryAt, detail }, 'proactive send failed; will retry');
    return { retryAt, reason: detail };
  }

  /**
   * Which conversation a row goes to and how; an update of a person's card needs the conversation it was
   * sent in. `waitFor` when the SAV channel is not known yet.
   */
  private async route(
    row: OutboxRow,
  ): Promise<{ thread: string; conversationId?: string; send: () => Promise<SendResult> } | { waitFor: string } | { error: string }> {
    const { sender } = this.opts;
    const t = row.target;
    const channel = async () => (await this.opts.channel?.()) ?? null;
    if (row.updateActivityId) {
      const activityId = row.updateActivityId;
      const conversationId = t.kind === 'conversation' ? t.conversationId : await this.repo.conversationOfActivity(activityId);
      if (!conversationId) return { error: `no known conversation for activity ${activityId}` };
      return { thread: conversationId, conversationId, send: () => sender.update(conversationId, activityId, row.activity) };
    }
    const toConversation = (conversationId: string, mention?: { userId: string; name?: string }) => ({
      thread: conversationId,
      conversationId,
      send: () => sender.send({ kind: 'conversation', conversationId, mention }, row.activity),
    });
    if (t.kind === 'conversation') return toConversation(t.conversationId);
    if (t.kind === 'channel') {
      const id = await channel();
      return id ? toConversation(id) : { waitFor: WAITING_FOR_CHANNEL };
    }
    if (row.fellBack) {
      const id = t.fallbackConversationId ?? (t.fallback === 'channel' ? await channel() : null);
      if (!id) return { waitFor: WAITING_FOR_CHANNEL };
      return toConversation(id, { userId: t.userId, name: t.name });
    }
    // The personal chat's id may not be known before the send; the person stands for their one thread.
    return { thread: `user:${t.userId}`, send: () => sender.send({ kind: 'user', userId: t.userId }, row.activity) };
  }

  /** Exponential backoff with full jitter, but never sooner than Teams' `Retry-After`. */
  private delayMs(attempts: number, retryAfterSeconds?: number): number {
    const ceiling = exponentialBackoff(attempts, { base: this.baseMs, cap: this.capMs });
    const jittered = Math.max(MIN_BACKOFF_MS, this.random() * ceiling);
    return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
  }

  private async park(row: OutboxRow, waitFor: string, detail: string): Promise<void> {
    await this.repo.park(row.id, waitFor, detail);
    this.opts.log.warn({ key: row.key, waitingFor: waitFor, detail }, 'message waits until its conversation is known');
  }

  private async giveUp(row: OutboxRow, attempts: number, status: number, error: string, code?: string): Promise<void> {
    await this.repo.markFailed(row.id, { attempts, status, error, now: this.opts.clock.now() });
    this.opts.log.error({ key: row.key, attempts, status, error }, 'proactive message failed for good');
    const failure = { status, code, detail: error };
    if (row.target.kind === 'user' && !row.updateActivityId) await this.tellUnreachable(row, failure);
    // Never only logged: the superadmins are told what was lost.
    for (const m of (await this.opts.reachability?.gaveUp({ ...row, attempts }, failure)) ?? []) await this.enqueue(m);
  }

  /** Pulls the sends that are backing off after failures forward to now; the thread limits still pace them. */
  private async catchUp(now: Date): Promise<void> {
    const moved = await this.repo.pullForward(now);
    if (moved > 0) this.opts.log.info({ moved }, 'Teams answers again: retrying the waiting sends now');
  }

  /** Records the person as unreachable and sends whatever `Reachability` says must be sent about it. */
  private async tellUnreachable(row: OutboxRow, failure: SendFailure): Promise<void> {
    const messages = (await this.opts.reachability?.unreachable(row, failure)) ?? [];
    for (const m of messages) await this.enqueue(m);
  }
}
