import type { z } from 'zod';
import type { Database } from './database';

/** One named value the bot keeps: its key and the shape of its value, checked with zod when it is read. */
export interface Setting<T> {
  key: string;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
}

/** Declares a setting; each key is declared once, beside the code that owns it. */
export function setting<T>(key: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Setting<T> {
  return { key, schema };
}

/** Small named values the bot keeps between restarts (the SAV channel, connector health). */
export class SettingsRepository {
  constructor(private readonly db: Database) {}

  /** The value, or null when none is set (or the stored value is not of the setting's shape). */
  async read<T>(s: Setting<T>): Promise<T | null> {
    const rows = await this.db.query<{ value: unknown }>('select value from settings where key = $1', [s.key]);
    const value = rows[0]?.value ?? null;
    if (value === null) return null;
    const parsed = s.schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }

  async write<T>(s: Setting<T>, value: T, at: Date): Promise<void> {
    await this.db.query(
      `insert into settings (key, value, updated_at) values ($1, $2, $3)
       on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
      [s.key, JSON.stringify(value), at],
    );
  }

  /** Sets the value only when none is set; true when this call set it. */
  async writeIfAbsent<T>(s: Setting<T>, value: T, at: Date): Promise<boolean> {
    const rows = await this.db.query('insert into settings (key, value, updated_at) values ($1, $2, $3) on conflict (key) do nothing returning key', [
      s.key,
      JSON.stringify(value),
      at,
    ]);
    return rows.length > 0;
  }

  /** Removes the value. */
  async delete<T>(s: Setting<T>): Promise<void> {
    await this.db.query('delete from settings where key = $1', [s.key]);
  }
}
