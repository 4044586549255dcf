import type { OpaqueJson } from './json';
import type { Database, Sql } from './database';
import { keyHasPrefix } from './keys';

/**
 * Where a proactive message goes: a conversation the bot is in, the SAV channel (whichever it is when the
 * message goes out; the message waits while none is known), or a person's personal chat.
 */
export type OutboxTarget =
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'channel' }
  | {
      kind: 'user';
      /** Entra object id. */
      userId: string;
      /** Display name for the @mention when the message falls back to the channel. */
      name?: string;
      /** Post in the SAV channel, mentioning the person, when the personal chat refuses the message. */
      fallback?: 'channel';
      /** The same with a fixed channel (rows written before `fallback` existed). */
      fallbackConversationId?: string;
    };

/** What a row waits for: the SAV channel, or a conversation whose reference is not stored yet. */
export const WAITING_FOR_CHANNEL = 'sav-channel';
/** What a row waits for when the bot has been in no conversation yet (no service URL to open a chat with). */
export const WAITING_FOR_TEAMS = 'teams';

/** One proactive message and how its delivery went. */
export interface OutboxRow {
  id: string;
  key: string;
  target: OutboxTarget;
  activity: OpaqueJson;
  updateActivityId: string | null;
  /** 'waiting': its conversation is not known yet (see `waitingFor`); it goes out once it is. */
  status: 'pending' | 'waiting' | 'sent' | 'failed';
  attempts: number;
  fellBack: boolean;
  /** Set (to what it is about, e.g. 'case:<id>') when it must reach its person: if it cannot, others are told. */
  mustReach: string | null;
  waitingFor: string | null;
  activityId: string | null;
  conversationId: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
}

/** A delivered message: what it takes to update it in place later. */
export interface SentActivity {
  key: string;
  activityId: string;
  conversationId: string;
  sentAt: Date;
}

interface Row {
  id: string;
  key: string;
  target: OutboxTarget;
  activity: OpaqueJson;
  update_activity_id: string | null;
  status: OutboxRow['status'];
  attempts: number;
  fell_back: boolean;
  must_reach: string | null;
  waiting_for: string | null;
  activity_id: string | null;
  conversation_id: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
}

const toOutboxRow = (r: Row): OutboxRow => ({
  id: r.id,
  key: r.key,
  target: r.target,
  activity: r.activity,
  updateActivityId: r.update_activity_id,
  status: r.status,
  attempts: r.attempts,
  fellBack: r.fell_back,
  mustReach: r.must_reach,
  waitingFor: r.waiting_for,
  activityId: r.activity_id,
  conversationId: r.conversation_id,
  lastStatus: r.last_status,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  failedAt: r.failed_at,
});

/** The outbox table: one row per proactive message, unique by key. */
export class OutboxRepository {
  constructor(private readonly db: Database) {}

  /** Adds a message unless one with the same key exists; returns the row's id either way. */
  async insert(
    tx: Sql,
    m: { key: string; target: OutboxTarget; activity: OpaqueJson; updateActivityId?: string; mustReach?: string; now: Date },
  ): Promise<{ id: string; inserted: boolean }> {
    const rows = await tx.query<{ id: string }>(
      `insert into outbox (key, target, activity, update_activity_id, must_reach, created_at) values ($1, $2::jsonb, $3::jsonb, $4, $5, $6)
       on conflict (key) do nothing returning id`,
      [m.key, JSON.stringify(m.target), JSON.stringify(m.activity), m.updateActivityId ?? null, m.mustReach ?? null, m.now],
    );
    if (rows[0]) return { id: rows[0].id, inserted: true };
    const existing = await tx.query<{ id: string }>('select id from outbox where key = $1', [m.key]);
    return { id: existing[0].id, inserted: false };
  }

  /** The row with this id, or null. */
  async get(id: string): Promise<OutboxRow | null> {
    const rows = await this.db.query<Row>('select * from outbox where id = $1', [id]);
    return rows[0] ? toOutboxRow(rows[0]) : null;
  }

  /** The row with this key, or null. */
  async byKey(key: string): Promise<OutboxRow | null> {
    const rows = await this.db.query<Row>('select * from outbox where key = $1', [key]);
    return rows[0] ? toOutboxRow(rows[0]) : null;
  }

  /** Records where the message landed. */
  async markSent(id: string, s: { activityId: string; conversationId: string; now: Date; attempts: number }): Promise<OutboxRow> {
    const rows = await this.db.query<Row>(
      `update outbox set status = 'sent', activity_id = $2, conversation_id = $3, sent_at = $4, attempts = $5 where id = $1 returning *`,
      [id, s.activityId, s.conversationId, s.now, s.attempts],
    );
    return toOutboxRow(rows[0]);
  }

