import type { Absence } from '../domain/absence';
import type { LocalDate } from '../domain/calendar';
import type { Database } from './database';
import { fromRow } from './rows';

/** A saved answer template (superadmins keep them; Svara offers them). */
export interface SavedReply {
  id: string;
  title: string;
  body: string;
  position: number;
}

/** Editors' away periods and their substitutes. */
export class AbsenceRepository {
  constructor(private readonly db: Database) {}

  /**
   * Stores a period; the person's periods that overlap it are replaced (removed) in the same transaction.
   * Returns the stored period and how many were replaced.
   */
  async set(a: Omit<Absence, 'id'>, by: { id: string; name: string }, at: Date): Promise<{ absence: Absence; replaced: number }> {
    return this.db.transaction(async (tx) => {
      const gone = await tx.query('delete from absences where user_id = $1 and from_day <= $3 and to_day >= $2 returning id', [a.userId, a.fromDay, a.toDay]);
      const rows = await tx.query(
        `insert into absences (user_id, user_name, from_day, to_day, substitute_id, substitute_name, set_by_id, set_by_name, set_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id, user_id, user_name, from_day, to_day, substitute_id, substitute_name`,
        [a.userId, a.userName, a.fromDay, a.toDay, a.substituteId, a.substituteName, by.id, by.name, at],
      );
      return { absence: fromRow<Absence>(rows[0]), replaced: gone.length };
    });
  }

  /** Periods that end on or after `day` (current and coming), by start. */
  async fromDay(day: LocalDate, userId?: string): Promise<Absence[]> {
    const rows = await this.db.query(
      `select id, user_id, user_name, from_day, to_day, substitute_id, substitute_name from absences
       where to_day >= $1 and ($2::text is null or user_id = $2) order by from_day, user_name`,
      [day, userId ?? null],
    );
    return rows.map((r) => fromRow<Absence>(r));
  }

  /**
   * Ends the person's away time as of `today`: a period under way ends yesterday (or goes, if it began
   * today), coming ones go. Returns how many periods were ended or removed.
   */
  async end(userId: string, today: LocalDate, yesterday: LocalDate): Promise<number> {
    return this.db.transaction(async (tx) => {
      const removed = await tx.query('delete from absences where user_id = $1 and from_day >= $2 returning id', [userId, today]);
      const ended = await tx.query('update absences set to_day = $3 where user_id = $1 and from_day < $2 and to_day >= $2 returning id', [userId, today, yesterday]);
      return removed.length + ended.length;
    });
  }
}

/** The superadmins' saved replies. */
export class SavedReplyRepository {
  constructor(private readonly db: Database) {}

  async list(): Promise<SavedReply[]> {
    const rows = await this.db.query('select id, title, body, position from saved_replies order by position, created_at');
    return rows.map((r) => fromRow<SavedReply>(r));
  }

  async get(id: string): Promise<SavedReply | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query('select id, title, body, position from saved_replies where id = $1', [id]);
    return rows[0] ? fromRow<SavedReply>(rows[0]) : null;
  }

  /** Adds a reply at the end of the list. */
  async add(r: { title: string; body: string }, byName: string, at: Date): Promise<SavedReply> {
    const rows = await this.db.query(
      `insert into saved_replies (title, body, position, created_by_name, created_at)
       values ($1, $2, (select coalesce(max(position), 0) + 1 from saved_replies), $3, $4) returning id, title, body, position`,
      [r.title, r.body, byName, at],
    );
    return fromRow<SavedReply>(rows[0]);
  }

  /** Removes a reply; true when there was one. */
  async remove(id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    return (await this.db.query('delete from saved_replies where id = $1 returning id', [id])).length > 0;
  }
}
