import type { Database } from './database';

/** Small named values the bot keeps between restarts (the SAV channel, connector health). */
export class SettingsRepository {
  constructor(private readonly db: Database) {}

  async get<T>(key: string): Promise<T | null> {
    const rows = await this.db.query<{ value: T }>('select value from settings where key = $1', [key]);
    return rows[0]?.value ?? null;
  }

  async set(key: string, value: unknown, at: Date): Promise<void> {
    await this.db.query(
      `insert into settings (key, value, updated_at) values ($1, $2, $3)
       on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
      [key, JSON.stringify(value), at],
    );
  }

  /** Sets the value only when none is set; true when this call set it. */
  async setIfAbsent(key: string, value: unknown, at: Date): Promise<boolean> {
    const rows = await this.db.query('insert into settings (key, value, updated_at) values ($1, $2, $3) on conflict (key) do nothing returning key', [
      key,
      JSON.stringify(value),
      at,
    ]);
    return rows.length > 0;
  }

  /** Removes the value. */
  async delete(key: string): Promise<void> {
    await this.db.query('delete from settings where key = $1', [key]);
  }
}
