import { z } from 'zod';
import { addDays, localDay, LocalDate, localMinutes } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import { Booking, BookingDetails, onPage } from '../domain/booking';
import type { Post } from '../domain/comment';
import {
  dayBeforeRange,
  freeDaysOfWeek,
  matchByDay,
  mondayOf,
  nextDayBeforeRun,
  sundayOf,
  UNBOOKED_NOTICE_DAYS,
  UnbookedReason,
  WeeklyMoment,
  weeklyNoteSlots,
} from '../domain/rhythm';
import type { WorkingTime } from '../domain/workingTime';
import type { Logger } from '../logger';
import { setting, SettingsRepository } from '../store/settings';
import type { UnbookedPost, UnbookedPostRepository } from '../store/unbookedPosts';
import type { Actor, BookingService } from './booking';

/** One week as the weekly note shows it: its bookings and the days still free for one click. */
export interface WeekState {
  monday: LocalDate;
  bookings: Booking[];
  freeDays: LocalDate[];
}

/** A post asked about, with the bookings it could be linked to. */
export interface UnbookedState {
  post: UnbookedPost;
  /** The post's day in the city's time zone. */
  day: LocalDate;
  candidates: Booking[];
  /** The booking the post was linked to or booked as, once settled. */
  settledBooking: Booking | null;
}

/** Tells people: implemented by the Teams layer. */
export interface RhythmNotifier {
  /** Posts the note about a week without a booked post in the channel. */
  weeklyNote(week: WeekState): Promise<void>;
  /** Updates the notes already posted about the week of `monday` to show it as it is now; `week` is read only when one was sent. */
  refreshWeeklyNote(monday: LocalDate, week: () => Promise<WeekState>): Promise<void>;
  /** The personal card the working day before a booked post. */
  dayBefore(booking: Booking): Promise<void>;
  /** Asks these people to link a post to a booking or book it afterwards. */
  askUnbooked(state: UnbookedState, recipients: string[]): Promise<void>;
  /** Updates every card already sent about the post. */
  refreshUnbooked(state: UnbookedState): Promise<void>;
}

/** Outcome of an action on an unbooked post. */
export type UnbookedOutcome =
  | { kind: 'done'; state: UnbookedState; booking: Booking | null }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; state: UnbookedState }
  | { kind: 'already-settled'; state: UnbookedState }
  | { kind: 'booking-unavailable'; state: UnbookedState };

// The Monday of the next week whose note is planned; null until the first run (which only plans).
const PLANNED_WEEK = setting('weekly_note_planned_week', z.string());

// Bookings up to this many days from the post's day are offered as "Koppla till bokning".
const LINK_WINDOW_DAYS = 3;

/**
 * The weekly rhythm: the Monday note when the coming week has no booked post, the owner's card the working
 * day before a post, and posts that appear without a booking of their own. Runs from durable jobs and is
 * idempotent: every message has an outbox key (a week, a booking and its day, a post and a person).
 */
export class WeeklyRhythm {
  constructor(
    private readonly deps: {
      bookings: BookingService;
      unbooked: UnbookedPostRepository;
      settings: SettingsRepository;
      clock: Clock;
      log: Logger;
      workingTime: WorkingTime;
      /** When the weekly note goes out; null: never. */
      weeklyAt: WeeklyMoment | null;
      /** Minutes after midnight the day-before cards go out; null: never. */
      dayBeforeAt: number | null;
      superadmins: readonly string[];
      notifier: RhythmNotifier;
    },
  ) {}

  private today(): LocalDate {
    return localDay(this.deps.clock.now(), this.deps.workingTime.timeZone);
  }

  // ---- the weekly note ----

  /**
   * One run of the weekly-note job: sends the note of the week whose moment has come (once; late, while
   * the week lasts, when the bot was down at the moment) and says when to run next. The very first run
   * only plans: a bot installed in the middle of a week does not post about it at once.
   */
  async runWeeklyNote(): Promise<Date | null> {
    const at = this.deps.weeklyAt;
    if (!at) return null;
    const now = this.deps.clock.now();
    const { due, next } = weeklyNoteSlots(now, this.today(), at, this.deps.workingTime);
    const planned = await this.deps.settings.read(PLANNED_WEEK);
    if (planned !== null && due && due.monday >= planned) await this.sendWeeklyNote(due.monday);
    if (planned !== next.monday) await this.deps.settings.write(PLANNED_WEEK, next.monday, now);
    return next.at;
  }

