import type { LocalDate } from '../domain/calendar';
import type { Category, Goal, PostType } from '../domain/schedule';
import type { Database, Sql } from './database';
import type { Booking, NewBooking, BookingDetails } from '../domain/booking';

// The entities live in domain/; re-exported for the store's callers.
export type { Booking, NewBooking, BookingDetails } from '../domain/booking';

interface BookingRow {
  id: string;
  day: string;
  slot: number | null;
  title: string;
  department: string;
  post_type: PostType;
  category: Category;
  goal: Goal;
  time_of_day: string | null;
  owner_id: string;
  owner_name: string;
  override_reason: string | null;
  warnings: string | null;
  status: 'active' | 'cancelled';
  version: number;
  created_at: Date;
  updated_at: Date;
  updated_by_name: string | null;
  cancelled_at: Date | null;
  cancelled_by_name: string | null;
  kc_handles_comments: boolean | null;
  high_activity_expected: boolean | null;
  page_urn: string | null;
  page_name: string | null;
}

const toBooking = (r: BookingRow): Booking => ({
  id: r.id,
  day: r.day,
  slot: r.slot,
  title: r.title,
  department: r.department,
  postType: r.post_type,
  category: r.category,
  goal: r.goal,
  timeOfDay: r.time_of_day,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  overrideReason: r.override_reason,
  warnings: r.warnings,
  status: r.status,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  cancelledAt: r.cancelled_at,
  cancelledByName: r.cancelled_by_name,
  kcHandlesComments: r.kc_handles_comments === true,
  highActivityExpected: r.high_activity_expected === true,
  pageUrn: r.page_urn ?? null,
  pageName: r.page_name ?? null,
});

// Every read returns the booking with its page's current name (null for the default page).
const COLUMNS = `bookings.*, (select lp.name from linkedin_pages lp where lp.organization_urn = bookings.page_urn) as page_name`;

/** Outcome of taking a place on a day. */
export type InsertResult =
  | { ok: true; booking: Booking; duplicate: boolean }
  | { ok: false; reason: 'day-full' };

/** Outcome of changing an existing booking. */
export type ChangeResult =
  | { ok: true; booking: Booking }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'stale'; current: Booking }
  | { ok: false; reason: 'day-full'; current: Booking };

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === UNIQUE_VIOLATION;

// A free slot of `page` (an SQL expression) on day $1 among 1..$2, ignoring booking $3 (the one being moved).
const freeSlot = (page: string) => `select s from generate_series(1, $2::int) s
  where not exists (select 1 from bookings b where b.day = $1::date and b.slot = s and b.status = 'active' and b.id is distinct from $3::uuid and b.page_urn is not distinct from ${page})
  order by s limit 1`;
// A moved booking stays on its own page.
const PAGE_OF_MOVED = '(select m.page_urn from bookings m where m.id = $3::uuid)';

/**
 * The bookings table. Capacity is enforced per page by a unique index on (page, day, slot), so concurrent
 * bookings race safely. `pageUrn` null: the default page.
 */
export class BookingRepository {
  constructor(private readonly db: Database) {}

  /** Active bookings of every page from `from` to `to` inclusive, by day and creation. */
  async listBetween(from: LocalDate, to: LocalDate): Promise<Booking[]> {
    const rows = await this.db.query<BookingRow>(
      `select ${COLUMNS} from bookings where status = 'active' and day between $1 and $2 order by day, created_at`,
      [from, to],
    );
    return rows.map(toBooking);
  }

  /** How many bookings of a page count against its capacity on each day from `from` to `to`. */
  async takenBetween(from: LocalDate, to: LocalDate, pageUrn: string | null = null): Promise<Map<LocalDate, number>> {
    const rows = await this.db.query<{ day: string; n: number }>(
      `select day, count(*) as n from bookings where status = 'active' and slot is not null and day between $1 and $2 and page_urn is not distinct from $3::text group by day`,
      [from, to, pageUrn],
    );
    return new Map(rows.map((r) => [r.day, r.n]));
  }

  /** An owner's active bookings from `from` on. */
  async listByOwner(ownerId: string, from: LocalDate): Promise<Booking[]> {
    const rows = await this.db.query<BookingRow>(
      `select ${COLUMNS} from bookings where owner_id = $1 and status = 'active' and day >= $2 order by day, created_at`,
      [ownerId, from],
    );
    return rows.map(toBooking);
  }

  /** The owner's most recent booking, whose details become the defaults of the next one. */
  async latestByOwner(ownerId: string): Promise<Booking | null> {
    const rows = await this.db.query<BookingRow>(`select ${COLUMNS} from bookings where owner_id = $1 order by created_at desc limit 1`, [
      ownerId,
    ]);
    return rows[0] ? toBooking(rows[0]) : null;
  }

