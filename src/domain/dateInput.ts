import { addDays, daysBetween, isLocalDate, LocalDate, weekday } from './calendar';

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'february', 'feb']],
  [3, ['mars', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['maj', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['augusti', 'august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;

const WEEKDAYS: Record<string, number> = {
  sondag: 0, sunday: 0, sun: 0, son: 0,
  mandag: 1, monday: 1, mon: 1, man: 1,
  tisdag: 2, tuesday: 2, tue: 2, tues: 2, tis: 2,
  onsdag: 3, wednesday: 3, wed: 3, ons: 3,
  torsdag: 4, thursday: 4, thu: 4, thur: 4, thurs: 4, tors: 4,
  fredag: 5, friday: 5, fri: 5, fre: 5,
  lordag: 6, saturday: 6, sat: 6, lor: 6,
};

const RELATIVE: Record<string, number> = {
  idag: 0, 'i dag': 0, today: 0,
  imorgon: 1, 'i morgon': 1, imorn: 1, 'i morn': 1, tomorrow: 1,
  overmorgon: 2, 'i overmorgon': 2, 'day after tomorrow': 2,
};

/** Lower-case, fold å/ä/ö so "lördag" and "lordag" meet, drop filler words and ordinal endings. */
function normalise(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[,]/g, ' ')
    .replace(/\b(pa|den|on|the|next|nasta)\b/g, ' ')
    .replace(/\b(\d{1,2})(?::e|:a|st|nd|rd|th)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function build(year: number, month: number, day: number): LocalDate | null {
  const d = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(d) ? d : null;
}

/**
 * A day and month without a year means the nearest such day to `today`, earlier or later (the later one
 * when both are as near): "3 jan" written in December is next month, but "3 dec" written on 6 December
 * is three days ago (and refused as passed), not next December.
 */
function nearestOccurrence(today: LocalDate, month: number, day: number): LocalDate | null {
  const year = Number(today.slice(0, 4));
  let best: LocalDate | null = null;
  // Four years either way at most: 29 February exists only in leap years.
  for (let y = year - 4; y <= year + 4; y++) {
    const d = build(y, month, day);
    if (!d) continue;
    const distance = Math.abs(daysBetween(today, d));
    const bestDistance = best === null ? Infinity : Math.abs(daysBetween(today, best));
    if (distance < bestDistance || (distance === bestDistance && d > (best ?? ''))) best = d;
  }
  return best;
}

/** A day of a month, as written: the year only when it was written. */
interface WrittenDate {
  year?: number;
  month: number;
  day: number;
}

/** The day, month and year in `2026-12-03`, `3/12`, `3/12 2026`, `3 dec`, `3 december 2026`, `dec 3`; null for anything else. */
function writtenDate(s: string): WrittenDate | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{1,2})[/.](\d{1,2})(?:[/. ](\d{4}))?$/.exec(s);
  if (m) return { year: m[3] ? Number(m[3]) : undefined, month: Number(m[2]), day: Number(m[1]) };
  m = /^(\d{1,2})\.? ([a-z]+)\.?(?: (\d{4}))?$/.exec(s);
  if (m && m[2] in MONTHS) return { year: m[3] ? Number(m[3]) : undefined, month: MONTHS[m[2]], day: Number(m[1]) };
  m = /^([a-z]+)\.? (\d{1,2})(?: (\d{4}))?$/.exec(s);
  if (m && m[1] in MONTHS) return { year: m[3] ? Number(m[3]) : undefined, month: MONTHS[m[1]], day: Number(m[2]) };
  return null;
}

/**
 * Reads a day the way editors write one: `2026-12-03`, `3 dec`, `3 december 2026`, `dec 3`, `3/12`,
 * `3/12 2026`, `torsdag`, `imorgon`/`i morgon`, and the English equivalents. A weekday means the next one
 * after today; a day and month the nearest such day, which may have passed. Returns null when the text is not a day.
 */
export function parseDay(input: string, today: LocalDate): LocalDate | null {
  const s = normalise(input);
  if (s in RELATIVE) return addDays(today, RELATIVE[s]);
  if (s in WEEKDAYS) {
    const ahead = (WEEKDAYS[s] - weekday(today) + 7) % 7 || 7;
    return addDays(today, ahead);
  }
  const w = writtenDate(s);
  if (!w) return null;
  return w.year ? build(w.year, w.month, w.day) : nearestOccurrence(today, w.month, w.day);
}

/** A date written with a day its month does not have ("31 februari", "31/4"): the month's length that year. */
export interface NoSuchDay {
  month: number;
  day: number;
  /** The year meant: the one written, or the year the month next comes round from today. */
  year: number;
  daysInMonth: number;
}

/** "31 februari" read as a month with too few days; null when the text is a real day or no date at all. */
export function noSuchDay(input: string, today: LocalDate): NoSuchDay | null {
  const w = writtenDate(normalise(input));
  if (!w || w.month < 1 || w.month > 12 || w.day < 1 || w.day > 31) return null;
  const thisYear = Number(today.slice(0, 4));
  const year = w.year ?? (w.month >= Number(today.slice(5, 7)) ? thisYear : thisYear + 1);
  const daysInMonth = new Date(Date.UTC(year, w.month, 0)).getUTCDate();
  return w.day > daysInMonth ? { month: w.month, day: w.day, year, daysInMonth } : null;
}

/** The result of splitting `/book <day> [time] <title>`. */
export type QuickBookingInput =
  | { ok: true; day: LocalDate; time: string | null; title: string }
  | { ok: false; reason: 'no-day' | 'no-title' }
  | { ok: false; reason: 'no-such-day'; noSuchDay: NoSuchDay };

const TIME_TOKEN = /^(?:kl\.?)?(\d{1,2})[:.](\d{2})$/i;

/**
 * Splits the quick path's text into a day (the longest leading run of up to four words that reads as
 * a day), an optional time (`14:00`, `kl 14.00`) and the title.
 */
export function parseQuickBooking(text: string, today: LocalDate): QuickBookingInput {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const day = parseDay(words.slice(0, n).join(' '), today);
    if (!day) continue;
    let rest = words.slice(n);
    let time: string | null = null;
    if (rest[0] && /^kl\.?$/i.test(rest[0]) && rest[1]) rest = [`kl${rest[1]}`, ...rest.slice(2)];
    const t = rest[0] ? TIME_TOKEN.exec(rest[0]) : null;
    if (t && Number(t[1]) < 24 && Number(t[2]) < 60) {
      time = `${t[1].padStart(2, '0')}:${t[2]}`;
      rest = rest.slice(1);
    }
    const title = rest.join(' ').trim();
    return title ? { ok: true, day, time, title } : { ok: false, reason: 'no-title' };
  }
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const impossible = noSuchDay(words.slice(0, n).join(' '), today);
    if (impossible) return { ok: false, reason: 'no-such-day', noSuchDay: impossible };
  }
  return { ok: false, reason: 'no-day' };
}

/** The month (1–12) a word names, in Swedish or English, with or without å/ä/ö ("okt", "October"); null otherwise. */
export function monthOfName(word: string): number | null {
  return MONTHS[normalise(word)] ?? null;
}
