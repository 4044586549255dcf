import { addDays, daysBetween, isLocalDate, LocalDate } from './calendar';
import { parseDay } from './dateInput';

/** An editor's away period: both days included, calendar days in the bot's time zone. */
export interface Absence {
  id: string;
  userId: string;
  userName: string;
  fromDay: LocalDate;
  toDay: LocalDate;
  substituteId: string;
  substituteName: string;
}

/** The longest away period one command may set (a year and a day: "1/7 2026 – 1/7 2027" still reads). */
export const MAX_ABSENCE_DAYS = 366;

/** Whether the person is away on `day`. */
export function isAwayOn(a: Pick<Absence, 'fromDay' | 'toDay'>, day: LocalDate): boolean {
  return a.fromDay <= day && day <= a.toDay;
}

/** Whether two periods share at least one day. */
export function overlaps(a: Pick<Absence, 'fromDay' | 'toDay'>, b: Pick<Absence, 'fromDay' | 'toDay'>): boolean {
  return a.fromDay <= b.toDay && b.fromDay <= a.toDay;
}

/** The person's away period on `day`, if any. */
export function awayPeriod(userId: string, day: LocalDate, absences: readonly Absence[]): Absence | null {
  return absences.find((a) => a.userId === userId && isAwayOn(a, day)) ?? null;
}

/** Who stands in for a person today: their substitute, and the substitute's while that one is away too (no circles). */
export function standIn(userId: string, day: LocalDate, absences: readonly Absence[]): { id: string; name: string; away: Absence } | null {
  const first = awayPeriod(userId, day, absences);
  if (!first) return null;
  const seen = new Set([userId]);
  let current = first;
  // A chain of substitutes who are all away ends with the last one who is not (or, in a circle, the first substitute).
  while (!seen.has(current.substituteId)) {
    seen.add(current.substituteId);
    const next = awayPeriod(current.substituteId, day, absences);
    if (!next) return { id: current.substituteId, name: current.substituteName, away: first };
    current = next;
  }
  return { id: first.substituteId, name: first.substituteName, away: first };
}

/** An away period read from text: the days, or why it could not be read. */
export type ParsedPeriod =
  | { ok: true; fromDay: LocalDate; toDay: LocalDate }
  | { ok: false; reason: 'no-period' | 'backwards' | 'past' | 'too-long' };

// "1–28 juli", "1 juli - 28 juli", "1/7-28/7", "1 juli till 28 juli", "July 1 to July 28", "2026-07-01 – 2026-07-28".
const RANGE_WORDS = /\s*(?:–|—|\s-\s|\btill\b|\bto\b|\bt\.?o\.?m\.?|\buntil\b)\s*/i;

/**
 * Reads an away period the way editors write one, with the bot's day parsing (`domain/dateInput.ts`):
 * a range ("1–28 juli", "1/7-28/7", "1 juli till 28 juli", "2026-07-01 – 2026-07-28") or one day. The
 * start may leave out the month the end has ("1–28 juli"). A period written without a year that would
 * already be over means the next one ("1–28 juli" written in November is next July).
 */
export function parseAwayPeriod(text: string, today: LocalDate): ParsedPeriod {
  const s = text.trim();
  if (!s) return { ok: false, reason: 'no-period' };
  const found = splitRange(s, today) ?? single(s, today);
  if (!found) return { ok: false, reason: 'no-period' };
  let { fromDay, toDay } = found;
  if (toDay < fromDay) return { ok: false, reason: 'backwards' };
  if (toDay < today && !/\b\d{4}\b/.test(s)) {
    fromDay = addYear(fromDay);
    toDay = addYear(toDay);
  }
  if (toDay < today) return { ok: false, reason: 'past' };
  if (daysBetween(fromDay, toDay) >= MAX_ABSENCE_DAYS) return { ok: false, reason: 'too-long' };
  return { ok: true, fromDay, toDay };
}

function single(s: string, today: LocalDate): { fromDay: LocalDate; toDay: LocalDate } | null {
  const day = parseDay(s, today);
  return day ? { fromDay: day, toDay: day } : null;
}

/** Both ends of a range; the start may be a bare day of the end's month. */
function splitRange(s: string, today: LocalDate): { fromDay: LocalDate; toDay: LocalDate } | null {
  const parts = s.split(RANGE_WORDS);
  if (parts.length === 2) return ends(parts[0], parts[1], today);
  // A plain hyphen between two dates ("1/7-28/7", "1-28 juli"); not the hyphens inside 2026-07-01.
  for (let i = s.indexOf('-'); i > 0; i = s.indexOf('-', i + 1)) {
    const found = ends(s.slice(0, i), s.slice(i + 1), today);
    if (found) return found;
  }
  return null;
}

function ends(left: string, right: string, today: LocalDate): { fromDay: LocalDate; toDay: LocalDate } | null {
  const toDay = parseDay(right.trim(), today);
  if (!toDay) return null;
  const l = left.trim().replace(/\.$/, '');
  let fromDay = parseDay(l, today);
  if (!fromDay && /^\d{1,2}$/.test(l)) {
    const candidate = `${toDay.slice(0, 8)}${l.padStart(2, '0')}`;
    fromDay = parseDay(candidate, today);
  }
  if (!fromDay) return null;
  // "28 dec – 3 jan": the start is the nearest 28 December before the end.
  if (fromDay > toDay && fromDay.slice(5, 7) > toDay.slice(5, 7) && !/\b\d{4}\b/.test(left)) fromDay = addYear(fromDay, -1);
  return { fromDay, toDay };
}

function addYear(d: LocalDate, n = 1): LocalDate {
  const year = Number(d.slice(0, 4)) + n;
  const candidate = `${year}${d.slice(4)}`;
  // 29 February in a year without one: the day before.
  return isLocalDate(candidate) ? candidate : addDays(`${year}-03-01`, -1);
}
