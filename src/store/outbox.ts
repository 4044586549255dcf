import type { Activity, ConversationReference } from 'botbuilder';
import type { Database, Sql } from './database';

/** Where a proactive message goes: a conversation the bot is in, or a person's personal chat. */
export type OutboxTarget =
  | { kind: 'conversation'; conversationId: string }
  | {
      kind: 'user';
      /** Entra object id. */
      userId: string;
      /** Display name for the @mention when the message falls back to the channel. */
      name?: string;
      /** The channel to post in, mentioning the person, when the personal chat refuses the message. */
      fallbackConversationId?: string;
    };

/** One proactive message and how its delivery went. */
export interface OutboxRow {
  id: string;
  key: string;
  target: OutboxTarget;
  activity: Partial<Activity>;
  updateActivityId: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  fellBack: boolean;
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
  activity: Partial<Activity>;
  update_activity_id: string | null;
  status: OutboxRow['status'];
  attempts: number;
  fell_back: boolean;
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
    m: { key: string; target: OutboxTarget; activity: Partial<Activity>; updateActivityId?: string; now: Date },
  ): Promise<{ id: string; inserted: boolean }> {
    const rows = await tx.query<{ id: string }>(
      `insert into outbox (key, target, activity, update_activity_id, created_at) values ($1, $2::jsonb, $3::jsonb, $4, $5)
       on conflict (key) do nothing returning id`,
      [m.key, JSON.stringify(m.target), JSON.stringify(m.activity), m.updateActivityId ?? null, m.now],
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
      `select key, activity_id, conversation_id, sent_at from outbox where status = 'sent' and starts_with(key, $1) order by sent_at, key`,
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
 * Who a person is in Teams, from the conversation references the bot has stored: their personal chat
 * with the bot, their Teams user id (29:…), and a service URL and tenant to open a chat with.
 */
export class RecipientRepository {
  constructor(private readonly db: Database) {}

  /** The newest personal chat reference with the person (Entra object id), if the bot has one. */
  async personalChat(userId: string): Promise<Partial<ConversationReference> | null> {
    const rows = await this.db.query<{ reference: Partial<ConversationReference> }>(
      `select reference from conversations where conversation_type = 'personal' and reference->'user'->>'aadObjectId' = $1
       order by updated_at desc limit 1`,
      [userId],
    );
    return rows[0]?.reference ?? null;
  }

  /** The person's Teams user id, from any stored reference in which they were the user. */
  async teamsIdOf(userId: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }>(
      `select reference->'user'->>'id' as id from conversations
       where reference->'user'->>'aadObjectId' = $1 and reference->'user'->>'id' is not null order by updated_at desc limit 1`,
      [userId],
    );
    return rows[0]?.id ?? null;
  }

  /** Any stored reference in Teams: its service URL and tenant are those to open new chats with. */
  async anyReference(): Promise<Partial<ConversationReference> | null> {
    const rows = await this.db.query<{ reference: Partial<ConversationReference> }>(
      `select reference from conversations where reference->>'serviceUrl' is not null order by updated_at desc limit 1`,
    );
    return rows[0]?.reference ?? null;
  }

  /** The person's display name as last seen, for an @mention. */
  async nameOf(userId: string): Promise<string | null> {
    const rows = await this.db.query<{ name: string }>('select name from people where user_id = $1', [userId]);
    return rows[0]?.name ?? null;
  }
}
