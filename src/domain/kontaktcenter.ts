import { addDays, LocalDate, weekday } from './calendar';
import type { HolidayCalendar } from './calendar';

/**
 * Kontaktcenter (KC) rules, pure: when a post's owner is asked for an FAQ for KC, and when comments or
 * flags on one post come so fast that the superadmins should hear of it.
 */

/** What makes a working day: working weekdays (0 = Sunday) that are not days off. */
export interface WorkingDays {
  days: readonly number[];
  holidays: Pick<HolidayCalendar, 'isDayOff'>;
}

export function isWorkingDay(d: LocalDate, wd: WorkingDays): boolean {
  return wd.days.includes(weekday(d)) && !wd.holidays.isDayOff(d);
}

/**
 * The day the owner of a post with "förväntat hög aktivitet" is asked for an FAQ for KC: `before` working
 * days before the post day (two by default), so KC has it in time. A Monday post is asked for on the
 * Thursday before; a post after a holiday skips the holiday.
 */
export function faqAskDay(postDay: LocalDate, wd: WorkingDays, before = 2): LocalDate {
  let d = postDay;
  let left = before;
  // A calendar with no working day at all is misconfigured; a year back is far enough.
  for (let i = 0; i < 400 && left > 0; i++) {
    d = addDays(d, -1);
    if (isWorkingDay(d, wd)) left -= 1;
  }
  return d;
}

/**
 * Whether the FAQ ask is due for a post day, seen on `today`: from the ask day up to the day before the
 * post (a booking made or moved late is still asked, once).
 */
export function faqAskDue(postDay: LocalDate, today: LocalDate, wd: WorkingDays, before = 2): boolean {
  return today >= faqAskDay(postDay, wd, before) && today < postDay;
}

/** How many comments, or flags, on one post within the window make a rush. */
export interface RushThresholds {
  comments: number;
  flags: number;
  windowMinutes: number;
}

export const DEFAULT_RUSH: RushThresholds = { comments: 15, flags: 3, windowMinutes: 60 };

/** A rush: at least the threshold of comments or of flags on one post within the window. */
export function isRush(counts: { comments: number; flags: number }, t: RushThresholds): boolean {
  return counts.comments >= t.comments || counts.flags >= t.flags;
}

/** The start of the alert window `at` falls in: one alert per post per window. */
export function rushWindowStart(at: Date, t: RushThresholds): Date {
  const ms = t.windowMinutes * 60_000;
  return new Date(Math.floor(at.getTime() / ms) * ms);
}
