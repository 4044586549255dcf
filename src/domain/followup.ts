import { TZDate } from '@date-fns/tz';
import { addDays, LocalDate, weekday } from './calendar';
import { monthOfName } from './dateInput';
import { workingHoursBetween, WorkingTime } from './workingTime';

/**
 * The monthly follow-up: which month is meant, when its card is due, and every figure on it, computed from
 * plain facts (bookings, posts, questions, cases, the page's statistics). No I/O and no sentences here.
 */

/** A calendar month, `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `s` is a month written `YYYY-MM`. */
export function isMonth(s: string): s is Month {
  return MONTH.test(s);
}

/** The month `n` months after `m` (before, when negative). */
export function addMonthsTo(m: Month, n: number): Month {
  const [y, mo] = m.split('-').map(Number);
  const total = y * 12 + (mo - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The month before `m`. */
export function monthBefore(m: Month): Month {
  return addMonthsTo(m, -1);
}

/** The month of local day `d`. */
export function monthOfDay(d: LocalDate): Month {
  return d.slice(0, 7);
}

/** The first and last local day of a month. */
export function daysOf(m: Month): { first: LocalDate; last: LocalDate } {
  const first = `${m}-01`;
  return { first, last: addDays(`${addMonthsTo(m, 1)}-01`, -1) };
}

/** The month as instants in `zone`: from local midnight of its first day to local midnight of the next month's. */
export function monthRange(m: Month, zone: string): { start: Date; end: Date } {
  const at = (month: Month) => {
    const [y, mo] = month.split('-').map(Number);
    return new Date(new TZDate(y, mo - 1, 1, 0, 0, 0, zone).getTime());
  };
  return { start: at(m), end: at(addMonthsTo(m, 1)) };
}

/** The month as UTC instants (LinkedIn's statistics are bucketed by UTC days). */
export function utcMonthRange(m: Month): { start: Date; end: Date } {
  const [y, mo] = m.split('-').map(Number);
  return { start: new Date(Date.UTC(y, mo - 1, 1)), end: new Date(Date.UTC(y, mo, 1)) };
}

/** What `/uppföljning <text>` names: a month (never one still to come), or why not. */
export type MonthChoice = { ok: true; month: Month } | { ok: false; reason: 'unreadable' | 'future' };

/**
 * Reads a month as people write it: nothing (the month before `today`'s, the last whole month), `2026-11`,
 * `11/2026`, `november`, `nov 2026`, `förra` / `last` (the month before), `denna` / `this` (so far). A month
 * name without a year is its latest occurrence up to `today`'s month ("december" in January is last December).
 */
export function readMonth(text: string, today: LocalDate): MonthChoice {
  const current = monthOfDay(today);
  const words = text.trim().toLowerCase();
  let month: Month | null = null;
  if (!words || ['förra', 'forra', 'last', 'förra månaden', 'forra manaden', 'last month'].includes(words)) month = monthBefore(current);
  else if (['denna', 'den här', 'this', 'this month', 'denna månad', 'denna manad'].includes(words)) month = current;
  else if (MONTH.test(words)) month = words;
  else {
    const numeric = /^(\d{1,2})[/-](\d{4})$/.exec(words);
    const named = /^([a-zåäö]+)\.?(?:\s+(\d{4}))?$/.exec(words);
    if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) month = `${numeric[2]}-${numeric[1].padStart(2, '0')}`;
    else if (named && monthOfName(named[1])) {
      const n = String(monthOfName(named[1])).padStart(2, '0');
      const year = named[2] ?? current.slice(0, 4);
      month = `${year}-${n}`;
      if (!named[2] && month > current) month = `${Number(year) - 1}-${n}`;
    }
  }
  if (!month || !isMonth(month)) return { ok: false, reason: 'unreadable' };
  return month > current ? { ok: false, reason: 'future' } : { ok: true, month };
}

/** The `n`th working day (1 = the first) of a month: a working weekday that is not a holiday or an eve off. */
export function nthWorkingDay(m: Month, n: number, wt: Pick<WorkingTime, 'days' | 'holidays'>): LocalDate | null {
  const { last } = daysOf(m);
  let seen = 0;
  for (let d = `${m}-01`; d <= last; d = addDays(d, 1)) {
    if (wt.days.includes(weekday(d)) && !wt.holidays.isDayOff(d) && ++seen === n) return d;
  }
  return null;
}

/**
 * When the follow-up card of the month before `m` is posted: on the `workingDay`th working day of `m` at
 * `minutes` after local midnight. A month with fewer working days posts on its last day.
 */
export function followupDueAt(m: Month, opts: { workingDay: number; minutes: number }, wt: WorkingTime): Date {
  const day = nthWorkingDay(m, opts.workingDay, wt) ?? daysOf(m).last;
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, mo - 1, d, Math.floor(opts.minutes / 60), opts.minutes % 60, 0, wt.timeZone).getTime());
}


// ---- the page (LinkedIn) ----

