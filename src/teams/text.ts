import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import { tz } from '@date-fns/tz';
import type { Lang, LocalDate } from '../domain/calendar';
import type { BookingWarning, Category, Goal, PostType } from '../domain/schedule';
import { formatTimeOfDay } from '../domain/schedule';
import { EXAMPLE_DAY, helpRows } from './commands';
import { t } from './messages';

/** The user's language: English when Teams says so, Swedish otherwise. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

const dateLocale = { sv, en: enGB };

/** A calendar day as people read it: "torsdag 3 december" (with the year when it is not `thisYear`). */
export function formatDay(day: LocalDate, lang: Lang, thisYear?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d, 12);
  const withYear = thisYear !== undefined && day.slice(0, 4) !== thisYear;
  return format(date, withYear ? 'EEEE d MMMM yyyy' : 'EEEE d MMMM', { locale: dateLocale[lang] });
}

const SHORT_MONTHS: Record<Lang, string[]> = {
  sv: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A day as an editor types it after /book: "10 dec" ("10 Dec"); the quick path reads it back. */
export function shortDay(day: LocalDate, lang: Lang): string {
  const [, m, d] = day.split('-').map(Number);
  return `${d} ${SHORT_MONTHS[lang][m - 1]}`;
}

/** A month's name (1 = January): "februari", "February". */
export function monthName(month: number, lang: Lang): string {
  return format(new Date(2000, month - 1, 1, 12), 'MMMM', { locale: dateLocale[lang] });
}

/** An instant in the bot's time zone: "torsdag 3 december 14:02". */
export function formatInstant(at: Date, lang: Lang, zone: string): string {
  return format(at, lang === 'sv' ? "EEEE d MMMM 'kl.' HH:mm" : "EEEE d MMMM 'at' HH:mm", { locale: dateLocale[lang], in: tz(zone) });
}

export const postTypeName = (p: PostType, lang: Lang) => t(lang).postTypes[p];
export const categoryName = (c: Category, lang: Lang) => t(lang).categories[c];
export const goalName = (g: Goal, lang: Lang) => t(lang).goals[g];

const options = (names: Record<string, string>) => Object.entries(names).map(([value, title]) => ({ title, value }));
/** Choices for Input.ChoiceSet. */
export const choices = {
  postTypes: (lang: Lang) => options(t(lang).postTypes),
  categories: (lang: Lang) => options(t(lang).categories),
  goals: (lang: Lang) => options(t(lang).goals),
};

/** One warning as a sentence that says why. */
export function warningText(w: BookingWarning, lang: Lang): string {
  const m = t(lang);
  switch (w.kind) {
    case 'weekend':
      return m.warnWeekend(w.day);
    case 'friday-afternoon':
      return m.warnFridayAfternoon(formatTimeOfDay(w.cutoff));
    case 'friday-no-time':
      return m.warnFridayNoTime(formatTimeOfDay(w.cutoff));
    case 'holiday':
      return m.warnHoliday(w.name);
    case 'eve':
      return m.warnEve(w.name);
  }
}

/** Someone's words quoted as the language quotes: ”…” in Swedish, “…” in English. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'sv' ? `”${text}”` : `“${text}”`;
}

/** The /help text: every command with an example; `exampleDay` ("10 dec") is a day still to come. */
export function helpText(lang: Lang, exampleDay: string): string {
  const m = t(lang);
  const rows = helpRows(lang).map(([cmd, what, ex]) => `- **${cmd}**: ${what} ${m.example}: \`${ex.replace(EXAMPLE_DAY, exampleDay)}\``);
  return [m.helpIntro, '', ...rows, '', m.helpOutro()].join('\n');
}

// Bidirectional overrides and isolates reorder what follows them (a name could reverse a card's text).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 controls but tab and newlines, DEL, and unpaired surrogate halves.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that a person or LinkedIn wrote (a comment, a title, a display name, a reason), made inert for a
 * card, where Teams renders Markdown: one line (no fake status lines, lists or headings), no bidi
 * controls, and Markdown's emphasis, link, code and quote characters escaped with a backslash, as in
 * CommonMark. What reads the same before and after is shown as written.
 */
/** A showcase page's name as cards show it (its URN when it has no name); null for the default page. */
export function showcasePageName(b: { pageUrn?: string | null; pageName?: string | null }): string | null {
  return b.pageUrn ? plain(b.pageName ?? b.pageUrn) : null;
}

export function plain(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(BIDI, '')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~|]/g, (ch) => `\\${ch}`)
    .replace(/^[#+-]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, (_m, n: string, p: string) => `${n}\\${p}`);
}