  async get(id: string, sql: Sql = this.db): Promise<Booking | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await sql.query<BookingRow>(`select ${COLUMNS} from bookings where id = $1`, [id]);
    return rows[0] ? toBooking(rows[0]) : null;
  }

  /**
   * Takes the lowest free place on the day, or reports the day full. A repeated `requestId` returns the
   * booking it made the first time.
   */
  async insert(b: NewBooking, capacity: number, at: Date): Promise<InsertResult> {
    // Two attempts per place: losing a race for slot 1 may still leave slot 2 free.
    for (let attempt = 0; attempt < capacity * 2 + 1; attempt++) {
      const rows = await this.db.query<BookingRow>(
        `insert into bookings (day, slot, title, department, post_type, category, goal, time_of_day, owner_id, owner_name, warnings, request_id, updated_by_name, created_at, updated_at, page_urn)
         select $1::date, free.s, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $11, $14, $14, $15::text from (${freeSlot('$15::text')}) free
         on conflict do nothing
         returning ${COLUMNS}`,
        [b.day, capacity, null, b.title, b.department, b.postType, b.category, b.goal, b.timeOfDay, b.ownerId, b.ownerName, b.warnings, b.requestId, at, b.pageUrn ?? null],
      );
      if (rows[0]) return { ok: true, booking: toBooking(rows[0]), duplicate: false };
      const earlier = await this.findByRequestId(b.requestId);
      if (earlier?.ownerId === b.ownerId) return { ok: true, booking: earlier, duplicate: true };
      const taken = (await this.takenBetween(b.day, b.day, b.pageUrn ?? null)).get(b.day) ?? 0;
      if (taken >= capacity) return { ok: false, reason: 'day-full' };
    }
    return { ok: false, reason: 'day-full' };
  }

  /** A superadmin's booking beyond capacity: it takes no place and carries the reason. */
  async insertOverride(b: NewBooking, reason: string, at: Date): Promise<Booking> {
    const earlier = await this.findByRequestId(b.requestId);
    if (earlier?.ownerId === b.ownerId) return earlier;
    const rows = await this.db.query<BookingRow>(
      `insert into bookings (day, slot, title, department, post_type, category, goal, time_of_day, owner_id, owner_name, warnings, request_id, override_reason, updated_by_name, created_at, updated_at, page_urn)
       values ($1, null, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $9, $13, $13, $14)
       on conflict (request_id) do update set request_id = excluded.request_id
       returning ${COLUMNS}`,
      [b.day, b.title, b.department, b.postType, b.category, b.goal, b.timeOfDay, b.ownerId, b.ownerName, b.warnings, b.requestId, reason, at, b.pageUrn ?? null],
    );
    return toBooking(rows[0]);
  }

  async findByRequestId(requestId: string | null): Promise<Booking | null> {
    if (!requestId) return null;
    const rows = await this.db.query<BookingRow>(`select ${COLUMNS} from bookings where request_id = $1`, [requestId]);
    return rows[0] ? toBooking(rows[0]) : null;
  }

  /** Moves an active booking at `version` to `day`, taking a free place there. */
  async move(id: string, version: number, day: LocalDate, capacity: number, byName: string, at: Date): Promise<ChangeResult> {
    for (let attempt = 0; attempt < capacity * 2 + 1; attempt++) {
      try {
        const rows = await this.db.query<BookingRow>(
          `with free as (${freeSlot(PAGE_OF_MOVED)})
           update bookings set day = $1::date, slot = free.s, override_reason = null, version = version + 1, updated_at = $6, updated_by_name = $5
           from free where bookings.id = $3::uuid and bookings.status = 'active' and bookings.version = $4
           returning ${COLUMNS}`,
          [day, capacity, id, version, byName, at],
        );
        if (rows[0]) return { ok: true, booking: toBooking(rows[0]) };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        continue;
      }
      const current = await this.get(id);
      if (!current) return { ok: false, reason: 'not-found' };
      if (current.status !== 'active' || current.version !== version) return { ok: false, reason: 'stale', current };
      const taken = (await this.takenBetween(day, day, current.pageUrn)).get(day) ?? 0;
      if (taken >= capacity) return { ok: false, reason: 'day-full', current };
    }
    const current = await this.get(id);
    return current ? { ok: false, reason: 'day-full', current } : { ok: false, reason: 'not-found' };
  }

  /** Cancels an active booking at `version`. */
  async cancel(id: string, version: number, byName: string, at: Date): Promise<ChangeResult> {
    const rows = await this.db.query<BookingRow>(
      `update bookings set status = 'cancelled', slot = null, version = version + 1, updated_at = $4, updated_by_name = $3,
         cancelled_at = $4, cancelled_by_name = $3
       where id = $1 and status = 'active' and version = $2 returning ${COLUMNS}`,
      [id, version, byName, at],
    );
    if (rows[0]) return { ok: true, booking: toBooking(rows[0]) };
    return this.whyNot(id);
  }

  /** Changes the details of an active booking at `version`. */
  async updateDetails(id: string, version: number, d: BookingDetails, byName: string, at: Date): Promise<ChangeResult> {
    const rows = await this.db.query<BookingRow>(
      `update bookings set title = $3, department = $4, post_type = $5, category = $6, goal = $7, time_of_day = $8,
         version = version + 1, updated_at = $10, updated_by_name = $9
       where id = $1 and status = 'active' and version = $2 returning ${COLUMNS}`,
      [id, version, d.title, d.department, d.postType, d.category, d.goal, d.timeOfDay, byName, at],
    );
    if (rows[0]) return { ok: true, booking: toBooking(rows[0]) };
    return this.whyNot(id);
  }

  private async whyNot(id: string): Promise<ChangeResult> {
    const current = await this.get(id);
    return current ? { ok: false, reason: 'stale', current } : { ok: false, reason: 'not-found' };
  }
}
