import { createHash, timingSafeEqual } from 'node:crypto';
import { format } from 'date-fns';
import { sv } from 'date-fns/locale';
import { tz } from '@date-fns/tz';

/**
 * What the bot keeps about a comment before anyone acts on it. Removing a comment culls a public record, so this
 * is the record that stays: verbatim, with the classifier's view and who reported it, sealed by {@link evidenceHash}.
 */
export interface EvidenceContent {
  /** The comment exactly as LinkedIn returned it. */
  commentText: string;
  /** The commenter's display name, when LinkedIn gave one. */
  authorName: string | null;
  /** The commenter's URN (`urn:li:person:…` or `urn:li:organization:…`), when known. */
  authorUrn: string | null;
  /** URN of the city's post the comment was written on. */
  postUrn: string;
  /** LinkedIn's id of the comment, when known. */
  commentId: string | null;
  /** Link to the comment on linkedin.com, when known. */
  commentUrl: string | null;
  /** When the comment was written, ISO 8601 UTC (e.g. `2026-12-03T13:02:00.000Z`). */
  commentedAt: string;
  /** When the bot first saw the comment, ISO 8601 UTC. */
  seenAt: string;
  /** Teams id of the person who reported the comment; null when the classifier flagged it. */
  reportedById: string | null;
  /** Name of the person who reported the comment; null when the classifier flagged it. */
  reportedByName: string | null;
  /** The classifier's kind, e.g. `threat`, `hate`. */
  kind: string;
  /** The classifier's Swedish grounds, in the classifier's order. */
  reasons: string[];
  /** Version of the classifier that produced `kind` and `reasons`. */
  classifierVersion: string;
}

/** A stored evidence record: the content, its id and the hash it was sealed with. */
export type EvidenceRecord = EvidenceContent & { id: string; hash: string };

// The hash covers exactly these fields. Picking them (instead of serialising whatever object comes in) keeps the
// hash of a stored record — which also carries `id` and `hash` — equal to the hash of its content.
const FIELDS = [
  'commentText', 'authorName', 'authorUrn', 'postUrn', 'commentId', 'commentUrl', 'commentedAt', 'seenAt',
  'reportedById', 'reportedByName', 'kind', 'reasons', 'classifierVersion',
] as const satisfies readonly (keyof EvidenceContent)[];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('evidence cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  // A comment typed on a Mac and the same comment read back from a database may differ only in NFC/NFD form.
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).map((k) => k.normalize('NFC')).sort();
  const byKey = new Map(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), v]));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(byKey.get(k) as Json)}`).join(',')}}`;
}

/**
 * Canonical serialisation of the evidence: JSON with keys sorted recursively (by UTF-16 code unit), no whitespace,
 * every string NFC-normalised, array order kept. Only the {@link EvidenceContent} fields are serialised; a missing
 * optional field counts as `null`. Dates are taken as the ISO strings they already are.
 */
export function canonicalEvidence(e: EvidenceContent): string {
  const picked: { [key: string]: Json } = {};
  for (const field of FIELDS) {
    const v = e[field];
    picked[field] = v === undefined ? null : Array.isArray(v) ? [...v] : v;
  }
  return canonicalJson(picked);
}

/** Lower-case hex SHA-256 of {@link canonicalEvidence} (UTF-8). */
export function evidenceHash(e: EvidenceContent): string {
  return createHash('sha256').update(canonicalEvidence(e), 'utf8').digest('hex');
}

/**
 * True when `hash` is the {@link evidenceHash} of `e`. Compared in constant time; a hash that is not 64 hex
 * characters is simply false.
 */
export function verifyEvidence(e: EvidenceContent, hash: string): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) return false;
  const expected = Buffer.from(evidenceHash(e), 'hex');
  return timingSafeEqual(expected, Buffer.from(hash, 'hex'));
}

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
export function evidenceText(e: EvidenceRecord, opts: { timeZone: string }): string {
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
