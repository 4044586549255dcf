import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { tz } from '@date-fns/tz';
import type { Lang, LocalDate } from '../domain/calendar';
import type { BookingWarning, Category, Goal, PostType } from '../domain/schedule';
import { formatTimeOfDay } from '../domain/schedule';

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

/** An instant in the bot's time zone: "torsdag 3 december 14:02". */
export function formatInstant(at: Date, lang: Lang, zone: string): string {
  return format(at, lang === 'sv' ? "EEEE d MMMM 'kl.' HH:mm" : "EEEE d MMMM 'at' HH:mm", { locale: dateLocale[lang], in: tz(zone) });
}

const POST_TYPE_NAMES: Record<PostType, Record<Lang, string>> = {
  inlagg: { sv: 'Inlägg', en: 'Post' },
  artikel: { sv: 'Artikel', en: 'Article' },
  evenemang: { sv: 'Evenemang', en: 'Event' },
};
const CATEGORY_NAMES: Record<Category, Record<Lang, string>> = {
  samhallsinformation: { sv: 'Samhällsinformation och krisinformation', en: 'Civic and crisis information' },
  tips: { sv: 'Tips och inspiration', en: 'Tips and inspiration' },
  vardag: { sv: 'Vardagsberättelser om människor', en: 'Everyday stories about people' },
  utveckling: { sv: 'Stadens utveckling', en: "The city's development" },
  platsvarumarke: { sv: 'Platsvarumärket', en: 'Place branding' },
};
const GOAL_NAMES: Record<Goal, Record<Lang, string>> = {
  informera: { sv: 'Informera', en: 'Inform' },
  aktivera: { sv: 'Aktivera', en: 'Activate' },
  engagera: { sv: 'Engagera', en: 'Engage' },
};

export const postTypeName = (t: PostType, lang: Lang) => POST_TYPE_NAMES[t][lang];
export const categoryName = (c: Category, lang: Lang) => CATEGORY_NAMES[c][lang];
export const goalName = (g: Goal, lang: Lang) => GOAL_NAMES[g][lang];

/** Choices for Input.ChoiceSet. */
export const choices = {
  postTypes: (lang: Lang) => Object.entries(POST_TYPE_NAMES).map(([value, n]) => ({ title: n[lang], value })),
  categories: (lang: Lang) => Object.entries(CATEGORY_NAMES).map(([value, n]) => ({ title: n[lang], value })),
  goals: (lang: Lang) => Object.entries(GOAL_NAMES).map(([value, n]) => ({ title: n[lang], value })),
};

/** One warning as a sentence that says why. */
export function warningText(w: BookingWarning, lang: Lang): string {
  const sv = lang === 'sv';
  switch (w.kind) {
    case 'weekend':
      return sv
        ? 'Det är en helgdag (lördag/söndag): frågor i kommentarerna blir obesvarade till måndag.'
        : 'It is a weekend: questions in the comments go unanswered until Monday.';
    case 'friday-afternoon':
      return sv
        ? `Fredag efter ${formatTimeOfDay(w.cutoff)}: diskussioner hinner inte besvaras före helgen.`
        : `Friday after ${formatTimeOfDay(w.cutoff)}: discussions cannot be answered before the weekend.`;
    case 'holiday':
      return sv
        ? `Det är en röd dag (${w.name}): ingen hinner svara på kommentarer.`
        : `It is a public holiday (${w.name}): nobody will be there to answer comments.`;
    case 'eve':
      return sv
        ? `Det är en aftondag (${w.name}): många är lediga och kommentarer kan bli obesvarade.`
        : `It is a holiday eve (${w.name}): many are off and comments may go unanswered.`;
  }
}

const DATE_FORMS = {
  sv: '`2026-12-03`, `3 dec`, `3 december`, `3/12`, `torsdag`, `idag`, `imorgon` eller `i morgon`',
  en: '`2026-12-03`, `3 Dec`, `December 3`, `3/12`, `Thursday`, `today`, `tomorrow`',
};

