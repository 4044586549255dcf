import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { assertRendered, cardText, executeActions } from '../support/cards';
import { TestBot, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const SECRET = 'webhook-secret';
const ATTACK = 'Du är en patetisk idiot Louise, ingen vill läsa dina inlägg.';
const CRITICISM = 'Stadsbyggnadsförvaltningen gör ett uselt jobb, bostadsplaneringen i Helsingborg är ett skämt.';
const KC_URL = 'https://helsingborg.se/kontakt/synpunkter/';

const chatOf = (id: string) => encodeURIComponent(`a:personal-${id}`);
const cardOf = (call: { body: any }) => call.body.attachments[0].content;
const titles = (card: any) => executeActions(card).map((a) => a.title);

describe('moderation decisions: hide, remove, block, criticism to Kontaktcenter, deletions on LinkedIn', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false, refuseMemberCommentDeletes: false });
    t = await TestBot.start({
      now: MONDAY_10,
      env: {
        LINKEDIN_ACCESS_TOKEN: 'sim-token',
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
        LINKEDIN_CLIENT_SECRET: SECRET,
        KC_FEEDBACK_URL: KC_URL,
        PUBLIC_BASE_URL: 'http://127.0.0.1:1',
      },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    sim.requests.length = 0;
    for (const u of [USERS.louise, USERS.admin]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** Louise's booked post with one member comment, polled once. */
  async function commentOnLouisesPost(text: string) {
    await t.click(USERS.louise, 'booking.submit', { requestId: `r-${Math.random()}`, day: '2026-11-23', title: 'Möt våra bibliotekarier', department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    const post = sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    const comment = sim.addComment(post.urn, { actorUrn: 'urn:li:person:writer', text, createdAt: new Date('2026-11-23T09:55:00+01:00') });
    await t.tick();
    return { post, comment };
  }
  async function theCase() {
    const [row] = await t.bot.db.query<{ id: string; version: number; status: string; resolution: string | null; resolution_reason: string | null }>('select id, version, status, resolution, resolution_reason from escalations');
    return row;
  }
  const decisions = async () => (await t.bot.db.query<{ action: string; by_name: string; reason: string | null; at: Date }>('select action, by_name, reason, at from escalation_decisions order by at, action'));
  const registrations = async () => (await t.bot.db.query<{ status: string }>('select status from registrations')).length;
  const removedNotices = () => t.connector.sent().filter((c) => c.path.includes(chatOf(USERS.admin.id))).map(cardOf).filter((c) => cardText(c).includes('För kännedom: en kommentar har tagits bort'));

  test('a personal attack: the owner\'s card offers hiding first, and hiding is recorded with who and when, is not registered, and gives a polite draft', async () => {
    await commentOnLouisesPost(ATTACK);
    const [card] = t.connector.sent().filter((c) => c.path.includes(chatOf(USERS.louise.id))).map(cardOf).filter((c) => cardText(c).includes('bryter mot reglerna'));
    assertRendered(card);
    expect(titles(card)).toEqual(expect.arrayContaining(['Dold på LinkedIn', 'Borttagen på LinkedIn', 'Blockerad och borttagen', 'Ta bort via API']));
    expect(titles(card)).not.toContain('Hänvisa till Kontaktcenter');
    const c = await theCase();
    t.clock.set('2026-11-23T10:07:00+01:00');
    const hidden = await t.click(USERS.louise, 'case.hidden', { caseId: c.id, version: c.version });
    assertRendered(hidden.card);
    const text = cardText(hidden.card);
    expect(text).toContain('Antecknat: kommentaren är dold på LinkedIn');
    expect(text).toContain('Dold på LinkedIn av Louise Lind, måndag 23 november kl. 10:07');
    expect(text).toContain('Förslag på meddelande till skribenten');
    expect(text).toContain('Vi har dolt din kommentar på Helsingborgs stads LinkedIn-sida');
    expect(await theCase()).toMatchObject({ status: 'hidden', resolution: 'hidden' });
    expect((await decisions()).map((d) => [d.action, d.by_name])).toEqual([['flagged', 'SAV-boten (klassificeraren)'], ['hidden', 'Louise Lind']]);
    await t.tick();
    expect(await registrations()).toBe(0);
    expect(removedNotices()).toHaveLength(0);
    // A hidden comment may still be removed later: blocked and removed, registered, superadmins told.
    expect(titles(hidden.card)).toEqual(expect.arrayContaining(['Borttagen på LinkedIn', 'Blockerad och borttagen']));
    expect(titles(hidden.card)).not.toContain('Dold på LinkedIn');
    const after = await theCase();
    t.clock.set('2026-11-23T10:12:00+01:00');
    const blocked = await t.click(USERS.louise, 'case.blockedRemoved', { caseId: after.id, version: after.version });
    expect(cardText(blocked.card)).toContain('Skribenten blockerad och kommentaren borttagen av Louise Lind');
    expect(cardText(blocked.card)).toContain('Du kan därför inte längre kommentera på sidan');
    await t.tick();
    expect(await registrations()).toBe(1);
    expect(removedNotices()).toHaveLength(1);
    expect((await decisions()).map((d) => d.action)).toEqual(['flagged', 'hidden', 'blocked-and-removed']);
  });

  test('decisions are checked on the server: someone the case was not sent to, a second click and forged data change nothing', async () => {
    await commentOnLouisesPost(ATTACK);
    const c = await theCase();
    const outsider = await t.click(USERS.erik, 'case.blockedRemoved', { caseId: c.id, version: c.version });
    expect(cardText(outsider.card)).toMatch(/Bara de som fick ärendet, och superadministratörer/);
    const first = await t.click(USERS.louise, 'case.removedByHand', { caseId: c.id, version: c.version });
    expect(cardText(first.card)).toContain('Borttagen på LinkedIn av Louise Lind');
    expect(cardText(first.card)).toContain('Vi har tagit bort din kommentar');
    for (const verb of ['case.hidden', 'case.blockedRemoved', 'case.removedByHand']) {
      const again = await t.click(USERS.louise, verb, { caseId: c.id, version: c.version });
      expect(cardText(again.card)).toContain('Kortet var inaktuellt, så inget har ändrats');
    }
    // Verbs a non-criticism card never offers, and malformed data.
    const now = await theCase();
    expect(cardText((await t.click(USERS.louise, 'case.referKc', { caseId: now.id, version: now.version })).card)).toContain('inaktuellt');
    expect(cardText((await t.click(USERS.admin, 'case.overrideRemove', { caseId: now.id, version: now.version, reason: 'x' })).card)).toContain('inaktuellt');
    expect(cardText((await t.click(USERS.louise, 'case.hidden', { caseId: 'nope', version: 1 })).card)).toMatch(/Inget har ändrats|Jag hittar inte/);
    expect(cardText((await t.click(USERS.louise, 'case.registerDeletion', { caseId: c.id })).card)).toMatch(/Inget har ändrats|Jag hittar inte/);
    await t.tick();
    expect(await registrations()).toBe(1);
    expect((await decisions()).map((d) => d.action)).toEqual(['flagged', 'removed-by-hand']);
  });

  test('criticism: the card offers "Hänvisa till Kontaktcenter" and never removal; an editor cannot remove or hide it, a superadmin can only with a reason', async () => {
    const { comment } = await commentOnLouisesPost(CRITICISM);
    const [stored] = await t.bot.db.query<{ id: string; kind: string }>('select id, kind from comments where external_id = $1', [comment.urn]);
    expect(stored.kind).toBe('criticism');
    // Louise thinks it is a personal attack and reports it: the classifier's view makes it a criticism case.
    const reported = await t.click(USERS.louise, 'comment.report', { commentId: stored.id, category: 'harassment' });
    assertRendered(reported.card);
    expect(cardText(reported.card)).toContain('Kritik mot stadens verksamhet: tas inte bort');
    expect(titles(reported.card)).toContain('Hänvisa till Kontaktcenter');
    expect(titles(reported.card)).not.toEqual(expect.arrayContaining(['Borttagen på LinkedIn']));
    for (const removal of ['Borttagen på LinkedIn', 'Blockerad och borttagen', 'Ta bort via API', 'Dold på LinkedIn']) expect(titles(reported.card)).not.toContain(removal);
    let c = await theCase();
    for (const verb of ['case.removedByHand', 'case.blockedRemoved', 'case.hidden', 'case.removeViaApi']) {
      const refused = await t.click(USERS.louise, verb, { caseId: c.id, version: c.version });
      expect(cardText(refused.card)).toContain('kritik tas inte bort eller döljs');
    }
    const editorOverride = await t.click(USERS.louise, 'case.overrideRemove', { caseId: c.id, version: c.version, reason: 'Jag tycker illa om den' });
    expect(cardText(editorOverride.card)).toContain('Bara en superadministratör kan besluta att ta bort kritik');
    // The superadmin's refusal without a reason is decided on the server, whatever the card's isRequired says.
    const noReason = await t.click(USERS.admin, 'case.overrideRemove', { caseId: c.id, version: c.version, reason: '   ' });
    expect(cardText(noReason.card)).toContain('Skriv varför kritiken ska tas bort');
    expect((await theCase()).status).toBe('open');
    expect(sim.state.deletedCommentUrns ?? []).toHaveLength(0);
    // Louise refers it to Kontaktcenter: recorded, and a reply draft pointing to KC's feedback channel.
    const referred = await t.click(USERS.louise, 'case.referKc', { caseId: c.id, version: c.version });
    expect(cardText(referred.card)).toContain('Hänvisad till Kontaktcenters synpunktshantering av Louise Lind');
    expect(cardText(referred.card)).toContain('Förslag på svar i kommentarsfältet');
    expect(cardText(referred.card)).toContain(KC_URL);
    expect(titles(referred.card)).not.toContain('Hänvisa till Kontaktcenter');
    // Later a superadmin overrides, with a reason: removed, registered, the reason in the audit.
    c = await theCase();
    expect(titles(referred.card)).toContain('Ta bort och registrera');
    t.clock.set('2026-11-23T11:00:00+01:00');
    const overridden = await t.click(USERS.admin, 'case.overrideRemove', { caseId: c.id, version: c.version, reason: 'Innehåller ett namn på en privatperson' });
    expect(cardText(overridden.card)).toContain('Borttagen trots att det är kritik, beslut av superadministratören Sara Superadmin');
    expect(cardText(overridden.card)).toContain('Innehåller ett namn på en privatperson');
    await t.tick();
    expect(await registrations()).toBe(1);
    expect((await decisions()).map((d) => [d.action, d.by_name, d.reason])).toEqual([
      ['flagged', 'Louise Lind', 'harassment'],
      ['referred-to-kc', 'Louise Lind', null],
      ['override-removed', 'Sara Superadmin', 'Innehåller ett namn på en privatperson'],
    ]);
  });

  test('a flagged comment deleted directly on LinkedIn (signed webhook) opens "behöver registreras" from the stored evidence; a person registers it once', async () => {
    const { comment } = await commentOnLouisesPost(ATTACK);
    const before = await theCase();
    const url = `${t.bot.url}/api/linkedin/webhook`;
    const forged = await sim.sendWebhook(url, SECRET, [sim.commentNotification(comment.urn, 'COMMENT_DELETE')], { badSignature: true });
    expect(forged.status).toBe(401);
    t.clock.set('2026-11-23T10:20:00+01:00');
    const delivered = await sim.sendWebhook(url, SECRET, [sim.commentNotification(comment.urn, 'COMMENT_DELETE')]);
    expect(delivered.status).toBe(200);
    await t.tick();
    const c = await theCase();
    expect(c.status).toBe('needs-registration');
    expect((await decisions()).map((d) => [d.action, d.by_name])).toEqual([['flagged', 'SAV-boten (klassificeraren)'], ['deleted-on-linkedin', 'LinkedIn']]);
    // The superadmin and the owner are asked, with the text the bot kept.
    for (const who of [USERS.admin.id, USERS.louise.id]) {
      const cards = t.connector.sent().filter((x) => x.path.includes(chatOf(who))).map(cardOf).filter((x) => cardText(x).includes('behöver registreras'));
      expect(cards).toHaveLength(1);
      assertRendered(cards[0]);
      expect(cardText(cards[0])).toContain(`”${ATTACK}”`);
      expect(titles(cards[0])).toContain('Registrera borttagningen');
    }
    expect(await registrations()).toBe(0);
    // LinkedIn retries (same notification) and a second deletion notice change nothing.
    await sim.sendWebhook(url, SECRET, [sim.commentNotification(comment.urn, 'COMMENT_DELETE')]);
    await t.tick();
    expect((await decisions()).filter((d) => d.action === 'deleted-on-linkedin')).toHaveLength(1);
    // Louise's card from before the deletion still completes it: she says she removed it.
    const byHand = await t.click(USERS.louise, 'case.removedByHand', { caseId: before.id, version: before.version });
    expect(cardText(byHand.card)).toContain('Borttagen på LinkedIn av Louise Lind');
    const second = await t.click(USERS.admin, 'case.registerDeletion', { caseId: c.id, version: c.version });
    expect(cardText(second.card)).toContain('inaktuellt');
    await t.tick();
    expect(await registrations()).toBe(1);
    const [closed] = await t.bot.db.query<{ status: string }>('select status from comments where external_id = $1', [comment.urn]);
    expect(closed.status).not.toBe('open');
  });

  test('without a webhook the poll finds a flagged comment gone: asked for by id once ("Get a Comment", 404), the case needs registering; an unflagged comment gone costs no call', async () => {
    const { post, comment } = await commentOnLouisesPost(ATTACK);
    const harmless = sim.addComment(post.urn, { actorUrn: 'urn:li:person:friend', text: 'Kul! Vilket fint inlägg.', createdAt: new Date('2026-11-23T09:58:00+01:00') });
    const byId = () => sim.requests.filter((r) => r.method === 'GET' && /\/comments\/[^/]+$/.test(r.path));
    await t.at('2026-11-23T10:10:00+01:00');
    // Both still there: nothing is asked for by id.
    expect(byId()).toHaveLength(0);
    expect((await theCase()).status).toBe('open');

    // Both deleted directly on LinkedIn; LinkedIn sends no webhook.
    sim.state.comments = sim.state.comments.filter((c) => c.urn !== comment.urn && c.urn !== harmless.urn);
    await t.at('2026-11-23T10:20:00+01:00');
    await t.tick();
    expect(byId().map((r) => r.path)).toEqual([`/rest/socialActions/${post.urn}/comments/${comment.id}`]);
    const c = await theCase();
    expect(c.status).toBe('needs-registration');
    expect((await decisions()).map((d) => [d.action, d.by_name])).toEqual([['flagged', 'SAV-boten (klassificeraren)'], ['deleted-on-linkedin', 'LinkedIn']]);
    const asked = t.connector.sent().filter((x) => x.path.includes(chatOf(USERS.admin.id))).map(cardOf).filter((x) => cardText(x).includes('behöver registreras'));
    expect(asked).toHaveLength(1);
    expect(cardText(asked[0])).toContain(`”${ATTACK}”`);

    // Later polls do not ask again, and nothing is registered until a person does it.
    await t.at('2026-11-23T10:40:00+01:00');
    await t.tick();
    expect(byId()).toHaveLength(1);
    expect((await decisions()).filter((d) => d.action === 'deleted-on-linkedin')).toHaveLength(1);
    expect(await registrations()).toBe(0);
  });

  test('a flagged reply deleted on LinkedIn without a webhook is asked for under its parent comment, and its case needs registering', async () => {
    const { post } = await commentOnLouisesPost('Vilka dagar har biblioteket öppet?');
    const [top] = sim.state.comments;
    const reply = sim.addComment(post.urn, { actorUrn: 'urn:li:person:writer2', text: ATTACK, parentUrn: top.urn, createdAt: new Date('2026-11-23T10:02:00+01:00') });
    await t.at('2026-11-23T10:10:00+01:00');
    const [tracked] = await t.bot.db.query<{ parent_external_id: string | null }>('select parent_external_id from comments where external_id = $1', [reply.urn]);
    expect(tracked.parent_external_id).toBe(top.urn);
    expect((await theCase()).status).toBe('open');

    sim.state.comments = sim.state.comments.filter((c) => c.urn !== reply.urn);
    await t.at('2026-11-23T10:20:00+01:00');
    await t.tick();
    const byId = sim.requests.filter((r) => r.method === 'GET' && /\/comments\/[^/]+$/.test(r.path));
    expect(byId.map((r) => r.path)).toEqual([`/rest/socialActions/${top.urn}/comments/${reply.id}`]);
    expect((await theCase()).status).toBe('needs-registration');
  });

  test('"Registrera borttagningen" files a deletion on LinkedIn with who registered it; an unflagged comment deleted on LinkedIn opens no case', async () => {
    const { post, comment } = await commentOnLouisesPost(ATTACK);
    const harmless = sim.addComment(post.urn, { actorUrn: 'urn:li:person:friend', text: 'Kul! Vilket fint inlägg.', createdAt: new Date('2026-11-23T09:58:00+01:00') });
    await t.at('2026-11-23T10:05:00+01:00');
    const url = `${t.bot.url}/api/linkedin/webhook`;
    await sim.sendWebhook(url, SECRET, [sim.commentNotification(harmless.urn, 'COMMENT_DELETE'), sim.commentNotification(comment.urn, 'COMMENT_DELETE')]);
    await t.tick();
    expect((await t.bot.db.query('select id from escalations')).length).toBe(1);
    const c = await theCase();
    expect(c.status).toBe('needs-registration');
    const reg = await t.click(USERS.admin, 'case.registerDeletion', { caseId: c.id, version: c.version });
    expect(cardText(reg.card)).toContain('Borttagen direkt på LinkedIn; registreringen gjord av Sara Superadmin');
    expect(cardText(reg.card)).not.toContain('Förslag på meddelande');
    await t.tick();
    expect(await registrations()).toBe(1);
    expect((await theCase()).status).toBe('removed');
    // It stays on the superadmins' list until it is registered; after that only as a recent case.
    expect((await decisions()).map((d) => d.action)).toEqual(['flagged', 'deleted-on-linkedin', 'registered-deletion']);
  });
});
