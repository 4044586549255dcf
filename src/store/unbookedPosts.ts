import type { UnbookedReason } from '../domain/rhythm';
import type { Database } from './database';
import { fromRow } from './rows';
import type { Post } from '../domain/comment';

/** How a post without a booking of its own was settled. */
export type UnbookedSettlement = 'linked' | 'booked-afterwards' | 'sponsored';

/** A post the bot asked about because it appeared without a booking of its own. */
export interface UnbookedPost extends Post {
  unbookedReason: UnbookedReason | null;
  unbookedAskedIds: string[] | null;
  unbookedAskedAt: Date | null;
  unbookedSettled: UnbookedSettlement | null;
  unbookedSettledByName: string | null;
  unbookedSettledAt: Date | null;
}

/** The posts table, seen from the weekly rhythm: which bookings have their post, and the unbooked posts asked about. */
export class UnbookedPostRepository {
  constructor(private readonly db: Database) {}

  async get(urn: string): Promise<UnbookedPost | null> {
    const rows = await this.db.query('select * from posts where urn = $1', [urn]);
    return rows[0] ? fromRow<UnbookedPost>(rows[0]) : null;
  }

  /** Of these bookings, those a post is linked to (proposed or confirmed), other than `exceptUrn`. */
  async linkedBookingIds(bookingIds: string[], exceptUrn: string | null = null): Promise<Set<string>> {
    if (bookingIds.length === 0) return new Set();
    const rows = await this.db.query<{ booking_id: string }>(
      `select distinct booking_id from posts where booking_id = any($1::uuid[]) and match_status in ('proposed', 'confirmed') and urn is distinct from $2`,
      [bookingIds, exceptUrn],
    );
    return new Set(rows.map((r) => r.booking_id));
  }

  /** Records whom the bot asked about a post, once: false when it had asked already. */
  async markAsked(urn: string, reason: UnbookedReason, askedIds: string[], at: Date): Promise<boolean> {
    const rows = await this.db.query(
      `update posts set unbooked_reason = $2, unbooked_asked_ids = $3, unbooked_asked_at = $4 where urn = $1 and unbooked_asked_at is null returning urn`,
      [urn, reason, askedIds, at],
    );
    return rows.length > 0;
  }

  /**
   * Settles an asked post, once: the first click wins, a second (or another person's at the same moment)
   * finds it settled and changes nothing. With `booking`, the post is linked to it (confirmed).
   */
  async settle(
    urn: string,
    how: UnbookedSettlement,
    byName: string,
    at: Date,
    booking: { id: string; ownerId: string; ownerName: string; department: string } | null,
  ): Promise<UnbookedPost | null> {
    const rows = await this.db.query(
      `update posts set unbooked_settled = $2, unbooked_settled_by_name = $3, unbooked_settled_at = $4,
         booking_id = coalesce($5::uuid, booking_id), match_status = case when $5::uuid is null then match_status else 'confirmed' end,
         owner_id = coalesce($6, owner_id), owner_name = coalesce($7, owner_name), department = coalesce($8, department)
       where urn = $1 and unbooked_asked_at is not null and unbooked_settled is null returning *`,
      [urn, how, byName, at, booking?.id ?? null, booking?.ownerId ?? null, booking?.ownerName ?? null, booking?.department ?? null],
    );
    return rows[0] ? fromRow<UnbookedPost>(rows[0]) : null;
  }

  /** Learns a post's publication time when it was first seen without one (a webhook before the list); true when it was unknown. */
  async setPublishedAtIfUnknown(urn: string, publishedAt: Date): Promise<boolean> {
    const rows = await this.db.query(`update posts set published_at = $2 where urn = $1 and published_at is null returning urn`, [urn, publishedAt]);
    return rows.length > 0;
  }
}
