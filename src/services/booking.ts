import { addDays, localDay, LocalDate, localMinutes } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import {
  BookingWarning,
  bookingWarnings,
  Category,
  checkBookableDay,
  DayCheck,
  Goal,
  nearestFreeDays,
  parseTimeOfDay,
  PostType,
  scheduleDays,
  ScheduleRules,
} from '../domain/schedule';
import type { BookingRepository } from '../store/bookings';
import { Booking, BookingDetails, BookingRequest, onPage } from '../domain/booking';

/** Who is acting, as the server knows them (never taken from card data). */
export interface Actor {
  id: string;
  name: string;
  isSuperadmin: boolean;
}

export type { BookingRequest } from '../domain/booking';

/** Outcome of asking to book. */
export type BookOutcome =
  | { kind: 'booked'; booking: Booking; duplicate: boolean }
  | { kind: 'needs-confirmation'; warnings: BookingWarning[]; request: BookingRequest }
  | { kind: 'day-full'; alternatives: LocalDate[]; request: BookingRequest; canOverride: boolean; bookings: Booking[] }
  | { kind: 'invalid-day'; check: Exclude<DayCheck, { ok: true }> }
  | { kind: 'override-refused'; reason: 'not-superadmin' | 'no-reason' };

/** Outcome of changing an existing booking. */
export type ChangeOutcome =
  | { kind: 'changed'; booking: Booking; before: Booking }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; booking: Booking }
  | { kind: 'stale'; current: Booking }
  | { kind: 'invalid-day'; check: Exclude<DayCheck, { ok: true }>; booking: Booking }
  | { kind: 'needs-confirmation'; warnings: BookingWarning[]; booking: Booking; day: LocalDate }
  | { kind: 'day-full'; alternatives: LocalDate[]; booking: Booking; day: LocalDate }
  /** The actor may cancel, and is asked first: nothing has changed yet. */
  | { kind: 'confirm-cancel'; booking: Booking };

/** One day of the schedule view. */
export interface ScheduleDay {
  day: LocalDate;
  bookings: Booking[];
  free: number;
}

/** The booking use cases: domain rules decide, the repository persists. */
export class BookingService {
  constructor(
    private readonly repo: BookingRepository,
    readonly rules: ScheduleRules,
    private readonly clock: Clock,
    readonly timeZone: string,
  ) {}

  /** Today in the city's time zone. */
  today(): LocalDate {
    return localDay(this.clock.now(), this.timeZone);
  }

  /** Minutes after midnight now, in the city's time zone. */
  nowMinutes(): number {
    return localMinutes(this.clock.now(), this.timeZone);
  }

  /** Books a day, or says why not and what to do instead. */
  async book(actor: Actor, req: BookingRequest): Promise<BookOutcome> {
    const earlier = await this.repo.findByRequestId(req.requestId);
    if (earlier && earlier.ownerId === actor.id) return { kind: 'booked', booking: earlier, duplicate: true };

    const today = this.today();
    const check = checkBookableDay(req.day, today, this.rules);
    if (!check.ok) return { kind: 'invalid-day', check };

    const warnings = bookingWarnings(req.day, minutesOf(req.timeOfDay), this.rules);
    if (warnings.length > 0 && !req.confirmWarnings) return { kind: 'needs-confirmation', warnings, request: req };

    const newBooking = {
      ...req,
      pageUrn: req.pageUrn ?? null,
      ownerId: actor.id,
      ownerName: actor.name,
      warnings: warnings.length > 0 ? warnings.map((w) => w.kind).join(',') : null,
      requestId: req.requestId,
    };
    if (req.overrideReason !== undefined && req.overrideReason !== null) {
      if (!actor.isSuperadmin) return { kind: 'override-refused', reason: 'not-superadmin' };
      const reason = req.overrideReason.trim();
      if (!reason) return { kind: 'override-refused', reason: 'no-reason' };
      const result = await this.repo.insert(newBooking, this.rules.capacity, this.clock.now());
      if (result.ok) return { kind: 'booked', booking: result.booking, duplicate: result.duplicate };
      return { kind: 'booked', booking: await this.repo.insertOverride(newBooking, reason, this.clock.now()), duplicate: false };
    }

    const result = await this.repo.insert(newBooking, this.rules.capacity, this.clock.now());
    if (result.ok) return { kind: 'booked', booking: result.booking, duplicate: result.duplicate };
    return {
      kind: 'day-full',
      alternatives: await this.alternatives(req.day, req.timeOfDay, req.pageUrn ?? null),
      request: req,
      canOverride: actor.isSuperadmin,
      bookings: onPage(await this.repo.listBetween(req.day, req.day), req.pageUrn ?? null),
    };
  }

