import { format } from 'date-fns';
import { sv } from 'date-fns/locale';
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

function person(name: string | null, id: string | null): string | null {
  if (name && id) return `${name} (${id})`;
  return name ?? id;
}

/**
 * The evidence as plain Swedish text, for cards, the registry, the police and occupational safety. Times are shown
 * in `opts.timeZone` with the stored UTC value beside them; the comment is quoted verbatim, line by line; the last
 * lines give the SHA-256 and what it covers so a reader can check the record was not altered.
 */
export function evidenceText(e: SealedEvidence, opts: { timeZone: string }): string {
  const { timeZone } = opts;
  const quoted = e.commentText.normalize('NFC').split(/\r\n|\r|\n/).map((line) => `> ${line}`);
  const reasons = e.reasons.length > 0 ? e.reasons.map((r) => `  – ${r}`) : ['  (inga angivna)'];
  const lines = [
    `Bevis om kommentar på LinkedIn (bevis-id ${e.id})`,
    '',
    'Kommentaren, ordagrant:',
    ...quoted,
    '',
    `Skribent: ${person(e.authorName, e.authorUrn) ?? 'okänd'}`,
    `Skriven: ${evidenceTime(e.commentedAt, timeZone)}`,
    `Inlägg: ${e.postUrn}`,
    `Kommentarens id: ${e.commentId ?? 'okänt'}`,
    `Länk: ${e.commentUrl ?? 'saknas'}`,
    `Sågs av boten: ${evidenceTime(e.seenAt, timeZone)}`,
    `Anmäld av: ${person(e.reportedByName, e.reportedById) ?? 'ingen – flaggad av boten'}`,
    '',
    `Bedömning: ${kindName(e.kind)} (${e.kind})`,
    'Skäl:',
    ...reasons,
    `Klassificerarens version: ${e.classifierVersion}`,
    '',
    `Kontrollsumma (SHA-256): ${e.hash}`,
    'Summan är beräknad över uppgifterna ovan (kommentar, skribent, inlägg, tider, anmälare och bedömning)',
    'i kanonisk JSON-form; ändras något av dem ändras summan.',
  ];
  return lines.join('\n');
}