  /** The note about one week, when it has no booked post. */
  private async sendWeeklyNote(monday: LocalDate): Promise<void> {
    const week = await this.week(monday);
    if (week.bookings.length > 0) {
      this.deps.log.info({ week: monday, bookings: week.bookings.length }, 'weekly note: the week has a booked post');
      return;
    }
    await this.deps.notifier.weeklyNote(week);
    this.deps.log.info({ week: monday, freeDays: week.freeDays }, 'weekly note: the week has no booked post');
  }

  /**
   * A week's bookings and the days of it still free for one click (from today on), on the default page:
   * the note is about the city's main schedule, and a showcase page's post does not fill it.
   */
  async week(monday: LocalDate): Promise<WeekState> {
    const { bookings } = this.deps;
    const sunday = sundayOf(monday);
    const today = this.today();
    const [onWeek, taken] = await Promise.all([bookings.between(monday, sunday), bookings.taken(monday, sunday, null)]);
    return { monday, bookings: onPage(onWeek, null), freeDays: freeDaysOfWeek(monday, today, taken, bookings.rules) };
  }

  /** After any booking change: the notes of this week and the next show them (no dead buttons). */
  async bookingsChanged(): Promise<void> {
    const monday = mondayOf(this.today());
    for (const m of [monday, addDays(monday, 7)]) await this.deps.notifier.refreshWeeklyNote(m, () => this.week(m));
  }

  // ---- the day before ----

  /** One run of the day-before job: the cards for the posts up to the next working day, once each; when to run next. */
  async runDayBefore(): Promise<Date | null> {
    const minutes = this.deps.dayBeforeAt;
    if (minutes === null) return null;
    const now = this.deps.clock.now();
    const today = this.today();
    const range = localMinutes(now, this.deps.workingTime.timeZone) >= minutes ? dayBeforeRange(today, this.deps.workingTime) : null;
    if (range) {
      // Read now, not when the booking was made: a moved post is reminded for its new day, a cancelled one not at all.
      for (const booking of await this.deps.bookings.between(range.from, range.to)) await this.deps.notifier.dayBefore(booking);
    }
    return nextDayBeforeRun(now, today, minutes, this.deps.workingTime);
  }

  // ---- posts without a booking of their own ----

  /**
   * A new post with a publication time, not linked to a booking: matched to the day's one free booking
   * (returned, for the owner to confirm), or asked about. Posts the bot first sees long after they were
   * published (the first poll after install) are followed quietly. Only bookings of the post's own page count.
   */
  async placeNewPost(post: Post, seenBy: { id: string } | null): Promise<Booking | null> {
    if (!post.publishedAt) return null;
    const day = localDay(post.publishedAt, this.deps.workingTime.timeZone);
    const onDay = onPage(await this.deps.bookings.between(day, day), post.pageUrn);
    const linked = await this.deps.unbooked.linkedBookingIds(onDay.map((b) => b.id), post.urn);
    const match = matchByDay(onDay, linked);
    if (match.kind === 'propose') return match.booking;
    if (post.firstSeenAt.getTime() - post.publishedAt.getTime() > UNBOOKED_NOTICE_DAYS * 86_400_000) return null;
    await this.askAbout(post.urn, match.reason, seenBy);
    return null;
  }

