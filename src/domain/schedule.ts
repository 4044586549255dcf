import { addDays, addMonths, daysBetween, HolidayCalendar, Lang, LocalDate, weekday } from './calendar';

/** What kind of post a booking is for; sponsored posts need no booking and are not a type here. */
export const POST_TYPES = ['inlagg', 'artikel', 'evenemang'] as const;
export type PostType = (typeof POST_TYPES)[number];

/** The five content categories of RULES.md. */
export const CATEGORIES = ['samhallsinformation', 'tips', 'vardag', 'utveckling', 'platsvarumarke'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Each post serves one goal. */
export const GOALS = ['informera', 'aktivera', 'engagera'] as const;
export type Goal = (typeof GOALS)[number];

/** The rules of the posting schedule, from configuration. */
export interface ScheduleRules {
  /** Posts per day before a day is full. */
  capacity: number;
  /** How far ahead a day may be booked. */
  horizonMonths: number;
  /** Minutes after midnight after which a Friday post gets a warning (13:00 itself does not). */
  fridayCutoff: number;
  holidays: HolidayCalendar;
}

/** Why a day needs the editor's confirmation before it is booked. */
export type BookingWarning =
  | { kind: 'friday-afternoon'; cutoff: number }
  /** A Friday booked without a time: the editor is asked for one (before the cutoff) or books it as is. */
  | { kind: 'friday-no-time'; cutoff: number }
  | { kind: 'weekend'; day: 'saturday' | 'sunday' }
  | { kind: 'holiday'; name: string }
  | { kind: 'eve'; name: string };

/** Whether a day can be booked at all, seen from `today`. */
export type DayCheck =
  | { ok: true }
  | { ok: false; reason: 'past'; day: LocalDate; today: LocalDate }
  | { ok: false; reason: 'too-far'; day: LocalDate; lastDay: LocalDate };

/** The last day that may be booked from `today`. */
export function lastBookableDay(today: LocalDate, rules: Pick<ScheduleRules, 'horizonMonths'>): LocalDate {
  return addMonths(today, rules.horizonMonths);
}

/** Refuses past days and days beyond the booking horizon. */
export function checkBookableDay(day: LocalDate, today: LocalDate, rules: Pick<ScheduleRules, 'horizonMonths'>): DayCheck {
  if (day < today) return { ok: false, reason: 'past', day, today };
  const lastDay = lastBookableDay(today, rules);
  if (day > lastDay) return { ok: false, reason: 'too-far', day, lastDay };
  return { ok: true };
}

/**
 * Warnings an editor must confirm before booking: discussions started late on a Friday, at a weekend,
 * on a public holiday or its eve go unanswered until the next working day. "Late on a Friday" is after
 * the cutoff, as RULES.md says: with a 13:00 cutoff, 13:00 is fine and 13:01 warns. A Friday without a
 * time could be either, so it is not silently let through: it asks for a time.
 * @param timeOfDay minutes after midnight, or null when the editor gave no time.
 */
export function bookingWarnings(day: LocalDate, timeOfDay: number | null, rules: ScheduleRules, lang: Lang = 'sv'): BookingWarning[] {
  const warnings: BookingWarning[] = [];
  const dow = weekday(day);
  if (dow === 0 || dow === 6) warnings.push({ kind: 'weekend', day: dow === 6 ? 'saturday' : 'sunday' });
  const special = rules.holidays.special(day, lang);
  // On a holiday or an eve the whole day is the concern, not its afternoon.
  if (dow === 5 && timeOfDay === null && !special) warnings.push({ kind: 'friday-no-time', cutoff: rules.fridayCutoff });
  if (dow === 5 && timeOfDay !== null && timeOfDay > rules.fridayCutoff) {
    warnings.push({ kind: 'friday-afternoon', cutoff: rules.fridayCutoff });
  }
  if (special) warnings.push({ kind: special.kind, name: special.name } as BookingWarning);
  return warnings;
}

/**
 * The `count` nearest days to `day` that are bookable, not full and need no warning, searching later
 * and earlier days alike. Which days: the nearest by distance (the later one at equal distance). In what
 * order: by date, so that a card lists them as a calendar does ("7, 9, 10 December", not "9, 7, 10").
 * A Friday without a time counts as free: clicking it asks for the time.
 * @param taken how many bookings count against capacity on each day.
 */
export function nearestFreeDays(
  day: LocalDate,
  today: LocalDate,
  taken: ReadonlyMap<LocalDate, number>,
  rules: ScheduleRules,
  timeOfDay: number | null = null,
  count = 3,
): LocalDate[] {
  const lastDay = lastBookableDay(today, rules);
  const isFree = (d: LocalDate) => isPlainFreeDay(d, today, taken, rules, timeOfDay);
  const found: LocalDate[] = [];
  const maxDistance = Math.max(daysBetween(today, lastDay), daysBetween(day, lastDay)) + 1;
  for (let k = 1; k <= maxDistance && found.length < count; k++) {
    for (const d of [addDays(day, k), addDays(day, -k)]) {
      if (found.length < count && isFree(d)) found.push(d);
    }
  }
  return found.sort();
}

/**
 * A day an editor can book from `today` without being asked anything: bookable, not full, and without
 * a warning (a Friday without a time counts: booking it asks for the time).
 */
export function isPlainFreeDay(
  d: LocalDate,
  today: LocalDate,
  taken: ReadonlyMap<LocalDate, number>,
  rules: ScheduleRules,
  timeOfDay: number | null = null,
): boolean {
  return (
    checkBookableDay(d, today, rules).ok &&
    (taken.get(d) ?? 0) < rules.capacity &&
    bookingWarnings(d, timeOfDay, rules).every((w) => w.kind === 'friday-no-time')
  );
}

/**
 * A day to show in examples (`/book 10 dec …`): always in the future when the example is read, and a
 * plain working day that books without a warning, a week or more after `today`.
 */
export function exampleBookingDay(today: LocalDate, rules: ScheduleRules): LocalDate {
  for (let k = 7; k < 7 + 60; k++) {
    const d = addDays(today, k);
    if (bookingWarnings(d, null, rules).length === 0) return d;
  }
  return addDays(today, 7);
}

/** The days of the schedule view: `weeks` weeks from `today`. */
export function scheduleDays(today: LocalDate, weeks = 4): LocalDate[] {
  return Array.from({ length: weeks * 7 }, (_, i) => addDays(today, i));
}

/** Parses `HH:MM` (also `H.MM`, `kl 9`, `9`) into minutes after midnight, or null. */
export function parseTimeOfDay(input: string): number | null {
  const m = /^(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$/i.exec(input.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Minutes after midnight as `HH:MM`. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
