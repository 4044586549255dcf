import { addDays, HolidayCalendar, LocalDate, weekday } from './calendar';

/**
 * When the answer clock runs: the local wall-clock hours `[start, end)` on local days whose weekday is in
 * `days` and that are not {@link HolidayCalendar.isDayOff}, in `timeZone`.
 *
 * Inside a working period the clock counts real elapsed time between the wall-clock start and end instants,
 * so 08:00–17:00 is nine hours on the days clocks change too (the change happens at night). Only a period
 * that itself spans the change (e.g. 00:00–23:59) is an hour shorter or longer on those two days.
 */
export interface WorkingTime {
  /** IANA time zone of the wall clock, e.g. `Europe/Stockholm`. */
  timeZone: string;
  /** Working hours as minutes after local midnight; `end` is exclusive and after `start`. */
  hours: { start: number; end: number };
  /** Working weekdays as JavaScript day numbers, 0 = Sunday. */
  days: number[];
  /** Public holidays and the eves that are days off. */
  holidays: HolidayCalendar;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
// A calendar with no working day in a whole year is misconfigured; stop instead of looping for ever.
const MAX_DAYS_WITHOUT_WORK = 400;

/** One working period as UTC milliseconds, `[start, end)`. */
interface Period {
  start: number;
  end: number;
}

// date-fns' TZDate costs about 20 µs per construction; one cached Intl formatter per zone is ten times cheaper,
// and a deadline needs a handful of these per calendar day it crosses.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock of instant `ms` in `zone`, as the UTC milliseconds that show the same fields. */
function wallMs(ms: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + (ms % 1000 + 1000) % 1000;
}

/** The calendar day of instant `ms` in `zone`. */
function dayOf(ms: number, zone: string): LocalDate {
  return new Date(wallMs(ms, zone)).toISOString().slice(0, 10);
}

// The same few working-day starts and ends are asked for again and again (every question of the week crosses
// them); remembering them makes a deadline a matter of map look-ups. Bounded, so it cannot grow without end.
const instants = new Map<string, number>();
const MAX_CACHED_INSTANTS = 10_000;

/**
 * The instant the wall clock in `zone` shows `minutes` after midnight of `day`. A time skipped by the spring
 * change moves forward by the gap (02:30 → 03:30); a time shown twice in autumn is the later, standard-time one.
 */
export function instantOf(day: LocalDate, minutes: number, zone: string): number {
  const key = `${zone} ${day} ${minutes}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instant = computeInstantOf(day, minutes, zone);
    instants.set(key, instant);
  }
  return instant;
}

function computeInstantOf(day: LocalDate, minutes: number, zone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE_MS;
  const first = wall - (wallMs(wall, zone) - wall);
  const offset = wallMs(first, zone) - first;
  return wall - offset;
}

/** True on a working weekday that is not a day off (a public holiday, or an eve given off). */
export function isWorkingDay(day: LocalDate, wt: Pick<WorkingTime, 'days' | 'holidays'>): boolean {
  return wt.days.includes(weekday(day)) && !wt.holidays.isDayOff(day);
}

function periodOf(day: LocalDate, wt: WorkingTime): Period | null {
  if (!isWorkingDay(day, wt)) return null;
  return { start: instantOf(day, wt.hours.start, wt.timeZone), end: instantOf(day, wt.hours.end, wt.timeZone) };
}

/**
 * The working periods from the local day of `fromMs` on, in order, skipping days off. Throws a RangeError
 * when a whole year passes without one (no working days configured).
 */
function* periodsFrom(fromMs: number, wt: WorkingTime): Generator<Period> {
  if (!(wt.hours.end > wt.hours.start)) throw new RangeError('working hours must end after they start');
  let day = dayOf(fromMs, wt.timeZone);
  for (let idle = 0; idle < MAX_DAYS_WITHOUT_WORK; day = addDays(day, 1)) {
    const period = periodOf(day, wt);
    if (!period) {
      idle++;
      continue;
    }
    idle = 0;
    yield period;
  }
  throw new RangeError(`no working day in ${MAX_DAYS_WITHOUT_WORK} days from ${day}: check WORKING_DAYS`);
}

/** True when instant `at` lies inside working time (the end of the working day, 17:00, is outside). */
export function isWorkingTime(at: Date, wt: WorkingTime): boolean {
  const period = periodOf(dayOf(at.getTime(), wt.timeZone), wt);
  return period !== null && period.start <= at.getTime() && at.getTime() < period.end;
}

/**
 * The instant `hours` working hours after `from` (the clock runs only in working time). A result that falls
 * exactly on the end of a working period stays there (17:00), never rolling over to the next morning.
 * Zero hours returns `from` itself; a negative or non-finite number throws a RangeError.
 */
export function addWorkingHours(from: Date, hours: number, wt: WorkingTime): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours to add must be a finite number >= 0, got ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0) return new Date(from.getTime());
  for (const period of periodsFrom(from.getTime(), wt)) {
    const cursor = Math.max(from.getTime(), period.start);
    if (cursor >= period.end) continue;
    if (remaining <= period.end - cursor) return new Date(cursor + remaining);
    remaining -= period.end - cursor;
  }
  throw new Error('unreachable: periodsFrom either yields or throws');
}

/** The answer deadline of a question posted at `postedAt`: addWorkingHours(postedAt, budgetHours). */
export function answerDeadline(postedAt: Date, budgetHours: number, wt: WorkingTime): Date {
  return addWorkingHours(postedAt, budgetHours, wt);
}

/** Working hours elapsed between two instants (0 when b <= a), as a fractional number of hours. */
export function workingHoursBetween(a: Date, b: Date, wt: WorkingTime): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  let total = 0;
  for (const period of periodsFrom(from, wt)) {
    if (period.start >= to) break;
    total += Math.max(0, Math.min(to, period.end) - Math.max(from, period.start));
  }
  return total / HOUR_MS;
}

/** The start of the next working period at or after `at` (`at` itself when inside working time). */
export function nextWorkingStart(at: Date, wt: WorkingTime): Date {
  for (const period of periodsFrom(at.getTime(), wt)) {
    if (at.getTime() < period.end) return new Date(Math.max(at.getTime(), period.start));
  }
  throw new Error('unreachable: periodsFrom either yields or throws');
}

/**
 * The start of working time on the next working day after the local day of `at` (for "remind me tomorrow
 * 08:00"): on a Friday that is Monday's start, before a holiday the first working day after it.
 */
export function nextWorkingDayStart(at: Date, wt: WorkingTime): Date {
  const tomorrow = addDays(dayOf(at.getTime(), wt.timeZone), 1);
  for (const period of periodsFrom(instantOf(tomorrow, 0, wt.timeZone), wt)) return new Date(period.start);
  throw new Error('unreachable: periodsFrom either yields or throws');
}