  /**
   * Records a post that was published without a booking: a booking on its day for the actor, made even
   * though the day has passed or is taken, because it records what happened. It takes a free place when the
   * day has one, else it is an extra beyond capacity with `extraReason` (as a superadmin's override is).
   * The same `requestId` finds the booking made the first time. `pageUrn`: the page the post was published on.
   */
  async recordAfterwards(actor: Actor, day: LocalDate, details: BookingDetails, requestId: string, extraReason: string, pageUrn: string | null = null): Promise<Booking> {
    const newBooking = { ...details, day, requestId, ownerId: actor.id, ownerName: actor.name, warnings: null, pageUrn };
    const result = await this.repo.insert(newBooking, this.rules.capacity, this.clock.now());
    if (result.ok) return result.booking;
    return this.repo.insertOverride(newBooking, extraReason, this.clock.now());
  }

  /** Active bookings from `from` to `to`. */
  between(from: LocalDate, to: LocalDate): Promise<Booking[]> {
    return this.repo.listBetween(from, to);
  }

  /** How many bookings of a page (null: the default page) count against its capacity on each day from `from` to `to`. */
  taken(from: LocalDate, to: LocalDate, pageUrn: string | null = null): Promise<Map<LocalDate, number>> {
    return this.repo.takenBetween(from, to, pageUrn);
  }

  /** Moves a booking to another day; only its owner or a superadmin may. */
  async move(actor: Actor, bookingId: string, version: number, day: LocalDate, confirmWarnings: boolean): Promise<ChangeOutcome> {
    const allowed = await this.authorise(actor, bookingId, version);
    if (allowed.kind !== 'ok') return allowed;
    const booking = allowed.booking;
    const check = checkBookableDay(day, this.today(), this.rules);
    if (!check.ok) return { kind: 'invalid-day', check, booking };
    const warnings = bookingWarnings(day, minutesOf(booking.timeOfDay), this.rules);
    if (warnings.length > 0 && !confirmWarnings) return { kind: 'needs-confirmation', warnings, booking, day };
    const result = await this.repo.move(bookingId, version, day, this.rules.capacity, actor.name, this.clock.now());
    if (result.ok) return { kind: 'changed', booking: result.booking, before: booking };
    if (result.reason === 'not-found') return { kind: 'not-found' };
    if (result.reason === 'stale') return { kind: 'stale', current: result.current };
    return { kind: 'day-full', alternatives: await this.alternatives(day, booking.timeOfDay, booking.pageUrn), booking, day };
  }

  /**
   * Cancels a booking; only its owner or a superadmin may. Until `confirmed`, only checks that the actor
   * may, and asks: a cancel frees the day for others at once, so one stray click must not do it.
   */
  async cancel(actor: Actor, bookingId: string, version: number, confirmed: boolean): Promise<ChangeOutcome> {
    const allowed = await this.authorise(actor, bookingId, version);
    if (allowed.kind !== 'ok') return allowed;
    if (!confirmed) return { kind: 'confirm-cancel', booking: allowed.booking };
    const result = await this.repo.cancel(bookingId, version, actor.name, this.clock.now());
    if (result.ok) return { kind: 'changed', booking: result.booking, before: allowed.booking };
    return result.reason === 'not-found' ? { kind: 'not-found' } : { kind: 'stale', current: result.current };
  }

