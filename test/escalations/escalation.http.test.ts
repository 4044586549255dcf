import { verifyEvidence } from '../../src/domain/evidence';

import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { SAV_CHANNEL, SAV_TEAM, TestBot, USERS } from '../support/bot';
import { startSmtp } from '../support/smtp';

/** The element of a card with this id. */
function findElement(card: any, id: string): any {
  if (!card || typeof card !== 'object') return undefined;
  if (card.id === id) return card;
  for (const v of Object.values(card)) {
    const found = findElement(v, id);
    if (found) return found;
  }
  return undefined;
}

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const MANAGER = { id: '7a1b2c3d-0000-4000-8000-000000000042', name: 'Maria Chef' };
const THREAT = 'Jag vet var du bor. Du kommer att ångra det här.';

const chatOf = (id: string) => encodeURIComponent(`a:personal-${id}`);
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

describe('escalating threats and rule-breaking comments', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false, refuseMemberCommentDeletes: false });
    smtp = await startSmtp();
    t = await TestBot.start({
      now: MONDAY_10,
      env: {
        LINKEDIN_ACCESS_TOKEN: 'sim-token',
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
        SUPERADMINS: USERS.admin.id,
        DEPARTMENT_MANAGERS: JSON.stringify({ Kulturförvaltningen: [MANAGER.id] }),
        ESCALATION_RENOTIFY_MINUTES: '30',
        ESCALATION_RENOTIFY_LIMIT: '2',
        SMTP_URL: smtp.url,
        REGISTRY_EMAIL: 'kommunstyrelsen@helsingborg.se',
        PUBLIC_BASE_URL: 'http://127.0.0.1:1',
      },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    sim.state.refuseMemberCommentDeletes = false;
    sim.setFailure({ status: 200, times: 0 });
    smtp.received.length = 0;
    for (const u of [USERS.louise, USERS.admin, MANAGER]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
    await smtp.stop();
  });

  /** Louise's booked post (Kulturförvaltningen) with one comment from LinkedIn, polled once. */
  async function commentOnLouisesPost(textIn: string, department = 'Kulturförvaltningen') {
    await t.click(USERS.louise, 'booking.submit', { requestId: `r-${Math.random()}`, day: '2026-11-23', title: 'Möt våra bibliotekarier', department, postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    const post = sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    const comment = sim.addComment(post.urn, { actorUrn: 'urn:li:person:angry', text: textIn, createdAt: new Date('2026-11-23T09:55:00+01:00') });
    await t.tick();
    return { post, comment };
  }

  const sentTo = (id: string) => t.connector.sent().filter((c) => c.path.includes(chatOf(id)));
  const caseCards = (id: string) => sentTo(id).map(cardOf).filter((c) => cardText(c).includes('Hot i en kommentar'));
  async function theCase() {
    const [row] = await t.bot.db.query<{ id: string; version: number; status: string; evidence_id: string }>('select id, version, status, evidence_id from escalations');
    return row;
  }

  test('a threat goes at once to every superadmin, the department\'s manager and the post\'s owner, with the evidence kept first', async () => {
    await commentOnLouisesPost(THREAT);
    for (const who of [USERS.admin.id, MANAGER.id, USERS.louise.id]) {
      const cards = caseCards(who);
      expect(cards).toHaveLength(1);
      assertRendered(cards[0]);
      expect(cardText(cards[0])).toContain(`”${THREAT}”`);
      expect(executeActions(cards[0]).map((a) => a.title)).toEqual(expect.arrayContaining(['Kvittera', 'Borttagen på LinkedIn', 'Ta bort via API', 'Spara beslutet', 'Till arbetarskydd', 'Polisanmälan']));
    }
    // Nobody else, and not the channel: a threat is not quoted in public.
    expect(t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)))).toHaveLength(0);
    const [ev] = await t.bot.db.query<{ content: any; hash: string; created_at: Date }>('select content, hash, created_at from evidence');
    expect(ev.content).toMatchObject({ commentText: THREAT, authorUrn: 'urn:li:person:angry', kind: 'threat', commentedAt: '2026-11-23T08:55:00.000Z', reportedByName: null });
    expect(ev.content.reasons.length).toBeGreaterThan(0);
    expect(verifyEvidence(ev.content, ev.hash)).toBe(true);
    const recipients = await t.bot.db.query<{ user_id: string; role: string }>('select user_id, role from escalation_recipients order by role');
    expect(recipients).toEqual([
      { user_id: MANAGER.id, role: 'manager' },
      { user_id: USERS.louise.id, role: 'owner' },
      { user_id: USERS.admin.id, role: 'superadmin' },
    ]);
  });

  test('a department without a manager: the superadmins are told so on the card', async () => {
    await commentOnLouisesPost(THREAT, 'Miljöförvaltningen');
    const [card] = caseCards(USERS.admin.id);
    expect(cardText(card)).toMatch(/Ingen chef är registrerad för Miljöförvaltningen/);
  });

  test('unacknowledged, the cards are sent again every 30 minutes up to the limit, then the channel is told without a quote', async () => {
    await commentOnLouisesPost(THREAT);
    await t.at('2026-11-23T10:29:00+01:00');
    expect(caseCards(MANAGER.id)).toHaveLength(1);
    await t.at('2026-11-23T10:30:00+01:00');
    expect(caseCards(MANAGER.id)).toHaveLength(2);
    expect(cardText(caseCards(MANAGER.id)[1])).toContain('Påminnelse 1: ingen har kvitterat ännu');
    await t.at('2026-11-23T11:00:00+01:00');
    expect(caseCards(MANAGER.id)).toHaveLength(3);
    const toChannel = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL))).map((c) => cardText(cardOf(c)));
    expect(toChannel).toHaveLength(1);
    expect(toChannel[0]).toContain('Ett hot väntar på kvittens');
    expect(toChannel[0]).not.toContain('vet var du bor');
    await t.at('2026-11-23T12:00:00+01:00');
    expect(caseCards(MANAGER.id)).toHaveLength(3);
  });

  test('Kvittera stops the re-sends, every copy shows who and when, and a replayed or forged click changes nothing', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    const outsider = await t.click(USERS.erik, 'case.acknowledge', { caseId: c.id, version: c.version });
    expect(cardText(outsider.card)).toMatch(/Bara de som fick ärendet, och superadministratörer/);
    const ack = await t.click(MANAGER, 'case.acknowledge', { caseId: c.id, version: c.version });
    expect(cardText(ack.card)).toContain('Kvitterad av: Maria Chef, måndag 23 november kl. 10:00');
    expect(executeActions(ack.card).map((a) => a.title)).not.toContain('Kvittera');
    await t.tick();
    expect(t.connector.updates()).toHaveLength(3);
    // The refresh keeps the acknowledgement's line: it is part of the case now, not a one-off notice.
    for (const u of t.connector.updates()) expect(cardText(cardOf(u))).toMatch(/Kvitterad av: Maria Chef[\s\S]*|Kvitterat: omsändningarna har stoppats/);
    for (const u of t.connector.updates()) expect(cardText(cardOf(u))).toContain('Kvitterat: omsändningarna har stoppats');
    const replay = await t.click(USERS.admin, 'case.acknowledge', { caseId: c.id, version: c.version });
    expect(cardText(replay.card)).toContain('Kortet var inaktuellt, så inget har ändrats');
    for (const [verb, data] of [
      ['case.acknowledge', { caseId: 'nope', version: 1 }],
      ['case.keep', { caseId: c.id, version: 'x' }],
      ['case.police', { caseId: '00000000-0000-4000-8000-000000000000' }],
    ] as const) {
      expect(cardText((await t.click(USERS.admin, verb, data)).card)).toMatch(/Inget har ändrats|Jag hittar inte/);
    }
    await t.at('2026-11-23T11:30:00+01:00');
    expect(caseCards(MANAGER.id)).toHaveLength(1);
    const audit = await t.bot.db.query<{ action: string; by_name: string }>('select action, by_name from escalation_decisions order by at, action');
    expect(audit.map((a) => a.action)).toEqual(['acknowledged', 'flagged']);
  });

  test('evidence is append-only: the database refuses changes and deletes, and /evidence verifies the hash', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    await expect(t.bot.db.query(`update evidence set content = '{}'::jsonb`)).rejects.toThrow(/append-only/);
    await expect(t.bot.db.query('delete from evidence')).rejects.toThrow(/append-only/);
    await expect(t.bot.db.query(`update escalation_decisions set by_name = 'x'`)).rejects.toThrow(/append-only/);
    const shown = await t.say(USERS.admin, `/evidence ${c.evidence_id}`);
    const card = shown.replies[0].attachments[0].content;
    expect(cardText(card)).toContain('Bevis, verifierat ✓');
    expect(cardText(card)).toContain('Hashen stämmer');
    const owner = await t.say(USERS.louise, `/bevis ${c.id}`);
    expect(cardText(owner.replies[0].attachments[0].content)).toContain('verifierat');
    const refused = await t.say(USERS.erik, `/evidence ${c.evidence_id}`);
    expect(refused.replies[0].text).toMatch(/Bara superadministratörer och den som publicerade/);
  });

  test('/bevis takes the start of an id when it names one record, and says clearly when it names several or none', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    const byPrefix = await t.say(USERS.admin, `/bevis ${c.evidence_id.slice(0, 8)}`);
    expect(cardText(byPrefix.replies[0].attachments[0].content)).toContain('Bevis, verifierat ✓');
    const caseByPrefix = await t.say(USERS.louise, `bevis ${c.id.slice(0, 6).toUpperCase()}`);
    expect(cardText(caseByPrefix.replies[0].attachments[0].content)).toContain('verifierat');
    // Two records whose ids share a start.
    for (const n of [1, 2]) {
      await t.bot.db.query(`insert into evidence (id, comment_id, content, hash, created_at) values ($1, null, '{}'::jsonb, 'x', now())`, [`3f2b0000-0000-4000-8000-00000000000${n}`]);
    }
    const ambiguous = await t.say(USERS.admin, '/bevis 3f2b0000');
    expect(ambiguous.replies[0].text).toBe('Flera ärenden eller bevis har id som börjar med ”3f2b0000”. Skriv fler tecken av id:t.');
    const unknownStart = c.evidence_id[0] === '0' || c.id[0] === '0' ? (c.evidence_id[0] === '1' || c.id[0] === '1' ? '2' : '1') : '0';
    const none = await t.say(USERS.admin, `/bevis ${unknownStart.repeat(6)}`);
    expect(none.replies[0].text).toBe(`Jag hittar inget ärende eller bevis vars id börjar med ”${unknownStart.repeat(6)}”.`);
    expect((await t.say(USERS.admin, '/bevis 3f2')).replies[0].text).toMatch(/Skriv minst 4 tecken av id:t/);
    expect((await t.say(USERS.admin, '/bevis hej')).replies[0].text).toMatch(/^”hej” är inget id/);
    expect((await t.say(USERS.admin, '/bevis')).replies[0].text).toContain('`/bevis 3f2b`.');
    expect((await t.say(USERS.admin, '/evidence 3f2b0000', { locale: 'en-US' })).replies[0].text).toMatch(/^Several cases or evidence records/);
    // Someone who may not see it learns nothing more from a prefix than from the whole id.
    expect((await t.say(USERS.erik, `/bevis ${c.evidence_id.slice(0, 8)}`)).replies[0].text).toMatch(/Bara superadministratörer och den som publicerade/);
  });

  test('Borttagen på LinkedIn records who and when and sends the registration e-mail to the registry through SMTP', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    const res = await t.click(USERS.admin, 'case.removedByHand', { caseId: c.id, version: c.version });
    expect(cardText(res.card)).toContain('Borttagen på LinkedIn av Sara Superadmin, måndag 23 november kl. 10:00');
    expect(cardText(res.card)).toContain('Registreringen skickas till diariet med e-post');
    await t.tick();
    expect(smtp.received).toHaveLength(1);
    await t.tick();
    // Every copy, refreshed later, still offers the superadmin the registration and says it was sent.
    const adminUpdates = t.connector.updates().filter((u) => u.path.includes(chatOf(USERS.admin.id))).map((u) => JSON.stringify(cardOf(u)));
    expect(adminUpdates.length).toBeGreaterThan(0);
    for (const u of adminUpdates) expect(u).toContain('/api/files/');
    const mail = smtp.received[0];
    expect(mail.to).toEqual(['kommunstyrelsen@helsingborg.se']);
    // The subject is MIME-encoded (UTF-8): "Borttagen kommentar på LinkedIn – hot – …".
    expect(mail.raw).toMatch(/^Subject: .*Borttagen(_|\s)kommentar/m);
    const [ev] = await t.bot.db.query<{ hash: string }>('select hash from evidence');
    // Quoted-printable folds long lines with soft breaks ("=" at the line end).
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(ev.hash);
    const [reg] = await t.bot.db.query<{ status: string }>('select status from registrations');
    expect(reg.status).toBe('sent');
    const again = await t.click(USERS.admin, 'case.removedByHand', { caseId: c.id, version: c.version });
    expect(cardText(again.card)).toContain('inaktuellt');
    await t.tick();
    expect(smtp.received).toHaveLength(1);
  });

  test('Ta bort via API deletes as the page; when LinkedIn refuses, it says so and the case stays open', async () => {
    const { comment } = await commentOnLouisesPost(THREAT);
    sim.state.refuseMemberCommentDeletes = true;
    let c = await theCase();
    const refused = await t.click(USERS.admin, 'case.removeViaApi', { caseId: c.id, version: c.version });
    expect(cardText(refused.card)).toMatch(/LinkedIn vägrade ta bort kommentaren \(forbidden 403/);
    expect((await theCase()).status).toBe('open');
    sim.state.refuseMemberCommentDeletes = false;
    c = await theCase();
    const removed = await t.click(USERS.admin, 'case.removeViaApi', { caseId: c.id, version: c.version });
    expect(cardText(removed.card)).toContain('Borttagen via boten av Sara Superadmin');
    expect(sim.state.deletedCommentUrns).toContain(comment.urn);
    const audit = await t.bot.db.query<{ action: string }>('select action from escalation_decisions order by at, action');
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['flagged', 'api-delete-refused', 'removed-via-api']));
  });

  test('without SMTP the registration is stored and a superadmin downloads it; evidence outlives comment-text retention', async () => {
    const plain = await TestBot.start({ now: MONDAY_10, env: { SUPERADMINS: USERS.admin.id, PUBLIC_BASE_URL: 'http://127.0.0.1:1', COMMENT_TEXT_RETENTION_DAYS: '30' } });
    try {
      await plain.say(USERS.louise, '/hjälp');
      await plain.say(USERS.admin, '/hjälp');
      const form = (await plain.say(USERS.louise, '/rapportera')).replies[0].attachments[0].content;
      const submit = action(form, 'Rapportera');
      const reported = await plain.click(USERS.louise, submit.verb, { ...submit.data, category: 'spam', text: 'Tjäna 5000 kr om dagen hemifrån! Klicka här: http://snabbapengar.example', authorName: 'Spambot' });
      expect(cardText(reported.card)).toContain('spam');
      const [c] = await plain.bot.db.query<{ id: string; version: number }>('select id, version from escalations');
      await plain.tick();
      expect(plain.connector.sent().filter((x) => x.path.includes(chatOf(USERS.admin.id)))).toHaveLength(1);
      // The reporter has the case card as the answer to the form, and gets no second copy.
      expect(plain.connector.sent().filter((x) => x.path.includes(chatOf(USERS.louise.id)))).toHaveLength(0);
      expect(cardText(reported.card)).toContain('Skäl: Kommentaren är spam eller ett upprepat inlägg');
      expect(cardText(reported.card)).not.toContain('fråga som ska besvaras');
      const removed = await plain.click(USERS.admin, 'case.removedByHand', { caseId: c.id, version: c.version });
      const link = JSON.stringify(removed.card).match(/http:\/\/127\.0\.0\.1:1(\/api\/files\/[^"]+)/)![1].replace(/\\u0026/g, '&');
      expect(cardText(removed.card)).toContain('[Hämta registreringen (.eml)]');
      // Nothing was sent, and the card says so.
      expect(cardText(removed.card)).toContain('Registreringen är INTE skickad');
      expect(cardText(removed.card)).not.toContain('Registreringen till diariet är gjord');
      expect(cardText(removed.card)).toContain('Registrering: INTE skickad');
      // The superadmin's own copy (sent while no SAV channel is known) is refreshed later: it keeps the file.
      await plain.tick();
      const refreshed = plain.connector.updates().filter((u) => u.path.includes(chatOf(USERS.admin.id))).map((u) => cardOf(u));
      expect(refreshed.length).toBeGreaterThan(0);
      for (const r of refreshed) {
        expect(cardText(r)).toContain('Registrering: INTE skickad');
        expect(cardText(r)).toContain('[Hämta registreringen (.eml)]');
      }
      // /bevis and /ärenden fetch it for a superadmin.
      expect(JSON.stringify((await plain.say(USERS.admin, `/bevis ${c.id}`)).replies[0].attachments[0].content)).toContain('/api/files/');
      const list = (await plain.say(USERS.admin, '/ärenden')).replies[0].attachments[0].content;
      expect(cardText(list)).toContain('Registreringar som inte har skickats till diariet');
      expect(cardText(list)).toContain(`Hämta registreringen ${c.id.slice(0, 8)} (.eml)`);
      const eml = await (await fetch(`${plain.bot.url}${link}`)).text();
      expect(eml).toMatch(/^To: kommunstyrelsen@helsingborg\.se/m);
      expect((await plain.bot.db.query<{ status: string }>('select status from registrations'))[0].status).toBe('stored');
      const status = cardText((await plain.say(USERS.admin, '/status')).replies[0].attachments[0].content);
      expect(status).toContain('Ej skickade registreringar: 1: hämta dem från ärendekorten (.eml) och lämna dem till registrator');
      await plain.at('2027-01-10T10:00:00+01:00');
      expect((await plain.bot.db.query<{ text: string | null }>('select text from comments'))[0].text).toBeNull();
      const [ev] = await plain.bot.db.query<{ content: any; hash: string }>('select content, hash from evidence');
      expect(ev.content.commentText).toContain('Tjäna 5000 kr');
      expect(verifyEvidence(ev.content, ev.hash)).toBe(true);
    } finally {
      await plain.close();
    }
  });

  test('Inte ett hot needs a reason; with one, the comment stays and the decision is recorded', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    const empty = await t.click(MANAGER, 'case.keep', { caseId: c.id, version: c.version, reason: '  ' });
    expect(cardText(empty.card)).toMatch(/Skriv varför kommentaren ska ligga kvar/);
    const kept = await t.click(MANAGER, 'case.keep', { caseId: c.id, version: c.version, reason: 'Ironi mellan två bekanta, inget hot.' });
    expect(cardText(kept.card)).toContain('Ligger kvar, beslut av Maria Chef');
    expect((await theCase()).status).toBe('kept');
    expect(smtp.received).toHaveLength(0);
  });

  test('Polisanmälan records the step and gives the evidence as text and as a downloadable .eml behind a signed link', async () => {
    await commentOnLouisesPost(THREAT);
    const c = await theCase();
    const res = await t.click(USERS.admin, 'case.police', { caseId: c.id });
    const shown = cardText(res.card);
    expect(shown).toContain('Underlag för polisanmälan skapat. Ingen anmälan är gjord än');
    expect(shown).toContain('Polis: Underlag för polisanmälan skapat av Sara Superadmin, måndag 23 november kl. 10:00');
    expect(shown).toContain(THREAT);
    // One field a line, and one ground for people instead of the classifier's reasons.
    expect(res.card.body.find((b: any) => b.type === 'Container' && b.separator)?.items.length).toBeGreaterThan(10);
    expect(shown).toMatch(/Skäl: Kommentaren uppfattas som ett hot/);
    expect(shown).not.toMatch(/\(threat\)|statistisk modell/);
    // The step shows on every copy and in /bevis, not only in the CSV.
    await t.tick();
    expect(t.connector.updates().map((u) => cardText(cardOf(u))).every((x) => x.includes('Underlag för polisanmälan skapat av Sara Superadmin'))).toBe(true);
    const bevis = await t.say(USERS.admin, `/bevis ${c.id}`);
    expect(cardText(bevis.replies[0].attachments[0].content)).toContain('Underlag för polisanmälan skapat av Sara Superadmin');
    const link = JSON.stringify(res.card).match(/http:\/\/127\.0\.0\.1:1(\/api\/files\/[^"]+)/)![1].replace(/\\u0026/g, '&');
    const file = await fetch(`${t.bot.url}${link}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('message/rfc822');
    expect(await file.text()).toMatch(/X-Unsent: 1/);
    const forged = await fetch(`${t.bot.url}${link.replace(/sig=[0-9a-f]{4}/, 'sig=0000')}`);
    expect(forged.status).toBe(403);
    expect((await t.bot.db.query<{ action: string }>(`select action from escalation_decisions where action = 'police-report'`)).length).toBe(1);
  });

  test('hate opens a moderation case for the owner only; when removed, the superadmins get an information card', async () => {
    await commentOnLouisesPost('Alla invandrare är parasiter som borde kastas ut');
    expect(caseCards(USERS.admin.id)).toHaveLength(0);
    const toOwner = sentTo(USERS.louise.id).map(cardOf).filter((x) => cardText(x).includes('bryter mot reglerna'));
    expect(toOwner).toHaveLength(1);
    expect(cardText(toOwner[0])).toContain('hat eller rasism');
    const c = await theCase();
    await t.click(USERS.louise, 'case.removedByHand', { caseId: c.id, version: c.version });
    await t.tick();
    expect(sentTo(USERS.admin.id).map((x) => cardText(cardOf(x))).some((x) => x.includes('För kännedom: en kommentar har tagits bort'))).toBe(true);
  });

  test('harsh criticism is never flagged', async () => {
    await commentOnLouisesPost('Ni borde skämmas, förvaltningen är totalt inkompetent och slösar våra skattepengar!');
    expect(await t.bot.db.query('select 1 from escalations')).toHaveLength(0);
  });

  test('editors report what the classifier missed, from a reminder card or with /rapportera', async () => {
    // A rumour dressed as a question: the classifier sees a question, the editor sees misinformation.
    await commentOnLouisesPost('Stämmer det att kommunen lägger ner alla bibliotek nästa år?');
    const [comment] = await t.bot.db.query<{ id: string }>('select id from comments');
    expect(await t.bot.db.query('select 1 from escalations')).toHaveLength(0);
    const reported = await t.click(USERS.erik, 'comment.report', { commentId: comment.id, category: 'misinformation' });
    expect(cardText(reported.card)).toContain('Tack! Beviset är sparat');
    const again = await t.click(USERS.erik, 'comment.report', { commentId: comment.id, category: 'misinformation' });
    expect(cardText(again.card)).toContain('redan rapporterad');
    const form = (await t.say(USERS.erik, '/rapportera')).replies[0].attachments[0].content;
    assertRendered(form);
    const submit = action(form, 'Rapportera');
    const res = await t.click(USERS.erik, submit.verb, { ...submit.data, category: 'threat', text: 'Vi ses efter jobbet, Anna.', authorName: 'Okänd', commentUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:999/' });
    expect(cardText(res.card)).toContain('Hot i en kommentar');
    expect(cardText(res.card)).toContain('Flaggad av: Erik Berg');
    const cases = await t.bot.db.query<{ kind: string; category: string }>('select kind, category from escalations order by created_at, kind');
    expect(cases.map((x) => x.category).sort()).toEqual(['misinformation', 'threat']);
  });

  test('/escalations lists cases with an audit CSV for superadmins; /admin sets a department\'s managers', async () => {
    await commentOnLouisesPost(THREAT);
    const list = await t.say(USERS.admin, '/ärenden');
    const card = list.replies[0].attachments[0].content;
    expect(cardText(card)).toContain('Väntar på kvittens');
    const link = JSON.stringify(card).match(/http:\/\/127\.0\.0\.1:1(\/api\/files\/[^"]+)/)![1].replace(/\\u0026/g, '&');
    const bytes = Buffer.from(await (await fetch(`${t.bot.url}${link}`)).arrayBuffer());
    // Swedish Excel: a byte order mark, semicolons, Swedish words, Stockholm time named in the header.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('"tid (Europe/Stockholm)";"ärende";');
    expect(csv).toContain('"2026-11-23 10:00:00";');
    expect(csv).toContain(';"hot";"hot";"flaggad";');
    expect((await t.say(USERS.louise, '/escalations')).replies[0].text).toMatch(/Bara superadministratörer/);

  });

  test('/admin shows managers by name and picks people by name from the roster (Teams\' people picker); only superadmins change it', async () => {
    // The SAV team's roster, as Teams gives it when people join.
    for (const u of [USERS.erik, USERS.louise, MANAGER]) t.connector.addTeamMember(SAV_TEAM, u);
    await t.membersChanged({ added: [USERS.erik, USERS.louise, MANAGER] });
    await t.tick(); // the roster is read by a job
    const admin = (await t.say(USERS.admin, '/admin')).replies[0].attachments[0].content;
    assertRendered(admin);
    const shown = cardText(admin);
    expect(shown).toMatch(/Kulturförvaltningen\nMaria Chef/);
    expect(shown).toMatch(/Miljöförvaltningen\n\(ingen: superadministratörer får veta\)/);
    expect(shown).not.toContain(MANAGER.id);
    const picker = findElement(admin, 'managerIds');
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
    expect(picker.choices).toEqual(expect.arrayContaining([{ title: 'Erik Berg', value: USERS.erik.id }, { title: 'Louise Lind', value: USERS.louise.id }, { title: 'Maria Chef', value: MANAGER.id }]));

    const ok = await t.click(USERS.admin, 'admin.setManagers', { department: 'Miljöförvaltningen', managerIds: `${USERS.erik.id},${MANAGER.id}` });
    expect(cardText(ok.card)).toContain('Sparat för Miljöförvaltningen av Sara Superadmin');
    expect(cardText(ok.card)).toMatch(/Miljöförvaltningen\nErik Berg, Maria Chef/);
    // Someone found by Teams' organisation search: any Entra object id, shown by id until the bot meets them.
    const stranger = 'b0b0b0b0-1111-4222-8333-444455556666';
    const searched = await t.click(USERS.admin, 'admin.setManagers', { department: 'Socialförvaltningen', managerIds: stranger });
    expect(cardText(searched.card)).toMatch(/Socialförvaltningen\nokänd person \(id b0b0b0b0…\)/);

    const bad = await t.click(USERS.admin, 'admin.setManagers', { department: 'Miljöförvaltningen', managerIds: 'inte-ett-id' });
    expect(cardText(bad.card)).toContain('Inget har ändrats');
    const unknownDepartment = await t.click(USERS.admin, 'admin.setManagers', { department: 'Hittepåförvaltningen', managerIds: USERS.erik.id });
    expect(cardText(unknownDepartment.card)).toMatch(/inget har ändrats/i);
    // The role is checked on the server: a card sent by someone else changes nothing.
    const forged = await t.click(USERS.louise, 'admin.setManagers', { department: 'Miljöförvaltningen', managerIds: USERS.louise.id });
    expect(cardText(forged.card)).toContain('Bara superadministratörer');
    expect((await t.say(USERS.louise, '/admin')).replies[0].text).toContain('Bara superadministratörer');
    const after = cardText((await t.say(USERS.admin, '/admin')).replies[0].attachments[0].content);
    expect(after).toMatch(/Miljöförvaltningen\nErik Berg, Maria Chef/);
  });

  test('a restart between flag and acknowledgement loses nothing and opens no second case', async () => {
    await commentOnLouisesPost(THREAT);
    t.clock.set('2026-11-23T10:31:00+01:00');
    await t.restart();
    await t.tick();
    expect(caseCards(MANAGER.id)).toHaveLength(2);
    expect(await t.bot.db.query('select 1 from escalations')).toHaveLength(1);
    const c = await theCase();
    const ack = await t.click(MANAGER, 'case.acknowledge', { caseId: c.id, version: c.version });
    expect(cardText(ack.card)).toContain('Kvitterad av: Maria Chef');
  });
});