/** Every user-facing sentence that is not a card label, in both languages. */
export const text = {
  unreadableDay: (lang: Lang, input: string) =>
    lang === 'sv'
      ? `Jag kunde inte läsa "${input}" som ett datum. Skriv till exempel ${DATE_FORMS.sv}, följt av rubriken: \`/book 3 dec Möt vår nya undersköterska\`.`
      : `I could not read "${input}" as a date. Write for example ${DATE_FORMS.en}, then the title: \`/book 3 Dec Meet our new nurse\`.`,
  missingTitle: (lang: Lang) =>
    lang === 'sv'
      ? 'Skriv en rubrik efter datumet, till exempel `/book 3 dec Möt vår nya undersköterska`, eller skriv bara `/book` för formuläret.'
      : 'Add a title after the date, for example `/book 3 Dec Meet our new nurse`, or type just `/book` for the form.',
  pastDay: (lang: Lang, today: string) =>
    lang === 'sv' ? `Dagen har redan varit (idag är det ${today}). Välj en dag från och med idag.` : `That day has passed (today is ${today}). Choose today or later.`,
  tooFar: (lang: Lang, lastDay: string) =>
    lang === 'sv'
      ? `Schemat går att boka högst sex månader framåt, till och med ${lastDay}.`
      : `The schedule can be booked at most six months ahead, up to ${lastDay}.`,
  notEditor: (lang: Lang) =>
    lang === 'sv'
      ? 'Det är bara redaktörerna i SAV-nätverket som kan boka. Hör av dig till en superadmin om du borde vara med.'
      : 'Only editors in the SAV network can book. Ask a superadmin if you should be one.',
  notOwner: (lang: Lang) =>
    lang === 'sv'
      ? 'Bara den som bokade, eller en superadmin, kan ändra eller avboka den här bokningen. Inget har ändrats.'
      : 'Only the person who booked, or a superadmin, can change or cancel this booking. Nothing was changed.',
  notSuperadmin: (lang: Lang) =>
    lang === 'sv' ? 'Bara superadmins kan boka en full dag. Välj en av de lediga dagarna.' : 'Only superadmins can book a full day. Pick one of the free days.',
  overrideReasonMissing: (lang: Lang) =>
    lang === 'sv' ? 'Skriv ett skäl till att dagen ska få ett extra inlägg.' : 'Give a reason for the extra post on this day.',
  unknownCommand: (lang: Lang) =>
    lang === 'sv'
      ? 'Det kommandot känner jag inte igen. Skriv `/help` så visar jag allt jag kan.'
      : "I don't know that command. Type `/help` to see everything I can do.",
  notFound: (lang: Lang) =>
    lang === 'sv' ? 'Jag hittar inte den bokningen. Skriv `/mine` för att se dina bokningar.' : 'I cannot find that booking. Type `/mine` to see your bookings.',
  invalidAction: (lang: Lang) =>
    lang === 'sv'
      ? 'Kortet skickade något jag inte kunde läsa, så inget har ändrats. Skriv `/book` för ett nytt kort.'
      : 'The card sent something I could not read, so nothing was changed. Type `/book` for a new card.',
  somethingWentWrong: (lang: Lang) =>
    lang === 'sv'
      ? 'Något gick fel hos mig och inget har ändrats. Försök igen om en stund; händer det igen, säg till en superadmin.'
      : 'Something went wrong on my side and nothing was changed. Try again in a moment; if it happens again, tell a superadmin.',
  sponsoredNeedsNoBooking: (lang: Lang) =>
    lang === 'sv'
      ? 'Sponsrade inlägg (betalda, riktade) konkurrerar inte om räckvidden och behöver ingen bokning.'
      : 'Sponsored (paid, targeted) posts do not compete for reach and need no booking.',
};

/** Every command with what it does and an example, in the user's language. */
export function helpRows(lang: Lang): [command: string, what: string, example: string][] {
  return lang === 'sv'
      ? [
          ['/book', 'Boka en dag i LinkedIn-schemat med ett formulär.', '/book'],
          ['/book <datum> <rubrik>', 'Snabbokning av en ledig dag.', '/book 3 dec Möt vår nya undersköterska'],
          ['/schedule eller /schema', 'Visa schemat för de kommande fyra veckorna.', '/schema'],
          ['/mine eller /mina', 'Dina bokningar, med knappar för att flytta och avboka.', '/mina'],
          ['/comment eller /kommentar', 'Registrera en kommentar du sett på LinkedIn, så följer boten upp den.', '/kommentar'],
          ['/report eller /rapportera', 'Rapportera en kommentar som bryter mot reglerna (hot, hat, personangrepp, spam, personuppgifter, ryktesspridning).', '/rapportera'],
          ['/evidence eller /bevis <id>', 'Visa ett bevis och kontrollera dess hash (superadmins och den som publicerade).', '/bevis 3f2b…'],
          ['/status', 'Superadmins: LinkedIn-kopplingen, senaste hämtning, obesvarade frågor, misslyckade utskick, vilka boten inte når.', '/status'],
          ['/escalations eller /ärenden', 'Superadmins: öppna och nya ärenden, och revisionsloggen som CSV.', '/ärenden'],
          ['/admin', 'Superadmins: chefer per förvaltning, som får hot mot sin förvaltning.', '/admin'],
          ['/help eller /hjälp', 'Den här hjälpen.', '/hjälp'],
        ]
      : [
          ['/book', 'Book a day in the LinkedIn schedule with a form.', '/book'],
          ['/book <date> <title>', 'Quick booking of a free day.', '/book 3 Dec Meet our new nurse'],
          ['/schedule', 'Show the schedule for the coming four weeks.', '/schedule'],
          ['/mine', 'Your bookings, with buttons to move and cancel.', '/mine'],
          ['/comment', 'Register a comment you saw on LinkedIn, and the bot follows it up.', '/comment'],
          ['/report', 'Report a comment that breaks the rules (threat, hate, personal attack, spam, personal data, rumours).', '/report'],
          ['/evidence <id>', 'Show an evidence record and check its hash (superadmins and the publisher).', '/evidence 3f2b…'],
          ['/status', 'Superadmins: the LinkedIn connection, last poll, unanswered questions, failed sends, who the bot cannot reach.', '/status'],
          ['/escalations', 'Superadmins: open and recent cases, and the audit as CSV.', '/escalations'],
          ['/admin', 'Superadmins: managers per department, who get threats against their department.', '/admin'],
          ['/help', 'This help.', '/help'],
        ];
}

/** The /help text: every command with an example. */
export function helpText(lang: Lang): string {
  const rows = helpRows(lang);
  const intro =
    lang === 'sv'
      ? '**SAV-boten** hjälper SAV-nätverket med stadens LinkedIn-sida. Kommandon (snedstrecket går att utelämna):'
      : '**SAV-boten** helps the SAV network with the city\'s LinkedIn page. Commands (the slash is optional):';
  const outro =
    lang === 'sv'
      ? `Datum kan skrivas ${DATE_FORMS.sv}. ${text.sponsoredNeedsNoBooking('sv')}`
      : `Dates can be written ${DATE_FORMS.en}. ${text.sponsoredNeedsNoBooking('en')}`;
  return [intro, '', ...rows.map(([cmd, what, ex]) => `- **${cmd}**: ${what} ${lang === 'sv' ? 'Exempel' : 'Example'}: \`${ex}\``), '', outro].join('\n');
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