  /** Records a failed attempt that will be retried. */
  async markRetry(id: string, f: { attempts: number; status: number; error: string }): Promise<void> {
    await this.db.query('update outbox set attempts = $2, last_status = $3, last_error = $4 where id = $1', [id, f.attempts, f.status, f.error]);
  }

  /** From now on the message goes to the fallback channel. */
  async markFellBack(id: string, f: { status: number; error: string }): Promise<void> {
    await this.db.query('update outbox set fell_back = true, last_status = $2, last_error = $3 where id = $1', [id, f.status, f.error]);
  }

  /** The message waits until `waitingFor` (a conversation, or the SAV channel) is known. */
  async park(id: string, waitingFor: string, detail: string): Promise<void> {
    await this.db.query(`update outbox set status = 'waiting', waiting_for = $2, last_error = $3 where id = $1 and status = 'pending'`, [id, waitingFor, detail]);
  }

  /**
   * Makes the rows waiting for any of `waitingFor` pending again and returns their ids, oldest first. The
   * row locks make two instances releasing at once each take different rows.
   */
  async release(tx: Sql, waitingFor: string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `select id from outbox where status = 'waiting' and waiting_for = any($1) order by created_at, key for update skip locked`,
      [waitingFor],
    );
    if (rows.length === 0) return [];
    await tx.query(`update outbox set status = 'pending', waiting_for = null where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
    return rows.map((r) => r.id);
  }

  /**
   * Makes the send jobs of messages that failed before (and are backing off) due now; a thread paused by
   * a 429 still holds them until its `Retry-After` (the limiter). Returns how many.
   */
  async pullForward(now: Date): Promise<number> {
    const rows = await this.db.query(
      `update jobs set run_at = $1 where kind = 'outbox.send' and status = 'pending' and run_at > $1
         and (payload->>'outboxId')::uuid in (select id from outbox where status = 'pending' and attempts > 0)
       returning id`,
      [now],
    );
    return rows.length;
  }

  /**
   * Retention: the content of messages delivered or given up before `before` (cards carry comment text
   * and names) is emptied, keeping where they went for updates; rows older than `dropBefore` go. Returns
   * how many rows were emptied and dropped.
   */
  async purge(before: Date, dropBefore: Date): Promise<{ emptied: number; dropped: number }> {
    const emptied = await this.db.query(
      `update outbox set activity = '{}'::jsonb where status in ('sent', 'failed') and coalesce(sent_at, failed_at, created_at) < $1 and activity <> '{}'::jsonb returning id`,
      [before],
    );
    const dropped = await this.db.query(`delete from outbox where status in ('sent', 'failed') and coalesce(sent_at, failed_at, created_at) < $1 returning id`, [dropBefore]);
    // Thread histories nobody has sent to for a day.
    await this.db.query(`delete from thread_sends where coalesce(paused_until, 'epoch') < $1 and not exists (select 1 from jsonb_array_elements_text(sent) e where e::numeric > $2)`, [
      before,
      before.getTime(),
    ]);
    return { emptied: emptied.length, dropped: dropped.length };
  }

  /** Messages still pending (not waiting for a conversation) that were queued before `before`. */
  async stuck(before: Date): Promise<{ count: number; oldest: Date | null }> {
    const rows = await this.db.query<{ n: number; oldest: Date | null }>(
      `select count(*)::int as n, min(created_at) as oldest from outbox where status = 'pending' and created_at < $1`,
      [before],
    );
    return { count: rows[0].n, oldest: rows[0].oldest };
  }

  /** How many messages wait for a conversation to become known. */
  async waiting(): Promise<number> {
    const rows = await this.db.query<{ n: number }>(`select count(*)::int as n from outbox where status = 'waiting'`);
    return rows[0].n;
  }

  /** The message will not be sent. */
  async markFailed(id: string, f: { attempts: number; status: number; error: string; now: Date }): Promise<void> {
    await this.db.query(
      `update outbox set status = 'failed', attempts = $2, last_status = $3, last_error = $4, failed_at = $5 where id = $1`,
      [id, f.attempts, f.status, f.error, f.now],
    );
  }

  /** Delivered messages whose key starts with `keyPrefix`, oldest first. */
  async sentActivities(keyPrefix: string): Promise<SentActivity[]> {
    const rows = await this.db.query<{ key: string; activity_id: string; conversation_id: string; sent_at: Date }>(
      `select key, activity_id, conversation_id, sent_at from outbox where ${keyHasPrefix('key', '$1')} and status = 'sent' order by sent_at, key`,
      [keyPrefix],
    );
    return rows.map((r) => ({ key: r.key, activityId: r.activity_id, conversationId: r.conversation_id, sentAt: r.sent_at }));
  }

  /** How many messages failed for good since `since`. */
  async failures(since: Date): Promise<number> {
    const rows = await this.db.query<{ n: number }>(`select count(*)::int as n from outbox where status = 'failed' and failed_at >= $1`, [since]);
    return rows[0].n;
  }

  /** The conversation a sent activity is in (for updating it when the target was a person). */
  async conversationOfActivity(activityId: string): Promise<string | null> {
    const rows = await this.db.query<{ conversation_id: string }>(
      `select conversation_id from outbox where activity_id = $1 and conversation_id is not null order by sent_at desc limit 1`,
      [activityId],
    );
    return rows[0]?.conversation_id ?? null;
  }
}

/**
 * Who a person is in Teams, from the team roster and the conversation references the bot has stored:
 * their personal chat with the bot, their Teams user id (29:…), and a service URL and tenant to open a
 * chat with.
 */
export class RecipientRepository {
  constructor(private readonly db: Database) {}

  /** The newest personal chat reference with the person (Entra object id), if the bot has one. */
  async personalChat(userId: string): Promise<OpaqueJson | null> {
    const rows = await this.db.query<{ reference: OpaqueJson }>(
      `select reference from conversations where conversation_type = 'personal' and reference->'user'->>'aadObjectId' = $1
       order by updated_at desc limit 1`,
      [userId],
    );
    return rows[0]?.reference ?? null;
  }

  /** The person's Teams user id: from the roster of a team they are in, else from any reference in which they were the user. */
  async teamsIdOf(userId: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }>(
      `(select teams_id as id, 0 as rank, joined_at as at from team_members where aad_object_id = $1 and left_at is null)
       union all
       (select reference->'user'->>'id', 1, updated_at from conversations where reference->'user'->>'aadObjectId' = $1 and reference->'user'->>'id' is not null)
       order by rank, at desc limit 1`,
      [userId],
    );
    return rows[0]?.id ?? null;
  }

  /** True when the person was in a team's roster and is in none now: they left the SAV team. */
  async hasLeft(userId: string): Promise<boolean> {
    const rows = await this.db.query<{ left: boolean }>(
      `select bool_and(left_at is not null) as left from team_members where aad_object_id = $1`,
      [userId],
    );
    return rows[0]?.left === true;
  }

  /** Any stored reference in Teams, of `tenantId` when given: its service URL and tenant are those to open new chats with. */
  async anyReference(tenantId?: string): Promise<OpaqueJson | null> {
    const rows = await this.db.query<{ reference: OpaqueJson }>(
      `select reference from conversations where reference->>'serviceUrl' is not null
       order by (reference->'conversation'->>'tenantId' is not distinct from $1) desc, updated_at desc limit 1`,
      [tenantId ?? null],
    );
    return rows[0]?.reference ?? null;
  }

  /** The person's display name as last seen, or as the roster gives it, for an @mention. */
  async nameOf(userId: string): Promise<string | null> {
    const rows = await this.db.query<{ name: string }>(
      `(select name, 0 as rank from people where user_id = $1 and name <> '')
       union all (select name, 1 from team_members where aad_object_id = $1 and name <> '')
       order by rank limit 1`,
      [userId],
    );
    return rows[0]?.name ?? null;
  }
}

/** Recent sends and a 429 pause of one conversation thread, shared by every instance. */
export interface ThreadState {
  /** Send times, epoch ms, oldest first. */
  sent: number[];
  /** Epoch ms until which Teams asked us to wait; 0 when it did not. */
  pausedUntil: number;
}

/** The per-thread send history behind Teams' rate limits, in the database so instances share it. */
export class ThreadSendRepository {
  constructor(private readonly db: Database) {}

  /**
   * Runs `decide` on the thread's state under a row lock and stores what it returns: instances sharing
   * one PostgreSQL take turns on a thread, so together they stay under its limits.
   */
  async update<T>(thread: string, decide: (state: ThreadState) => { state: ThreadState; result: T }): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query('insert into thread_sends (thread) values ($1) on conflict (thread) do nothing', [thread]);
      const [row] = await tx.query<{ sent: number[]; paused_until: Date | null }>('select sent, paused_until from thread_sends where thread = $1 for update', [thread]);
      const { state, result } = decide({ sent: row.sent, pausedUntil: row.paused_until?.getTime() ?? 0 });
      await tx.query('update thread_sends set sent = $2::jsonb, paused_until = $3 where thread = $1', [
        thread,
        JSON.stringify(state.sent),
        state.pausedUntil > 0 ? new Date(state.pausedUntil) : null,
      ]);
      return result;
    });
  }

  /** Forgets every thread's history. */
  async clear(): Promise<void> {
    await this.db.query('delete from thread_sends');
  }
}
