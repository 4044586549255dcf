import type { LocalDate } from '../domain/calendar';
import type { Booking } from '../domain/booking';
import type { Database } from './database';
import { setting, SettingsRepository } from './settings';
import { z } from 'zod';

/** Kontaktcenter's Teams channel, as a superadmin set it (`/admin kc-kanal` in that channel). */
export const KC_CHANNEL = setting('kc_channel', z.object({ conversationId: z.string(), setById: z.string(), setByName: z.string(), at: z.string() }));

/** The booking flags for Kontaktcenter, and the rush alerts: the database decides each alert once. */
export class KontaktcenterRepository {
  constructor(
    private readonly db: Database,
    readonly settings: SettingsRepository,
  ) {}

  /** Sets a booking's KC flags; false when the booking is gone or cancelled (nothing changed). */
  async setFlags(bookingId: string, flags: { kcHandlesComments: boolean; highActivityExpected: boolean }, byName: string, at: Date): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return false;
    const rows = await this.db.query(
      `update bookings set kc_handles_comments = $2, high_activity_expected = $3, updated_at = $4, updated_by_name = $5
       where id = $1 and status = 'active' returning id`,
      [bookingId, flags.kcHandlesComments, flags.highActivityExpected, at, byName],
    );
    return rows.length > 0;
  }

  /** Active bookings from `from` to `to` (inclusive) that expect much activity. */
  async highActivityBetween(from: LocalDate, to: LocalDate): Promise<Pick<Booking, 'id' | 'day' | 'title' | 'ownerId' | 'ownerName'>[]> {
    const rows = await this.db.query<{ id: string; day: string; title: string; owner_id: string; owner_name: string }>(
      `select id, to_char(day, 'YYYY-MM-DD') as day, title, owner_id, owner_name from bookings
       where status = 'active' and high_activity_expected and day between $1::date and $2::date order by day, created_at`,
      [from, to],
    );
    return rows.map((r) => ({ id: r.id, day: r.day, title: r.title, ownerId: r.owner_id, ownerName: r.owner_name }));
  }

  /** Comments (by when they were written) and cases opened on a post since `since`. */
  async activity(postUrn: string, since: Date): Promise<{ comments: number; flags: number }> {
    const [c] = await this.db.query<{ n: number }>(`select count(*)::int as n from comments where post_urn = $1 and coalesce(commented_at, seen_at) >= $2`, [postUrn, since]);
    const [f] = await this.db.query<{ n: number }>(`select count(*)::int as n from escalations where post_urn = $1 and created_at >= $2`, [postUrn, since]);
    return { comments: c?.n ?? 0, flags: f?.n ?? 0 };
  }

  /**
   * Claims the rush alert of a post's window: true for exactly one caller, and only when no alert for the
   * post was made within the last window either (a rush across a window's edge is one alert, not two).
   */
  async claimRushAlert(postUrn: string, windowStart: Date, notSince: Date, counts: { comments: number; flags: number }, at: Date): Promise<boolean> {
    const rows = await this.db.query(
      `insert into rush_alerts (post_urn, window_start, comments, flags, created_at)
       select $1, $2, $3, $4, $5 where not exists (select 1 from rush_alerts where post_urn = $1 and created_at > $6)
       on conflict do nothing returning post_urn`,
      [postUrn, windowStart, counts.comments, counts.flags, at, notSince],
    );
    return rows.length > 0;
  }
}
