import { EvidenceContent, SealedEvidence as EvidenceRecord, evidenceHash } from '../../src/domain/evidence';

/** A threatening comment as the bot would keep it; override any field. */
export function sampleEvidence(overrides: Partial<EvidenceContent> = {}): EvidenceContent {
  return {
    commentText: 'Ni på förvaltningen ska få se vad som händer när jag hittar er 😡\nÅke vet var ni bor.',
    authorName: 'Örjan Ödmark',
    authorUrn: 'urn:li:person:A1b2C3',
    postUrn: 'urn:li:share:7400000000000000001',
    commentId: '7400000000000000099',
    commentUrl: 'https://www.linkedin.com/feed/update/urn:li:share:7400000000000000001?commentUrn=urn%3Ali%3Acomment%3A(urn%3Ali%3Ashare%3A7400000000000000001%2C7400000000000000099)',
    commentedAt: '2026-12-03T13:02:00.000Z',
    seenAt: '2026-12-03T13:04:30.000Z',
    reportedById: '29:1a-teams-user',
    reportedByName: 'Louise Lärka',
    kind: 'threat',
    reasons: ['hot om våld mot personal', 'anger att skribenten vet var någon bor'],
    classifierVersion: '3.0.0+abc123def0',
    ...overrides,
  };
}

/** {@link sampleEvidence} as a stored record: with an id and the hash it was sealed with. */
export function sampleRecord(overrides: Partial<EvidenceContent> = {}, id = 'ev-42'): EvidenceRecord {
  const content = sampleEvidence(overrides);
  return { ...content, id, hash: evidenceHash(content) };
}
