import { Clock, systemClock } from '../domain/clock';
import type { Database } from './database';

/** People the bot has met and whether they are SAV editors. */
export class PeopleRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Records a person's name and language; keeps what is known of their membership. */
  async seen(userId: string, name: string, locale: string | null): Promise<void> {
    await this.db.query(
      `insert into people (user_id, name, locale) values ($1, $2, $3)
       on conflict (user_id) do update set name = excluded.name, locale = coalesce(excluded.locale, people.locale)`,
      [userId, name, locale],
    );
  }

  /** Membership as last checked, when checked within the last `maxAgeMs`; null when unknown or too old. */
  async editorWithin(userId: string, maxAgeMs: number): Promise<boolean | null> {
    const rows = await this.db.query<{ is_editor: boolean | null }>(
      'select is_editor from people where user_id = $1 and checked_at >= $2',
      [userId, new Date(this.clock.now().getTime() - maxAgeMs)],
    );
    return rows[0]?.is_editor ?? null;
  }

  async setEditor(userId: string, name: string, isEditor: boolean): Promise<void> {
    await this.db.query(
      `insert into people (user_id, name, is_editor, checked_at) values ($1, $2, $3, $4)
       on conflict (user_id) do update set is_editor = excluded.is_editor, checked_at = excluded.checked_at`,
      [userId, name, isEditor, this.clock.now()],
    );
  }
}

/** Activities already handled, so that Teams' retries of a slow reply are not handled twice. */
export class HandledActivities {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = systemClock,
  ) {}

  /** True the first time an activity id is seen. */
  async firstTime(id: string): Promise<boolean> {
    const rows = await this.db.query('insert into handled_activities (id, handled_at) values ($1, $2) on conflict do nothing returning id', [id, this.clock.now()]);
    return rows.length > 0;
  }

  /** Forgets activities handled before `before`. */
  async purge(before: Date): Promise<void> {
    await this.db.query('delete from handled_activities where handled_at < $1', [before]);
  }
}
