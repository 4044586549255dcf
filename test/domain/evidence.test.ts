import { createHash } from 'node:crypto';
import {
  canonicalEvidence,
  EvidenceContent,
  evidenceHash,
  verifyEvidence,
} from '../../src/domain/evidence';
import { caseGround, evidenceText, formatSwedishDateTime } from '../../src/registry/evidenceText';
import { sampleEvidence, sampleRecord } from '../registry/fixtures';

const ZONE = 'Europe/Stockholm';

/** The same object with its keys inserted in reverse order. */
function reversedKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).reverse()) as T;
}

/** Every string field in NFD (decomposed) form: "å" becomes "a" + combining ring. */
function decomposed(e: EvidenceContent): EvidenceContent {
  const nfd = (v: unknown): unknown => (typeof v === 'string' ? v.normalize('NFD') : Array.isArray(v) ? v.map(nfd) : v);
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, nfd(v)])) as unknown as EvidenceContent;
}

describe('canonical form', () => {
  test('is JSON with the keys sorted and no whitespace between tokens', () => {
    const canonical = canonicalEvidence(sampleEvidence());
    const parsed = JSON.parse(canonical) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(canonical).toBe(JSON.stringify(Object.fromEntries(Object.keys(parsed).sort().map((k) => [k, parsed[k]]))));
    expect(canonical.startsWith('{"authorName":"Örjan Ödmark","authorUrn":')).toBe(true);
  });

  test('does not depend on the order the keys were set in', () => {
    expect(canonicalEvidence(reversedKeys(sampleEvidence()))).toBe(canonicalEvidence(sampleEvidence()));
  });

  test('does not depend on the Unicode normalisation form of the text', () => {
    const e = sampleEvidence();
    const nfd = decomposed(e);
    expect(nfd.commentText).not.toBe(e.commentText);
    expect(canonicalEvidence(nfd)).toBe(canonicalEvidence(e));
    expect(evidenceHash(nfd)).toBe(evidenceHash(e));
  });

  test('covers only the evidence fields, so a stored record hashes like its content', () => {
    const record = sampleRecord();
    expect(canonicalEvidence(record)).toBe(canonicalEvidence(sampleEvidence()));
    expect(verifyEvidence(record, record.hash)).toBe(true);
  });

  test('keeps the order of the reasons', () => {
    const e = sampleEvidence({ reasons: ['b', 'a'] });
    expect(canonicalEvidence(e)).toContain('"reasons":["b","a"]');
    expect(evidenceHash(e)).not.toBe(evidenceHash(sampleEvidence({ reasons: ['a', 'b'] })));
  });

  test('treats a missing optional field as null', () => {
    const withUndefined = { ...sampleEvidence(), authorUrn: undefined } as unknown as EvidenceContent;
    expect(canonicalEvidence(withUndefined)).toBe(canonicalEvidence(sampleEvidence({ authorUrn: null })));
  });
});

describe('hash', () => {
  test('is the hex SHA-256 of the canonical form', () => {
    const e = sampleEvidence();
    expect(evidenceHash(e)).toBe(createHash('sha256').update(canonicalEvidence(e), 'utf8').digest('hex'));
    expect(evidenceHash(e)).toMatch(/^[0-9a-f]{64}$/);
  });

  const changes: { [K in keyof EvidenceContent]-?: EvidenceContent[K] } = {
    commentText: 'Ni på förvaltningen ska få se vad som händer när jag hittar er 😡\nÅke vet var ni bor!',
    authorName: 'Orjan Odmark',
    authorUrn: 'urn:li:person:A1b2C4',
    postUrn: 'urn:li:share:7400000000000000002',
    commentId: '7400000000000000098',
    commentUrl: 'https://www.linkedin.com/feed/update/urn:li:share:7400000000000000001',
    commentedAt: '2026-12-03T13:02:01.000Z',
    seenAt: '2026-12-03T13:04:31.000Z',
    reportedById: '29:1b-teams-user',
    reportedByName: 'Louise Larka',
    kind: 'harassment',
    reasons: ['hot om våld mot personal'],
    classifierVersion: '3.0.1+abc123def0',
  };

  test.each(Object.keys(changes) as (keyof EvidenceContent)[])('changes when %s changes', (field) => {
    const original = sampleEvidence();
    const changed = sampleEvidence({ [field]: changes[field] });
    expect(changed[field]).not.toEqual(original[field]);
    expect(evidenceHash(changed)).not.toBe(evidenceHash(original));
  });

  test.each(['authorName', 'authorUrn', 'commentId', 'commentUrl', 'reportedById', 'reportedByName'] as const)(
    'tells an empty %s apart from an unknown one',
    (field) => {
      expect(evidenceHash(sampleEvidence({ [field]: '' }))).not.toBe(evidenceHash(sampleEvidence({ [field]: null })));
    },
  );

  test('covers every field of the evidence', () => {
    expect(Object.keys(JSON.parse(canonicalEvidence(sampleEvidence())) as object).sort()).toEqual(Object.keys(changes).sort());
  });
});

