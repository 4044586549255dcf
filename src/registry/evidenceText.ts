import { format } from 'date-fns/format';
import { sv } from 'date-fns/locale/sv';
import { tz } from '@date-fns/tz';
import type { SealedEvidence } from '../domain/evidence';

// The registry's documents (registration e-mails, hand-over material, the evidence as text) are Swedish:
// they go to the city's registry, the police and occupational safety.

const KIND_NAMES: Readonly<Record<string, string>> = {
  question: 'fråga', criticism: 'kritik', opinion: 'åsikt', praise: 'beröm', threat: 'hot', hate: 'hat mot en grupp',
  harassment: 'personangrepp', spam: 'spam', personal_data: 'personuppgifter', misinformation: 'vilseledande påstående',
};

/** The classifier's kind in Swedish, singular ("hot", "personangrepp"); an unknown kind is returned as it is. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** An instant as Swedes read it, in `timeZone`: "torsdag 3 december 2026 kl. 14:02". */
export function formatSwedishDateTime(at: Date, timeZone: string): string {
  return format(at, "EEEE d MMMM yyyy 'kl.' HH:mm", { locale: sv, in: tz(timeZone) });
}

// Evidence must render even when a stored time is malformed: show the raw value rather than fail.
function evidenceTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return `${iso} (kunde inte tolkas som tidpunkt)`;
  return `${formatSwedishDateTime(at, timeZone)} (${iso})`;
}

// The grounds people read on a case: one sentence per category. The classifier's own reasons (several,
// overlapping, with quoted examples in several languages) stay in the evidence record.
const GROUNDS: Readonly<Record<string, string>> = {
  threat: 'Kommentaren uppfattas som ett hot',
  hate: 'Kommentaren uttrycker hat eller rasism mot en grupp',
  harassment: 'Kommentaren är ett personangrepp eller trakasserier',
  spam: 'Kommentaren är spam eller ett upprepat inlägg',
  personal_data: 'Kommentaren innehåller personuppgifter',
  misinformation: 'Kommentaren sprider rykten eller vilseledande uppgifter',
};

/** The classifier's first reason that says something about `category`, without its quoted examples; null when none does. */
function groundDetail(reasons: readonly string[]): string | null {
  for (const r of reasons) {
    // A reason about answering a question, or the statistical model's "looks like", is no ground for removal.
    if (/fråga som ska besvaras|statistisk modell/i.test(r)) continue;
    // The second opinion says whose it is: kept whole, so the reader knows a service, not the bot's rules, flagged it.
    if (/^andra bedömning/.test(r)) return r;
    const cleaned = r
      .replace(/\([^)]*\)/g, '')
      .replace(/:?\s*["”“][^"”“]*["”“]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/[\s:,;–-]+$/, '')
      .trim();
    // "hotfullt" alone (its example removed) says nothing a person can use.
    if (cleaned.split(' ').length < 2 || cleaned.length > 120) continue;
    return cleaned;
  }
  return null;
}

/**
 * One short Swedish ground for a case, written for people: the case's category as a sentence, and the
 * classifier's first relevant reason when the classifier judged the comment the same way. A report whose
 * category differs from the classifier's verdict (spam reported on what the classifier took for a question)
 * gets the category alone.
 */
export function caseGround(category: string, verdict: { kind: string; reasons: readonly string[] }): string {
  const base = GROUNDS[category] ?? `Kommentaren bedöms som ${kindName(category)}`;
  const detail = verdict.kind === category ? groundDetail(verdict.reasons) : null;
  return detail ? `${base} (${detail}).` : `${base}.`;
}

function person(name: string | null, id: string | null): string | null {
  if (name && id) return `${name} (${id})`;
  return name ?? id;
}

/**
 * The evidence as plain Swedish text, for cards, the registry, the police and occupational safety. Times are shown
 * in `opts.timeZone` with the stored UTC value beside them; the comment is quoted verbatim, line by line; the last
 * lines give the SHA-256 and what it covers so a reader can check the record was not altered.
 */
export function evidenceText(e: SealedEvidence, opts: { timeZone: string; category?: string }): string {
  const { timeZone } = opts;
  const category = opts.category ?? e.kind;
  const quoted = e.commentText.normalize('NFC').split(/\r\n|\r|\n/).map((line) => `> ${line}`);
  const lines = [
    `Bevis om kommentar på LinkedIn (bevis-id ${e.id})`,
    '',
    'Kommentaren, ordagrant:',
    ...quoted,
    '',
    `Skribent: ${person(e.authorName, e.authorUrn) ?? 'okänd'}`,
    `Skriven: ${e.commentedAt ? evidenceTime(e.commentedAt, timeZone) : 'okänd (uppgavs inte när kommentaren registrerades)'}`,
    `Inlägg: ${e.postUrn}`,
    `Kommentarens id: ${e.commentId ?? 'okänt'}`,
    `Länk: ${e.commentUrl ?? 'saknas'}`,
    `Sågs av boten: ${evidenceTime(e.seenAt, timeZone)}`,
    `Anmäld av: ${person(e.reportedByName, e.reportedById) ?? 'ingen – flaggad av boten'}`,
    '',
    `Bedömning: ${kindName(category)}`,
    `Skäl: ${caseGround(category, e)}`,
    `Klassificerarens version: ${e.classifierVersion} (dess tekniska skäl finns i bevisposten)`,
    '',
    `Kontrollsumma (SHA-256): ${e.hash}`,
    'Summan är beräknad över uppgifterna ovan (kommentar, skribent, inlägg, tider, anmälare och bedömning)',
    'i kanonisk JSON-form; ändras något av dem ändras summan.',
  ];
  return lines.join('\n');
}