/** The page's figures for a month, from LinkedIn's organisation statistics or typed in from LinkedIn Analytics. */
export interface PageFigures {
  /** Times the page's posts were shown. */
  impressions: number;
  /** Members reached (unique impressions); null when unknown (LinkedIn Analytics typed in without it). */
  reach: number | null;
  reactions: number;
  comments: number;
  shares: number;
  clicks: number;
  newFollowers: number;
}

/** Reactions, comments, shares and clicks together. */
export function interactions(p: PageFigures): number {
  return p.reactions + p.comments + p.shares + p.clicks;
}

/**
 * Interactions per impression, as LinkedIn defines engagement ("clicks, likes, comments and shares over
 * impressions"); null without impressions. Computed here, not taken from LinkedIn's per-bucket `engagement`,
 * so that summed buckets and figures typed in get the same rate.
 */
export function engagementRate(p: PageFigures): number | null {
  return p.impressions > 0 ? interactions(p) / p.impressions : null;
}

/** The change from `before` to `now` as a fraction (0.25 = +25 %); null when there is nothing to compare with. */
export function change(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return (now - before) / before;
}

// ---- the network (our own database) ----

/** A question as the follow-up sees it. */
export interface QuestionFact {
  /** When the answer clock started (written, or seen when that is unknown). */
  askedAt: Date;
  /** The stored answer deadline (one working day, as the reminders computed it). */
  deadlineAt: Date;
  status: 'open' | 'answered';
  /** When it was answered. */
  answeredAt: Date | null;
}

/** How a month's questions fared. */
export interface QuestionFigures {
  /** Questions asked in the month that needed an answer. */
  asked: number;
  answeredInTime: number;
  answeredLate: number;
  /** Still unanswered now, deadline passed. */
  openOverdue: number;
  /** Still unanswered now, deadline not yet passed (not counted for or against). */
  openWithinDeadline: number;
  /** Questions whose outcome is known: answered, or still open past the deadline. */
  decided: number;
  /** Answered in time out of the decided ones; null when none is decided. */
  shareInTime: number | null;
  /** Median answer time in working hours; null when none was answered. */
  medianHours: number | null;
  /** 90th percentile (nearest rank) of the answer time in working hours. */
  p90Hours: number | null;
}

/** The median: the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The nearest-rank percentile `p` (0–100): the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
}

/**
 * The month's question figures, answer times in working time (08–17 on working days by default, holidays
 * excluded): a question asked Friday 16:00 and answered Monday 09:00 took two working hours.
 */
export function questionFigures(questions: readonly QuestionFact[], now: Date, wt: WorkingTime): QuestionFigures {
  const answered = questions.filter((q) => q.status === 'answered' && q.answeredAt);
  const open = questions.filter((q) => q.status === 'open');
  const inTime = answered.filter((q) => q.answeredAt!.getTime() <= q.deadlineAt.getTime()).length;
  const openOverdue = open.filter((q) => q.deadlineAt.getTime() < now.getTime()).length;
  const decided = answered.length + openOverdue;
  const hours = answered.map((q) => workingHoursBetween(q.askedAt, q.answeredAt!, wt));
  return {
    asked: answered.length + open.length,
    answeredInTime: inTime,
    answeredLate: answered.length - inTime,
    openOverdue,
    openWithinDeadline: open.length - openOverdue,
    decided,
    shareInTime: decided > 0 ? inTime / decided : null,
    medianHours: median(hours),
    p90Hours: percentile(hours, 90),
  };
}

/** Posts of one department in a month. */
export interface DepartmentPosts {
  department: string;
  booked: number;
  /** Posts seen on LinkedIn; null without the API (the bot cannot know). */
  published: number | null;
}

/** Posts per department, every configured department listed (also with nothing), then any others, by name. */
export function postsPerDepartment(
  departments: readonly string[],
  booked: ReadonlyMap<string, number>,
  published: ReadonlyMap<string, number> | null,
): DepartmentPosts[] {
  const others = [...new Set([...booked.keys(), ...(published?.keys() ?? [])])].filter((d) => !departments.includes(d)).sort((a, b) => a.localeCompare(b, 'sv'));
  return [...departments, ...others].map((department) => ({
    department,
    booked: booked.get(department) ?? 0,
    published: published ? (published.get(department) ?? 0) : null,
  }));
}

/** Everything the network's own records say about a month (one department's slice, or all). */
export interface NetworkFigures {
  posts: DepartmentPosts[];
  questions: QuestionFigures;
  /** Comments removed (cases resolved as removed) in the month. */
  removed: number;
  /** Threats escalated in the month. */
  threats: number;
}

/** Sums a column of the posts table; null when every value is unknown. */
export function totalPosts(posts: readonly DepartmentPosts[], key: 'booked' | 'published'): number | null {
  if (key === 'published' && posts.some((p) => p.published === null)) return null;
  return posts.reduce((sum, p) => sum + (p[key] ?? 0), 0);
}