describe('verifyEvidence', () => {
  test('accepts the record it sealed, in either hex case', () => {
    const r = sampleRecord();
    expect(verifyEvidence(r, r.hash)).toBe(true);
    expect(verifyEvidence(r, r.hash.toUpperCase())).toBe(true);
  });

  test('rejects a record whose text was altered after sealing', () => {
    const r = sampleRecord();
    expect(verifyEvidence({ ...r, commentText: r.commentText.replace('hittar', 'ser') }, r.hash)).toBe(false);
  });

  test('rejects a record whose reasons were altered after sealing', () => {
    const r = sampleRecord();
    expect(verifyEvidence({ ...r, reasons: [...r.reasons, 'tillagt i efterhand'] }, r.hash)).toBe(false);
  });

  test('rejects a hash that is altered, truncated or not hex', () => {
    const r = sampleRecord();
    const flipped = (r.hash[0] === '0' ? '1' : '0') + r.hash.slice(1);
    expect(verifyEvidence(r, flipped)).toBe(false);
    expect(verifyEvidence(r, r.hash.slice(0, 63))).toBe(false);
    expect(verifyEvidence(r, `${r.hash.slice(0, 63)}z`)).toBe(false);
    expect(verifyEvidence(r, '')).toBe(false);
  });
});

describe('evidence text', () => {
  const text = evidenceText(sampleRecord(), { timeZone: ZONE });

  test('quotes the comment verbatim, line by line', () => {
    expect(text).toContain('> Ni på förvaltningen ska få se vad som händer när jag hittar er 😡\n> Åke vet var ni bor.');
  });

  test('gives the times in Swedish local time with the stored UTC value', () => {
    expect(text).toContain('Skriven: torsdag 3 december 2026 kl. 14:02 (2026-12-03T13:02:00.000Z)');
    expect(text).toContain('Sågs av boten: torsdag 3 december 2026 kl. 14:04 (2026-12-03T13:04:30.000Z)');
  });

  test('names the author, the post, the reporter, the assessment and the hash', () => {
    const r = sampleRecord();
    expect(text).toContain('Skribent: Örjan Ödmark (urn:li:person:A1b2C3)');
    expect(text).toContain(`Inlägg: ${r.postUrn}`);
    expect(text).toContain(`Länk: ${r.commentUrl}`);
    expect(text).toContain('Anmäld av: Louise Lärka (29:1a-teams-user)');
    expect(text).toContain('Bedömning: hot\n');
    expect(text).not.toContain('(threat)');
    // One ground for people; the classifier's technical reasons stay in the record.
    expect(text).toContain('Skäl: Kommentaren uppfattas som ett hot (hot om våld mot personal).');
    expect(text).not.toContain('anger att skribenten vet var någon bor');
    expect(text).toContain('Klassificerarens version: 3.0.0+abc123def0');
    expect(text).toContain(`Kontrollsumma (SHA-256): ${r.hash}`);
    expect(text).toContain('bevis-id ev-42');
  });

  test('says what is unknown instead of printing null', () => {
    const t = evidenceText(
      sampleRecord({ authorName: null, authorUrn: null, commentId: null, commentUrl: null, reportedById: null, reportedByName: null }),
      { timeZone: ZONE },
    );
    expect(t).not.toContain('null');
    expect(t).toContain('Skribent: okänd');
    expect(t).toContain('Anmäld av: ingen – flaggad av boten');
  });

  test('says the written time is unknown when nobody gave it, never inventing one', () => {
    const t = evidenceText(sampleRecord({ commentedAt: null }), { timeZone: ZONE });
    expect(t).toContain('Skriven: okänd (uppgavs inte när kommentaren registrerades)');
    expect(t).not.toContain('null');
  });

  test('a report gives the reported category as ground, not the classifier\'s unrelated reasons', () => {
    const t = evidenceText(sampleRecord({ kind: 'question', reasons: ['innehåller en fråga som ska besvaras', 'watch your back'] }), { timeZone: ZONE, category: 'spam' });
    expect(t).toContain('Bedömning: spam');
    expect(t).toContain('Skäl: Kommentaren är spam eller ett upprepat inlägg.');
    expect(t).not.toMatch(/fråga som ska besvaras|watch your back/);
  });

  test('a reason\'s quoted examples (often English) are left out of the ground', () => {
    expect(caseGround('threat', { kind: 'threat', reasons: ['varning riktad mot person ("passa dig", "watch your back")', 'hotfullt "vi ses snart"'] })).toBe(
      'Kommentaren uppfattas som ett hot (varning riktad mot person).',
    );
    expect(caseGround('threat', { kind: 'threat', reasons: ['hotfullt "vi ses snart"'] })).toBe('Kommentaren uppfattas som ett hot.');
  });

  test('shows a malformed stored time as it is rather than failing', () => {
    expect(evidenceText(sampleRecord({ commentedAt: 'igår' }), { timeZone: ZONE })).toContain('Skriven: igår (kunde inte tolkas som tidpunkt)');
  });
});

describe('Swedish date and time', () => {
  test('reads like "torsdag 3 december 2026 kl. 14:02" in Stockholm, in winter and summer time', () => {
    expect(formatSwedishDateTime(new Date('2026-12-03T13:02:00Z'), ZONE)).toBe('torsdag 3 december 2026 kl. 14:02');
    expect(formatSwedishDateTime(new Date('2026-07-01T06:05:00Z'), ZONE)).toBe('onsdag 1 juli 2026 kl. 08:05');
  });
});
