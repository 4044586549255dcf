import { archiveCsv } from '../../src/registry/archiveCsv';
import { ArchiveDocument, archiveJson } from '../../src/registry/archiveDocument';
import { archivePdf, pdfSafe } from '../../src/registry/archivePdf';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PDFParse } = require('pdf-parse');

const doc = (text: string | null): ArchiveDocument => ({
  format: 'sav-boten/halvarsarkiv', version: 1, organisation: 'Helsingborgs stad', period: '2026H2', firstDay: '2026-07-01', lastDay: '2026-12-31',
  timeZone: 'Europe/Stockholm', createdAt: '2027-01-04T08:00:00.000Z', createdByName: null, otherCases: [],
  counts: { posts: 1, comments: 1, questions: 0, cases: 0, registrations: 0 },
  posts: [{
    urn: 'urn:li:share:1', url: null, excerpt: 'Välkommen till Helsingborg', publishedAt: '2026-08-03T07:00:00.000Z', firstSeenAt: '2026-08-03T07:00:00.000Z', source: 'linkedin',
    ownerName: null, department: null, matchStatus: 'none', booking: null, cases: [],
    comments: [{
      id: 'c1', externalId: null, url: null, authorName: null, authorUrn: null, text, textPurgedAt: text ? null : '2026-09-10T00:00:00.000Z', commentedAt: '2026-08-03T08:00:00.000Z',
      seenAt: '2026-08-03T08:00:00.000Z', source: 'linkedin', registeredByName: null, kind: 'opinion', isQuestion: false, status: 'not_a_question', deadlineAt: null,
      closedAt: null, closedByName: null, closedVia: null, closeReason: null, replyText: null, case: null,
    }],
  }],
});

describe('the archive files', () => {
  test('the PDF font has Swedish letters; emoji and other scripts become one "?" each instead of garbage', () => {
    expect(pdfSafe('Åsa, Ängelholm, Öresund, café ”citat” – €')).toBe('Åsa, Ängelholm, Öresund, café ”citat” – €');
    expect(pdfSafe('Bra jobbat 👍🏽 👨‍👩‍👧 ❤️ 中文 ok')).toBe('Bra jobbat ? ? ? ? ok');
    // A decomposed å (a + combining ring) is composed first.
    expect(pdfSafe('a\u030a')).toBe('å');
  });

  test('a comment culled before the archive shows as "text gallrad"; hostile text stays inert in the CSV', async () => {
    const pdf = await archivePdf(doc(null));
    expect((await new PDFParse({ data: pdf }).getText()).text).toMatch(/opinion|åsikt/);
    expect((await new PDFParse({ data: pdf }).getText()).text.split('text gallrad').length).toBe(3);
    expect(archiveCsv(doc(null))).toContain('"text gallrad"');
    expect(archiveCsv(doc('=HYPERLINK("http://evil.example")'))).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  test('the JSON is checked against its shape before it is written', () => {
    expect(JSON.parse(archiveJson(doc('Hej 😀'))).posts[0].comments[0].text).toBe('Hej 😀');
    expect(() => archiveJson({ ...doc('x'), period: '2026H3' })).toThrow();
  });
});
