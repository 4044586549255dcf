import { createHash, timingSafeEqual } from 'node:crypto';

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
  /** When the comment was written, ISO 8601 UTC (e.g. `2026-12-03T13:02:00.000Z`); null when nobody knows. */
  commentedAt: string | null;
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

/** Evidence as one flat record: the content, its id and the hash it was sealed with (what documents show). */
export type SealedEvidence = EvidenceContent & { id: string; hash: string };

/** A stored evidence record; never changed after it is written. */
export interface EvidenceRecord {
  id: string;
  commentId: string | null;
  content: EvidenceContent;
  hash: string;
  createdAt: Date;
}

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
