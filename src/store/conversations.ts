import type { OpaqueJson } from './json';
import { Clock, systemClock } from '../domain/clock';
import type { Database } from './database';

/** A conversation the bot is in, with what it takes to write there later. */
export interface StoredConversation {
  id: string;
  conversationType: string;
  teamId: string | null;
  channelId: string | null;
  reference: OpaqueJson;
}

const UPSERT = `insert into conversations (id, conversation_type, team_id, channel_id, reference, updated_at)
  values ($1, $2, $3, $4, $5, $6)
  on conflict (id) do update set conversation_type = excluded.conversation_type, team_id = coalesce(excluded.team_id, conversations.team_id),
    channel_id = coalesce(excluded.channel_id, conversations.channel_id), reference = excluded.reference, updated_at = excluded.updated_at`;

/** Conversation references (for proactive messages) and the schedule cards posted in them. */
export class ConversationRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Saves or refreshes the reference of a conversation. */
  async save(c: StoredConversation): Promise<void> {
    await this.db.query(UPSERT, [c.id, c.conversationType, c.teamId, c.channelId, JSON.stringify(c.reference), this.clock.now()]);
  }

  /**
   * What every activity records before it is handled, in one round trip: its conversation's reference
   * (as `save`) and, for an `activityKey`, that the activity is being handled (Teams retries a slow reply
   * with the same id). Says whether this is the activity's first time, and whether messages wait for any
   * of `waitingFor` (so that releasing them costs nothing when none do).
   */
  async saveOnTurn(c: StoredConversation, activityKey: string | null, waitingFor: string[]): Promise<{ firstTime: boolean; waiting: boolean }> {
    const rows = await this.db.query<{ first_time: boolean; waiting: boolean }>(
      `with saved as (${UPSERT} returning 1),
            handled as (insert into handled_activities (id, handled_at) select $7, $6 where $7::text is not null on conflict do nothing returning 1)
       select $7::text is null or exists (select 1 from handled) as first_time,
              exists (select 1 from outbox where status = 'waiting' and waiting_for = any($8::text[])) as waiting`,
      [c.id, c.conversationType, c.teamId, c.channelId, JSON.stringify(c.reference), this.clock.now(), activityKey, waitingFor],
    );
    return { firstTime: rows[0].first_time, waiting: rows[0].waiting };
  }

  async get(id: string): Promise<StoredConversation | null> {
    const rows = await this.db.query<{ id: string; conversation_type: string; team_id: string | null; channel_id: string | null; reference: OpaqueJson }>(
      'select * from conversations where id = $1',
      [id],
    );
    const r = rows[0];
    return r ? { id: r.id, conversationType: r.conversation_type, teamId: r.team_id, channelId: r.channel_id, reference: r.reference } : null;
  }

  /** Remembers the schedule card just posted in a conversation; it replaces the one before. */
  async saveScheduleCard(conversationId: string, activityId: string, locale: string): Promise<void> {
    await this.db.query(
      `insert into schedule_cards (conversation_id, activity_id, locale, posted_at) values ($1, $2, $3, $4)
       on conflict (conversation_id) do update set activity_id = excluded.activity_id, locale = excluded.locale, posted_at = excluded.posted_at`,
      [conversationId, activityId, locale, this.clock.now()],
    );
  }

  /** The schedule cards to keep current, with their conversations. */
  async scheduleCards(): Promise<{ activityId: string; locale: string; conversation: StoredConversation }[]> {
    const rows = await this.db.query<{ conversation_id: string; activity_id: string; locale: string }>(
      'select conversation_id, activity_id, locale from schedule_cards order by posted_at',
    );
    const out = [];
    for (const r of rows) {
      const conversation = await this.get(r.conversation_id);
      if (conversation) out.push({ activityId: r.activity_id, locale: r.locale, conversation });
    }
    return out;
  }

  /** The newest stored conversation of a team (a channel), to act in the team from outside a turn. */
  async ofTeam(teamId: string): Promise<StoredConversation | null> {
    const rows = await this.db.query<{ id: string }>('select id from conversations where team_id = $1 order by updated_at desc limit 1', [teamId]);
    return rows[0] ? this.get(rows[0].id) : null;
  }

  /** Forgets every conversation of a team the bot was removed from, and their schedule cards. */
  async forgetTeam(teamId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>('delete from conversations where team_id = $1 returning id', [teamId]);
    const ids = rows.map((r) => r.id);
    if (ids.length > 0) await this.db.query('delete from schedule_cards where conversation_id = any($1)', [ids]);
    return ids;
  }

  /** Forgets one conversation (the bot was removed from a chat). */
  async forget(id: string): Promise<void> {
    await this.db.query('delete from conversations where id = $1', [id]);
    await this.db.query('delete from schedule_cards where conversation_id = $1', [id]);
  }

  /** Forgets the personal chats with these people (Entra object ids): they left the SAV team. */
  async forgetPersonalChats(aadObjectIds: string[]): Promise<number> {
    if (aadObjectIds.length === 0) return 0;
    const rows = await this.db.query(
      `delete from conversations where conversation_type = 'personal' and reference->'user'->>'aadObjectId' = any($1) returning id`,
      [aadObjectIds],
    );
    return rows.length;
  }
}