  private async askAbout(urn: string, reason: UnbookedReason, seenBy: { id: string } | null): Promise<void> {
    // The post's author when the bot knows them (an editor who registered it), else the superadmins.
    const recipients = seenBy ? [seenBy.id] : [...this.deps.superadmins];
    if (recipients.length === 0) {
      this.deps.log.warn({ postUrn: urn, reason }, 'a post without a booking, and no superadmin to ask');
      return;
    }
    await this.deps.unbooked.markAsked(urn, reason, recipients, this.deps.clock.now());
    const state = await this.unbookedState(urn);
    if (!state) return;
    this.deps.log.info({ postUrn: urn, reason, day: state.day }, 'a post appeared without a booking: asking');
    // Sent from the stored list, so that a retry after a crash asks the same people.
    await this.deps.notifier.askUnbooked(state, state.post.unbookedAskedIds ?? recipients);
  }

  /** A post asked about, with the bookings of its page near its day that have no post yet. */
  async unbookedState(urn: string): Promise<UnbookedState | null> {
    const post = await this.deps.unbooked.get(urn);
    if (!post || !post.publishedAt) return null;
    const day = localDay(post.publishedAt, this.deps.workingTime.timeZone);
    const near = onPage(await this.deps.bookings.between(addDays(day, -LINK_WINDOW_DAYS), addDays(day, LINK_WINDOW_DAYS)), post.pageUrn);
    const linked = await this.deps.unbooked.linkedBookingIds(near.map((b) => b.id), urn);
    const settledBooking = post.unbookedSettled && post.bookingId ? await this.deps.bookings.get(post.bookingId) : null;
    return { post, day, candidates: near.filter((b) => !linked.has(b.id) && b.id !== post.bookingId), settledBooking };
  }

  /** "Koppla till bokning": the post is that booking's post. */
  async link(actor: Actor, urn: string, bookingId: string): Promise<UnbookedOutcome> {
    const checked = await this.authorise(actor, urn);
    if (checked.kind !== 'ok') return checked;
    const booking = checked.state.candidates.find((b) => b.id === bookingId);
    if (!booking) return { kind: 'booking-unavailable', state: checked.state };
    return this.settle(actor, urn, 'linked', booking);
  }

  /** "Boka i efterhand": a booking on the post's day, for the actor, linked to the post. */
  async bookAfterwards(actor: Actor, urn: string, details: BookingDetails, extraReason: string): Promise<UnbookedOutcome> {
    const checked = await this.authorise(actor, urn);
    if (checked.kind !== 'ok') return checked;
    const booking = await this.deps.bookings.recordAfterwards(actor, checked.state.day, details, `afterwards:${urn}`, extraReason, checked.state.post.pageUrn ?? null);
    return this.settle(actor, urn, 'booked-afterwards', booking);
  }

  /** "Sponsrat": a paid post needs no booking. */
  async sponsored(actor: Actor, urn: string): Promise<UnbookedOutcome> {
    const checked = await this.authorise(actor, urn);
    if (checked.kind !== 'ok') return checked;
    return this.settle(actor, urn, 'sponsored', null);
  }

  private async settle(actor: Actor, urn: string, how: 'linked' | 'booked-afterwards' | 'sponsored', booking: Booking | null): Promise<UnbookedOutcome> {
    const settled = await this.deps.unbooked.settle(urn, how, actor.name, this.deps.clock.now(), booking);
    const state = await this.unbookedState(urn);
    if (!state) return { kind: 'not-found' };
    if (!settled) return { kind: 'already-settled', state };
    this.deps.log.info({ postUrn: urn, how, bookingId: booking?.id ?? null, by: actor.id }, 'post without a booking settled');
    await this.deps.notifier.refreshUnbooked(state);
    return { kind: 'done', state, booking };
  }

  /** Only the people asked, and superadmins, may settle a post; a settled post stays as it is. */
  private async authorise(actor: Actor, urn: string): Promise<{ kind: 'ok'; state: UnbookedState } | Exclude<UnbookedOutcome, { kind: 'done' }>> {
    const state = await this.unbookedState(urn);
    if (!state || !state.post.unbookedAskedAt) return { kind: 'not-found' };
    if (!actor.isSuperadmin && !(state.post.unbookedAskedIds ?? []).includes(actor.id)) return { kind: 'forbidden', state };
    if (state.post.unbookedSettled) return { kind: 'already-settled', state };
    return { kind: 'ok', state };
  }
}
