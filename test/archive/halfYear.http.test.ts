import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { archiveDocumentSchema } from '../../src/registry/archiveDocument';
import { ArchiveRepository } from '../../src/store/archives';
import { verifyEvidence } from '../../src/domain/evidence';
import { assertRendered, cardText } from '../support/cards';
import { linkedInEnv, TestBot, USERS } from '../support/bot';
import { startSmtp } from '../support/smtp';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PDFParse } = require('pdf-parse');

// Monday 2 March 2026, 10:00 in Helsingborg: a week in the first half-year.
const MONDAY_10 = '2026-03-02T10:00:00+01:00';
const QUESTION = 'Hur söker man till traineeprogrammet? Får man åka på studiebesök i Malmö? 😀';
const THREAT = 'Jag vet var du bor. Du kommer att ångra det här.';
const PRAISE = 'Så fint! Grattis till alla nya traineer 🎉';
const JUNE_QUESTION = 'Är parken öppen på midsommarafton?';
const REPLY = 'Hej! Du söker på helsingborg.se/trainee senast 1 april.';

const chatOf = (id: string) => encodeURIComponent(`a:personal-${id}`);
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

/** Reads a CSV for Swedish Excel: BOM, `;`, every cell quoted (RFC 4180). */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('the half-year archive', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false, refuseMemberCommentDeletes: false });
    smtp = await startSmtp();
    t = await TestBot.start({
      now: MONDAY_10,
      env: { ...linkedInEnv(sim), SMTP_URL: smtp.url, PUBLIC_BASE_URL: 'http://127.0.0.1:1', COMMENT_TEXT_RETENTION_DAYS: '30' },
    });
    for (const u of [USERS.louise, USERS.admin]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
    await smtp.stop();
  });

  /** A download behind a signed link on a card, fetched from the running bot. */
  async function download(url: string): Promise<Response> {
    const u = new URL(url);
    return fetch(`${t.bot.url}${u.pathname}${u.search}`);
  }
  const archiveCards = () => t.connector.sent().filter((c) => c.path.includes(chatOf(USERS.admin.id))).map(cardOf).filter((c) => cardText(c).includes('Halvårsarkivet'));
  const texts = async () => t.bot.db.query<{ text: string | null; kind: string; status: string }>('select text, kind, status from comments order by commented_at');

  test('a half-year with the clock moved: made on the first working day of July, read back as PDF, CSV and JSON; text culled only once archived', async () => {
    // March: a booking, its post, a question answered through the bot, a threat removed and registered, praise.
    await t.say(USERS.louise, '/boka 2026-03-02 Möt våra traineer');
    const post = sim.addPost({ text: 'Möt våra traineer! Ansök senast 1 april.', createdAt: new Date('2026-03-02T09:30:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:asker', text: QUESTION, createdAt: new Date('2026-03-02T09:50:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:angry', text: THREAT, createdAt: new Date('2026-03-02T09:55:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:fan', text: PRAISE, createdAt: new Date('2026-03-02T09:56:00+01:00') });
    await t.tick();
    const [question] = await t.bot.db.query<{ id: string; version: number }>(`select id, version from comments where status = 'open'`);
    const replied = await t.click(USERS.louise, 'comment.reply', { commentId: question.id, version: question.version, replyText: REPLY, title: 'kommunikatör' });
    expect(replied.status).toBe(200);
    const [c] = await t.bot.db.query<{ id: string; version: number }>('select id, version from escalations');
    expect(c).toBeDefined();
    await t.click(USERS.admin, 'case.removedByHand', { caseId: c.id, version: c.version });
    await t.tick();
    expect(smtp.received).toHaveLength(1);

    // May: long past the 30 days' retention, but the half-year is not archived yet: the text stays.
    await t.at('2026-05-15T10:00:00+02:00');
    expect((await texts()).every((r) => r.text !== null)).toBe(true);

    // 29 June: a new post, and a question on it that is still open when the half-year ends.
    const june = sim.addPost({ text: 'Midsommar på Sofiero', createdAt: new Date('2026-06-29T09:00:00+02:00') });
    sim.addComment(june.urn, { actorUrn: 'urn:li:person:asker3', text: JUNE_QUESTION, createdAt: new Date('2026-06-29T10:00:00+02:00') });
    await t.at('2026-06-29T10:05:00+02:00');
    await t.at('2026-06-29T10:15:00+02:00');
    expect((await texts()).map((r) => r.status)).toEqual(['answered', 'not_a_question', 'not_a_question', 'open']);

    // 1 July 2026 is a Wednesday and no holiday: the archive comes at 09:00, not a minute before.
    await t.at('2026-07-01T08:59:00+02:00');
    expect(await t.bot.db.query('select id from archives')).toHaveLength(0);
    const sentBefore = t.connector.sent().length;
    await t.at('2026-07-01T09:00:00+02:00');
    const [archive] = await t.bot.db.query<{ period: string; created_at: Date; mail_status: string; counts: any }>('select period, created_at, mail_status, counts from archives');
    expect(archive).toMatchObject({ period: '2026H1', mail_status: 'sent', counts: { posts: 2, comments: 4, questions: 2, cases: 1, registrations: 1 } });
    expect(archive.created_at.toISOString()).toBe('2026-07-01T07:00:00.000Z');

    // The superadmin's personal card: what it holds, that the registry has it, and three signed links.
    const [card] = archiveCards();
    assertRendered(card);
    expect(cardText(card)).toContain('Halvårsarkivet 2026H1 är klart');
    expect(cardText(card)).toContain('LinkedIn-arkivet för 1 januari – 30 juni 2026');
    expect(cardText(card)).toContain('2 inlägg, 4 kommentarer (2 frågor), 1 modereringsärende, 1 registrering.');
    expect(cardText(card)).toContain('Arkivet skickas till diariet med e-post.');
    const links = (card.actions as { title: string; url: string }[]).map((a) => [a.title, a.url]);
    expect(links.map(([title]) => title)).toEqual(['Hämta PDF', 'Hämta CSV (Excel)', 'Hämta JSON']);

    // The PDF: A4, a title page, page numbers, the post with its booking, comments, answer, decisions, registration.
    const pdfRes = await download(links[0][1]);
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await pdfRes.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parsed = await new PDFParse({ data: pdf }).getText();
    const pdfText: string = parsed.text.replace(/\s+/g, ' ');
    expect(pdfText).toContain('LinkedIn-arkiv Helsingborgs stad, 1 januari – 30 juni 2026');
    expect(pdfText).toContain(`Sida 1 av ${parsed.total}`);
    expect(pdfText).toContain(`Sida ${parsed.total} av ${parsed.total}`);
    expect(pdfText).toContain('2026-03-02 09:30 · Möt våra traineer');
    expect(pdfText).toContain('Bokning: 2026-03-02, ”Möt våra traineer”, bokad av Louise Lind');
    expect(pdfText).toContain(post.urn.split(':').pop()!);
    // Swedish letters come out right; the emoji the standard font lacks becomes "?", and the title page says so.
    expect(pdfText).toContain('Hur söker man till traineeprogrammet? Får man åka på studiebesök i Malmö? ?');
    expect(pdfText).toContain('visas här som ?');
    expect(pdfText).toContain('2026-03-02 09:50 – ');
    expect(pdfText).toContain('Hej! Du söker på helsingborg.se/trainee senast 1 april.');
    expect(pdfText).toMatch(/Svar 2026-03-02 10:00 av Louise Lind/);
    expect(pdfText).toContain('Jag vet var du bor.');
    expect(pdfText).toContain('borttagen på LinkedIn – Sara Superadmin');
    const [ev] = await t.bot.db.query<{ id: string; hash: string; content: any }>('select id, hash, content from evidence');
    expect(pdfText).toContain(`SHA-256 ${ev.hash}`);
    expect(pdfText).toContain('Registrering till kommunstyrelsen@helsingborg.se: skickad');
    expect(pdfText).toContain('Innehåll: 2 inlägg, 4 kommentarer (varav 2 frågor), 1 modereringsärende, 1 registrering.');
    expect(pdfText).toContain(`${JUNE_QUESTION}`);
    expect(pdfText).toContain('(fråga, väntar på svar)');
    // "text gallrad" only where the title page explains it: no comment had lost its text before the archive.
    expect(pdfText.split('text gallrad')).toHaveLength(2);
    expect(pdfText).toContain('Ärende ' + c.id + ' (hot): borttagen');
    expect(pdfText).toContain('flaggad – SAV-boten (klassificeraren): hot');

    // The CSV: one row per event, texts exactly as written (emoji too), Stockholm times.
    const csvRes = await download(links[1][1]);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvBytes = Buffer.from(await csvRes.arrayBuffer());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csvBytes.toString('utf8'));
    expect(rows[0]).toEqual(['tid (Europe/Stockholm)', 'händelse', 'inlägg', 'inläggets länk', 'förvaltning', 'ansvarig', 'kommentar-id', 'vem', 'text', 'status', 'detalj']);
    const byKind = (k: string) => rows.filter((r) => r[1] === k);
    expect(byKind('inlägg')).toHaveLength(2);
    expect(byKind('kommentar').map((r) => r[8])).toEqual([QUESTION, THREAT, PRAISE, JUNE_QUESTION]);
    expect(byKind('kommentar')[3][9]).toBe('väntar på svar');
    expect(byKind('kommentar')[0][0]).toBe('2026-03-02 09:50:00');
    expect(byKind('kommentar')[0][9]).toBe('besvarad');
    expect(byKind('svar').find((r) => r[8].startsWith(REPLY))?.[7]).toBe('Louise Lind');
    expect(byKind('beslut').map((r) => r[9])).toEqual(expect.arrayContaining(['flaggad', 'borttagen på LinkedIn']));
    expect(byKind('bevis')[0][10]).toContain(ev.hash);
    expect(byKind('registrering')[0][9]).toBe('skickad');

    // The JSON: the checked shape, the same content.
    const json = archiveDocumentSchema.parse(await (await download(links[2][1])).json());
    expect(json).toMatchObject({ period: '2026H1', firstDay: '2026-01-01', lastDay: '2026-06-30', counts: { posts: 2, comments: 4 } });
    expect(json.posts[0].booking?.title).toBe('Möt våra traineer');
    expect(json.posts[0].comments.map((x) => x.text)).toEqual([QUESTION, THREAT, PRAISE]);
    expect(json.posts[0].comments[1].case?.decisions.map((d) => d.action).sort()).toEqual(['flagged', 'removed-by-hand']);

    // The registry got it by e-mail, like a registration: the PDF, CSV and JSON attached.
    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received[1];
    expect(mail.to).toEqual(['kommunstyrelsen@helsingborg.se']);
    expect(mail.raw).toMatch(/^Message-ID: <arkiv\.2026H1@helsingborg\.se>/m);
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=linkedin-arkiv-2026H1\.pdf/);
    expect(mail.raw).toContain('linkedin-arkiv-2026H1.csv');
    expect(mail.raw).toContain('linkedin-arkiv-2026H1.json');

    // Now archived and past the retention: the text goes at once, but the open question's is kept while it
    // is open. The evidence keeps the threat verbatim.
    expect((await texts()).map((r) => r.text)).toEqual([null, null, null, JUNE_QUESTION]);
    expect(ev.content.commentText).toBe(THREAT);
    expect(verifyEvidence(ev.content, ev.hash)).toBe(true);
    expect(t.connector.sent().length).toBeGreaterThan(sentBefore);

    // July (the second half-year): a new question, answered; in September it is past the retention, not archived: kept.
    const julyPost = sim.addPost({ text: 'Sommarjobb för unga i Helsingborg', createdAt: new Date('2026-07-02T09:00:00+02:00') });
    const july = sim.addComment(julyPost.urn, { actorUrn: 'urn:li:person:asker2', text: 'Hur lång är utbildningen?', createdAt: new Date('2026-07-02T10:00:00+02:00') });
    await t.at('2026-07-02T10:05:00+02:00');
    await t.at('2026-07-02T10:15:00+02:00');
    const [open] = await t.bot.db.query<{ id: string; version: number }>(`select id, version from comments where external_id = $1`, [july.urn]);
    await t.click(USERS.louise, 'comment.answered', { commentId: open.id, version: open.version });
    await t.at('2026-09-01T10:00:00+02:00');
    expect((await t.bot.db.query<{ text: string | null }>('select text from comments where id = $1', [open.id]))[0].text).toBe('Hur lång är utbildningen?');

    // A restart and more runs make no second archive, card or e-mail. The card's links have expired by now
    // (seven days); /arkiv gives new ones, which work after the restart (the next test).
    const cardsBefore = archiveCards().length;
    await t.restart();
    await t.at('2026-09-02T10:00:00+02:00');
    expect(await t.bot.db.query('select id from archives')).toHaveLength(1);
    expect(archiveCards()).toHaveLength(cardsBefore);
    expect(smtp.received).toHaveLength(2);
    expect((await download(links[1][1])).status).toBe(403);
  });

  test('/arkiv gives a superadmin the archive with fresh links; a half-year not ended, a malformed one and other people are answered politely', async () => {
    const fetched = await t.say(USERS.admin, '/arkiv 2026H1');
    const card = fetched.replies[0].attachments[0].content;
    assertRendered(card);
    expect(cardText(card)).toContain('Halvårsarkivet 2026H1');
    expect(cardText(card)).not.toContain('är klart');
    expect(cardText(card)).toContain('Arkivet har skickats till diariet med e-post.');
    expect((await download(card.actions[0].url)).status).toBe(200);
    // Without a half-year: the latest that has ended (September 2026: the first half-year).
    expect(cardText((await t.say(USERS.admin, '/arkiv')).replies[0].attachments[0].content)).toContain('Halvårsarkivet 2026H1');

    const count = async () => (await t.bot.db.query<{ n: number }>('select count(*)::int as n from archives'))[0].n;
    expect((await t.say(USERS.admin, '/arkiv 2026H2')).replies[0].text).toBe(
      'Halvåret 2026H2 pågår till och med torsdag 31 december 2026, så det kan inte arkiveras än. Skriv `/arkiv` för det senaste hela halvåret.',
    );
    expect((await t.say(USERS.admin, '/arkiv nästa vecka')).replies[0].text).toContain('Jag kunde inte läsa ”nästa vecka” som ett halvår. Skriv till exempel `/arkiv 2026H1`');
    expect((await t.say(USERS.admin, '/archive 2026H3', { locale: 'en-US' })).replies[0].text).toContain('I could not read "2026H3" as a half-year');
    expect((await t.say(USERS.louise, '/arkiv 2026H1')).replies[0].text).toBe('Bara superadministratörer kan hämta halvårsarkivet.');
    expect(await count()).toBe(1);

    // An earlier half-year, from before the bot began archiving, is made on request, once.
    const earlier = (await t.say(USERS.admin, '/arkiv 2025H2')).replies[0].attachments[0].content;
    expect(cardText(earlier)).toContain('Halvårsarkivet 2025H2 är klart');
    expect(cardText(earlier)).toContain('0 inlägg, 0 kommentarer');
    expect(cardText(earlier)).toContain('på begäran av Sara Superadmin');
    await t.say(USERS.admin, '/arkiv 2025h2');
    expect(await count()).toBe(2);
    const pdf = Buffer.from(await (await download(earlier.actions[0].url)).arrayBuffer());
    expect((await new PDFParse({ data: pdf }).getText()).text).toContain('Inga inlägg, kommentarer eller ärenden under halvåret.');
  });

  test('two instances making the same half-year at once: the database keeps one archive and one set of files', async () => {
    const repo = new ArchiveRepository(t.bot.db);
    const files = { pdf: { name: 'a.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-') }, csv: { name: 'a.csv', contentType: 'text/csv', content: 'x' }, json: { name: 'a.json', contentType: 'application/json', content: '{}' } };
    const filesBefore = (await t.bot.db.query<{ n: number }>('select count(*)::int as n from files'))[0].n;
    const make = () =>
      repo.add({ period: '2024H1', periodStart: new Date('2023-12-31T23:00:00Z'), periodEnd: new Date('2024-06-30T22:00:00Z'), counts: {}, at: t.clock.now(), createdBy: null, mailStatus: 'stored' }, files, async () => undefined);
    const [a, b] = await Promise.all([make(), make()]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.archive.id).toBe(b.archive.id);
    expect((await t.bot.db.query<{ n: number }>('select count(*)::int as n from files'))[0].n).toBe(filesBefore + 3);
    // The PDF is served as the bytes it was.
    const link = await t.bot.links.link(a.archive.pdfFileId);
    expect(Buffer.from(await (await download(link)).arrayBuffer()).toString('latin1')).toBe('%PDF-');
  });
});