  /** Changes a booking's details; only its owner or a superadmin may. */
  async updateDetails(actor: Actor, bookingId: string, version: number, details: BookingDetails): Promise<ChangeOutcome> {
    const allowed = await this.authorise(actor, bookingId, version);
    if (allowed.kind !== 'ok') return allowed;
    const result = await this.repo.updateDetails(bookingId, version, details, actor.name, this.clock.now());
    if (result.ok) return { kind: 'changed', booking: result.booking, before: allowed.booking };
    return result.reason === 'not-found' ? { kind: 'not-found' } : { kind: 'stale', current: result.current };
  }

  /**
   * The coming `weeks` weeks, each day with the bookings of every page; `free` counts the default page's
   * places (a showcase page's post does not take one).
   */
  async schedule(weeks = 4): Promise<ScheduleDay[]> {
    const days = scheduleDays(this.today(), weeks);
    const bookings = await this.repo.listBetween(days[0], days[days.length - 1]);
    return days.map((day) => {
      const onDay = bookings.filter((b) => b.day === day);
      return { day, bookings: onDay, free: Math.max(0, this.rules.capacity - onPage(onDay, null).filter((b) => b.slot !== null).length) };
    });
  }

  /** Bookings of the last `days` days up to today, newest first (posts that may have comments). */
  async recent(days = 14): Promise<Booking[]> {
    const today = this.today();
    return (await this.repo.listBetween(addDays(today, -days), today)).reverse();
  }

  /** The actor's bookings from today on. */
  mine(actor: Actor): Promise<Booking[]> {
    return this.repo.listByOwner(actor.id, this.today());
  }

  /**
   * Defaults for the next booking: the editor's previous department, type, category and goal. Never
   * the time of day: a time belongs to one post, and a copied 15:00 would turn the next Friday into a warning.
   */
  async defaults(actor: Actor): Promise<Partial<Omit<BookingDetails, 'timeOfDay' | 'title'>>> {
    const last = await this.repo.latestByOwner(actor.id);
    if (!last) return {};
    return { department: last.department, postType: last.postType, category: last.category, goal: last.goal };
  }

  get(id: string): Promise<Booking | null> {
    return this.repo.get(id);
  }

  private async alternatives(day: LocalDate, timeOfDay: string | null, pageUrn: string | null): Promise<LocalDate[]> {
    const today = this.today();
    const taken = await this.repo.takenBetween(today, this.lastDay(), pageUrn);
    return nearestFreeDays(day, today, taken, this.rules, minutesOf(timeOfDay));
  }

  private lastDay(): LocalDate {
    const check = checkBookableDay('9999-12-31', this.today(), this.rules);
    return check.ok ? '9999-12-31' : check.reason === 'too-far' ? check.lastDay : this.today();
  }

  /** Checks from the stored booking — never from card data — that the actor may change it. */
  private async authorise(
    actor: Actor,
    bookingId: string,
    version: number,
  ): Promise<{ kind: 'ok'; booking: Booking } | { kind: 'not-found' } | { kind: 'forbidden'; booking: Booking } | { kind: 'stale'; current: Booking }> {
    const booking = await this.repo.get(bookingId);
    if (!booking) return { kind: 'not-found' };
    if (booking.ownerId !== actor.id && !actor.isSuperadmin) return { kind: 'forbidden', booking };
    if (booking.status !== 'active' || booking.version !== version) return { kind: 'stale', current: booking };
    return { kind: 'ok', booking };
  }
}

function minutesOf(timeOfDay: string | null): number | null {
  return timeOfDay ? parseTimeOfDay(timeOfDay) : null;
}
