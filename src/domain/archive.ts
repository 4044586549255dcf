import { TZDate } from '@date-fns/tz';
import { addDays, LocalDate, localDay, weekday } from './calendar';
import type { WorkingTime } from './workingTime';

/**
 * A calendar half-year of the page's flow, the unit the guideline archives ("skriva ut flödet varje halvår"):
 * half 1 is 1 January – 30 June, half 2 is 1 July – 31 December.
 */
export interface HalfYear {
  year: number;
  half: 1 | 2;
}

/** When and how the half-year archive is made. */
export interface ArchivePlan {
  /** Months (1–12) in whose first working day the archive of the half-years that have ended is made. */
  months: number[];
  /** Minutes after local midnight on that day. */
  atMinutes: number;
  /** Working days and holidays (the first working day of the month), in the city's time zone. */
  workingTime: Pick<WorkingTime, 'timeZone' | 'days' | 'holidays'>;
}

const PERIOD = /^(\d{4})\s*[Hh]\s*([12])$/;

/** `2026H1`, as the archive and `/arkiv` name it. */
export function periodName(h: HalfYear): string {
  return `${h.year}H${h.half}`;
}

/** Reads `2026H1` (also `2026 h1`); null for anything else. */
export function parsePeriod(text: string): HalfYear | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, half: m[2] === '1' ? 1 : 2 };
}

/** The half-year a local day lies in. */
export function halfYearOfDay(day: LocalDate): HalfYear {
  return { year: Number(day.slice(0, 4)), half: Number(day.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** The half-year after `h`. */
export function nextHalfYear(h: HalfYear): HalfYear {
  return h.half === 1 ? { year: h.year, half: 2 } : { year: h.year + 1, half: 1 };
}

/** The half-year before `h`. */
export function previousHalfYear(h: HalfYear): HalfYear {
  return h.half === 2 ? { year: h.year, half: 1 } : { year: h.year - 1, half: 2 };
}

/** The first and last local day of a half-year. */
export function halfYearDays(h: HalfYear): { first: LocalDate; last: LocalDate } {
  return h.half === 1 ? { first: `${h.year}-01-01`, last: `${h.year}-06-30` } : { first: `${h.year}-07-01`, last: `${h.year}-12-31` };
}

/** Instant of local `minutes` after midnight on `day` in `zone`. */
function instantOf(day: LocalDate, minutes: number, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, zone).getTime());
}

/** The half-year as instants `[start, end)`: local midnights in `zone`. */
export function halfYearBounds(h: HalfYear, zone: string): { start: Date; end: Date } {
  return { start: instantOf(halfYearDays(h).first, 0, zone), end: instantOf(halfYearDays(nextHalfYear(h)).first, 0, zone) };
}

/** The first working day of a month: a working weekday that is neither a holiday nor an eve given off. */
export function firstWorkingDay(year: number, month: number, wt: ArchivePlan['workingTime']): LocalDate {
  let day: LocalDate = `${year}-${String(month).padStart(2, '0')}-01`;
  // A month without a working day means WORKING_DAYS is empty, which the configuration does not allow.
  for (let i = 0; i < 31; i++, day = addDays(day, 1)) {
    if (wt.days.includes(weekday(day)) && !wt.holidays.isDayOff(day)) return day;
  }
  throw new RangeError(`no working day in ${year}-${month}: check WORKING_DAYS`);
}

/** The archive's run in one month: its first working day at the planned time. */
export function archiveSlot(year: number, month: number, plan: ArchivePlan): Date {
  return instantOf(firstWorkingDay(year, month, plan.workingTime), plan.atMinutes, plan.workingTime.timeZone);
}

/** The first planned run after `after`. */
export function nextArchiveSlot(after: Date, plan: ArchivePlan): Date {
  const today = localDay(after, plan.workingTime.timeZone);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  // Within 13 months there is always a planned month; the loop looks one month further for safety.
  for (let i = 0; i < 14; i++) {
    if (plan.months.includes(month)) {
      const slot = archiveSlot(year, month, plan);
      if (slot.getTime() > after.getTime()) return slot;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  throw new RangeError('no archive month planned');
}

/** The latest planned run at or before `at`, or null when there is none within a year. */
export function lastArchiveSlot(at: Date, plan: ArchivePlan): Date | null {
  const today = localDay(at, plan.workingTime.timeZone);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let i = 0; i < 14; i++) {
    if (plan.months.includes(month)) {
      const slot = archiveSlot(year, month, plan);
      if (slot.getTime() <= at.getTime()) return slot;
    }
    month--;
    if (month < 1) {
      month = 12;
      year--;
    }
  }
  return null;
}

/**
 * The half-years the archive job owes at `now`: every half-year that ended after `since` (when the bot began
 * archiving; earlier ones are made on request) and no later than the latest planned run. Oldest first.
 */
export function dueHalfYears(now: Date, since: Date, plan: ArchivePlan): HalfYear[] {
  const slot = lastArchiveSlot(now, plan);
  if (!slot) return [];
  const zone = plan.workingTime.timeZone;
  const due: HalfYear[] = [];
  for (let h = halfYearOfDay(localDay(since, zone)); ; h = nextHalfYear(h)) {
    const { end } = halfYearBounds(h, zone);
    if (end.getTime() > slot.getTime()) break;
    if (end.getTime() > since.getTime()) due.push(h);
  }
  return due;
}

/** True when the half-year has ended at `now` (only an ended half-year can be archived). */
export function hasEnded(h: HalfYear, now: Date, zone: string): boolean {
  return halfYearBounds(h, zone).end.getTime() <= now.getTime();
}

/** The latest half-year that has ended at `now`. */
export function latestEnded(now: Date, zone: string): HalfYear {
  return previousHalfYear(halfYearOfDay(localDay(now, zone)));
}
