import Holidays from 'date-holidays';

/** A calendar day, `YYYY-MM-DD`, with no time zone: the unit of the posting schedule. */
export type LocalDate = string;

/** Language of user-facing text. */
export type Lang = 'sv' | 'en';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isLocalDate(s: string): s is LocalDate {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// Calendar arithmetic runs on UTC midnights so that DST changes can never shift a day.
const toUtc = (d: LocalDate) => Date.parse(`${d}T00:00:00Z`);
const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: LocalDate, n: number): LocalDate {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: LocalDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** The same day `n` months later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(d: LocalDate, n: number): LocalDate {
  const [y, m, day] = d.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last)));
}

/**
 * One formatter per time zone, made once, and its last answer: a turn asks for "today" a dozen times
 * within the same second, and date-fns' `format` in a zone built a zoned date and formatted it piece by
 * piece each time (2% of a turn's CPU). Keyed by the second: every zone's offset is whole seconds.
 */
const wallClocks = new Map<string, { format: Intl.DateTimeFormat; second: number; parts: WallClock }>();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Year, month, day, hour and minute of instant `now` on the wall clock of `zone` (RangeError for an invalid date or zone). */
function wallClock(now: Date, zone: string): WallClock {
  const second = Math.floor(now.getTime() / 1000);
  let clock = wallClocks.get(zone);
  if (clock && clock.second === second) return clock.parts;
  const format =
    clock?.format ??
    new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(now)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  clock = { format, second, parts: { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute } };
  wallClocks.set(zone, clock);
  return clock.parts;
}

/** The calendar day of instant `now` in time zone `zone`. */
export function localDay(now: Date, zone: string): LocalDate {
  const { year, month, day } = wallClock(now, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minutes after local midnight of instant `now` in time zone `zone`. */
export function localMinutes(now: Date, zone: string): number {
  const { hour, minute } = wallClock(now, zone);
  return hour * 60 + minute;
}

/** What kind of special day a date is, for warnings and working time. */
export interface SpecialDay {
  kind: 'holiday' | 'eve';
  name: string;
  /** A day off in practice: public holidays, and the eves Swedish employers give off (midsommar-, jul-, nyårsafton). */
  dayOff: boolean;
}

/**
 * Public holidays and their eves for one country, computed offline by `date-holidays`.
 * Eves are the days the library calls bank days or "…afton", and any day right before a public holiday.
 */
export class HolidayCalendar {
  private readonly byYear = new Map<string, Map<LocalDate, SpecialDay>>();
  private engineOf: Holidays | null | undefined;

  /** @param country ISO code such as `SE`, or `none` for a calendar without holidays. */
  constructor(private readonly country: string) {}

  /**
   * The library's country rules, built when a year is first computed rather than at start. The module
   * itself is imported eagerly: a lazy `require` fails where the code runs as an ES module (`npm run dev`
   * under tsx). Each year is computed once (`byYear`).
   */
  private get engine(): Holidays | null {
    if (this.engineOf === undefined) {
      this.engineOf = this.country === 'none' ? null : new Holidays(this.country);
    }
    return this.engineOf;
  }

  /** The holiday or eve on `d`, named in `lang`, or null for an ordinary day. */
  special(d: LocalDate, lang: Lang = 'sv'): SpecialDay | null {
    return this.year(Number(d.slice(0, 4)), lang).get(d) ?? null;
  }

  /** True on a public holiday. */
  isHoliday(d: LocalDate): boolean {
    return this.special(d)?.kind === 'holiday';
  }

  /** True on a public holiday or an eve that is a day off in practice. */
  isDayOff(d: LocalDate): boolean {
    return this.special(d)?.dayOff ?? false;
  }

  private year(year: number, lang: Lang): Map<LocalDate, SpecialDay> {
    const key = `${year}:${lang}`;
    let days = this.byYear.get(key);
    if (days) return days;
    days = new Map();
    if (this.engine) {
      // Next year too, so that 31 December knows that 1 January is a holiday.
      const sv = [...this.engine.getHolidays(year, 'sv'), ...this.engine.getHolidays(year + 1, 'sv')];
      const named = lang === 'sv' ? sv : [...this.engine.getHolidays(year, lang), ...this.engine.getHolidays(year + 1, lang)];
      // Whether a day is an eve is read from the Swedish names ("…afton"); the shown name is the user's language.
      const nameOf = (i: number) => named[i]?.name ?? sv[i].name;
      sv.forEach((h, i) => {
        if (h.type === 'public') days.set(h.date.slice(0, 10), { kind: 'holiday', name: nameOf(i), dayOff: true });
      });
      sv.forEach((h, i) => {
        const d = h.date.slice(0, 10);
        if (!days.has(d) && (h.type === 'bank' || /afton$/i.test(h.name))) days.set(d, { kind: 'eve', name: nameOf(i), dayOff: h.type === 'bank' });
      });
      sv.forEach((h, i) => {
        if (h.type !== 'public') return;
        const before = addDays(h.date.slice(0, 10), -1);
        if (!days.has(before)) {
          days.set(before, { kind: 'eve', name: lang === 'sv' ? `dagen före ${nameOf(i)}` : `the day before ${nameOf(i)}`, dayOff: false });
        }
      });
    }
    this.byYear.set(key, days);
    return days;
  }
}
