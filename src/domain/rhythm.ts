import { addDays, LocalDate, weekday } from './calendar';
import { isPlainFreeDay, ScheduleRules } from './schedule';
import { instantOf, isWorkingDay, WorkingTime } from './workingTime';

/**
 * The weekly rhythm of the schedule: the weekly note to the channel when a week has no booked post
 * ("at least one post a week", RULES.md), and the personal card the day before a booked post. Pure:
 * which days, which moments; the services send.
 */

/** A weekday and a time of day: when the weekly note goes out (default Monday 09:00). */
export interface WeeklyMoment {
  /** JavaScript day number, 0 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

/** The Monday of the week (Monday–Sunday) that `d` lies in. */
export function mondayOf(d: LocalDate): LocalDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** The Sunday that ends the week starting on `monday`. */
export function sundayOf(monday: LocalDate): LocalDate {
  return addDays(monday, 6);
}

/**
 * The day the note about the week starting on `monday` goes out: the configured weekday on or before that
 * Monday (Monday itself by default; a Friday means the Friday before), moved on to the next working day when
 * it is not one (a holiday Monday: Tuesday; Easter Monday: Tuesday). Null when no working day is left in the
 * week: a week of holidays gets no note (there is no plain day to offer).
 */
export function weeklyNoteDay(monday: LocalDate, at: WeeklyMoment, wt: Pick<WorkingTime, 'days' | 'holidays'>): LocalDate | null {
  const nominal = addDays(monday, -((1 - at.weekday + 7) % 7));
  for (let d = nominal; d <= sundayOf(monday); d = addDays(d, 1)) {
    if (isWorkingDay(d, wt)) return d;
  }
  return null;
}

/** One week's note: the week and the instant its note goes out. */
export interface WeeklyNoteSlot {
  monday: LocalDate;
  day: LocalDate;
  at: Date;
}

/** The notes of the weeks around `today`, in order: the latest one due by `now`, and the next one after it. */
export function weeklyNoteSlots(now: Date, today: LocalDate, at: WeeklyMoment, wt: WorkingTime): { due: WeeklyNoteSlot | null; next: WeeklyNoteSlot } {
  const slots: WeeklyNoteSlot[] = [];
  // A note day can lie up to six days before its Monday, and holidays can skip a week: look a little ahead.
  for (let k = -1; k <= 6; k++) {
    const monday = addDays(mondayOf(today), 7 * k);
    const day = weeklyNoteDay(monday, at, wt);
    if (day) slots.push({ monday, day, at: new Date(instantOf(day, at.minutes, wt.timeZone)) });
  }
  // A note still matters while its week lasts; after the Sunday it is not sent late.
  const due = slots.filter((s) => s.at <= now && today <= sundayOf(s.monday)).pop() ?? null;
  const next = slots.find((s) => s.at > now);
  if (!next) throw new RangeError('no weekly note day in seven weeks: check WORKING_DAYS');
  return { due, next };
}

/**
 * The days of the week starting on `monday` that can still be booked from `today` with one click: not past,
 * not full and without a warning (weekends, holidays, eves and full days are left out; a Friday stays, and
 * booking it asks for the time), by the same rule as every other suggestion (`isPlainFreeDay`).
 */
export function freeDaysOfWeek(monday: LocalDate, today: LocalDate, taken: ReadonlyMap<LocalDate, number>, rules: ScheduleRules): LocalDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => isPlainFreeDay(d, today, taken, rules));
}

/**
 * The posts whose day-before card goes out on `today`: those on the days after it up to and including the
 * next working day. On a Friday that is Saturday to Monday; before a holiday, through the first working day
 * after it. Null on a day that is not a working day: its posts were covered the working day before.
 */
export function dayBeforeRange(today: LocalDate, wt: Pick<WorkingTime, 'days' | 'holidays'>): { from: LocalDate; to: LocalDate } | null {
  if (!isWorkingDay(today, wt)) return null;
  return { from: addDays(today, 1), to: nextWorkingDay(today, wt) };
}

/** The first working day after `day` (a year of days off is a misconfiguration: it stops there). */
export function nextWorkingDay(day: LocalDate, wt: Pick<WorkingTime, 'days' | 'holidays'>): LocalDate {
  for (let k = 1; k <= 400; k++) {
    const d = addDays(day, k);
    if (isWorkingDay(d, wt)) return d;
  }
  throw new RangeError(`no working day in 400 days after ${day}: check WORKING_DAYS`);
}

/** The next moment the day-before cards go out after `now`: `minutes` on today (when still ahead) or the next working day. */
export function nextDayBeforeRun(now: Date, today: LocalDate, minutes: number, wt: WorkingTime): Date {
  const todayAt = new Date(instantOf(today, minutes, wt.timeZone));
  if (isWorkingDay(today, wt) && todayAt > now) return todayAt;
  return new Date(instantOf(nextWorkingDay(today, wt), minutes, wt.timeZone));
}

/** How many days a post may have been out before the bot first saw it and still be asked about: older posts are followed quietly (the first poll after install). */
export const UNBOOKED_NOTICE_DAYS = 2;

/** Why a post on the page has no booking of its own. */
export type UnbookedReason = 'no-booking' | 'day-taken' | 'several';

/**
 * What to do with a new post published on a day with these bookings, some already linked to other posts:
 * propose the one booking left (its owner confirms), or ask someone to link or book it: no booking that
 * day, every booking of the day already has its post (a second post on a booked day), or several could be it.
 */
export function matchByDay<B extends { id: string }>(onDay: readonly B[], linkedBookingIds: ReadonlySet<string>): { kind: 'propose'; booking: B } | { kind: 'ask'; reason: UnbookedReason } {
  const free = onDay.filter((b) => !linkedBookingIds.has(b.id));
  if (free.length === 1) return { kind: 'propose', booking: free[0] };
  if (onDay.length === 0) return { kind: 'ask', reason: 'no-booking' };
  return { kind: 'ask', reason: free.length === 0 ? 'day-taken' : 'several' };
}
