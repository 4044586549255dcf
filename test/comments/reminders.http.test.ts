import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { signWebhookBody } from '../../src/linkedin/webhook';
import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { SAV_CHANNEL, TestBot, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const SECRET = 'webhook-secret';
const PERSON = 'urn:li:person:asker1';

const louisesChat = `a:personal-${USERS.louise.id}`;
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

async function openComments(t: TestBot) {
  return t.bot.db.query<{ id: string; status: string; kind: string; external_id: string; deadline_at: Date; closed_via: string | null; closed_by_name: string | null; version: number }>(
    'select id, status, kind, external_id, deadline_at, closed_via, closed_by_name, version from comments order by commented_at, is_question desc',
  );
}

describe('following LinkedIn comments and reminding until each question is answered', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({
      now: MONDAY_10,
      env: {
        LINKEDIN_ACCESS_TOKEN: 'sim-token',
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
        LINKEDIN_CLIENT_SECRET: SECRET,
        SUPERADMINS: USERS.admin.id,
      },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    sim.requests.length = 0;
    sim.setFailure({ status: 200, times: 0 });
    // Louise and the superadmin have talked to the bot in personal chat; the bot is in the SAV channel.
    await t.say(USERS.louise, '/hjälp');
    await t.say(USERS.admin, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  async function louisesPostWithQuestion() {
    await t.say(USERS.louise, '/book 2026-11-23 Möt våra traineer');
    const post = sim.addPost({ text: 'Möt våra traineer! Ansök senast 1 december.', createdAt: new Date('2026-11-23T09:30:00+01:00') });
    const question = sim.addComment(post.urn, { actorUrn: PERSON, text: 'Hur söker man till traineeprogrammet?', createdAt: new Date(MONDAY_10) });
    return { post, question };
  }

  test('a question on a booked day\'s post reaches its owner at once, the channel at half time, and closes when the page replies', async () => {
    const { post, question } = await louisesPostWithQuestion();
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:fan', text: 'Så fint! Grattis till alla nya traineer 🎉', createdAt: new Date(MONDAY_10) });
    await t.tick();

    // The owner is asked to confirm the match, and gets the reminder in personal chat.
    const toLouise = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat)));
    const texts = toLouise.map((c) => cardText(cardOf(c)));
    expect(texts.some((x) => x.includes('Är det här ditt inlägg?'))).toBe(true);
    const reminder = toLouise.map(cardOf).find((c) => cardText(c).includes('Ny fråga på ditt inlägg'));
    expect(reminder).toBeDefined();
    assertRendered(reminder);
    const shown = cardText(reminder);
    expect(shown).toContain('”Hur söker man till traineeprogrammet?”');
    expect(shown).toContain('Svara senast: tisdag 24 november kl. 10:00');
    expect(shown).toContain('Publicerat av: Louise Lind');
    expect(shown).toContain('Inlägg: ”Möt våra traineer');
    // Nothing on the card that is only true at the moment it was sent.
    expect(shown).not.toContain('Har väntat');
    expect(shown).toContain('‹förnamn›, ‹titel›');
    expect(executeActions(reminder).map((a) => a.title)).toEqual(expect.arrayContaining(['Besvarad', 'Skicka svaret', 'Stäng frågan', 'Om en arbetstimme', 'Nästa arbetsdag kl. 08:00']));
    expect(JSON.stringify(reminder)).toContain('"Action.OpenUrl"');
    // Praise is not a question: no reminder about it.
    expect(texts.join('\n')).not.toContain('Grattis till alla');
    expect((await openComments(t)).map((c) => [c.kind === 'question' || c.status === 'open', c.status])).toEqual([
      [true, 'open'],
      [false, 'not_a_question'],
    ]);

    // Half of one working day later: the channel.
    await t.at('2026-11-23T14:30:00+01:00');
    const toChannel = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)));
    expect(toChannel).toHaveLength(1);
    expect(cardText(cardOf(toChannel[0]))).toContain('alla redaktörer hjälps åt');
    expect(cardText(cardOf(toChannel[0]))).not.toContain('ditt inlägg');

    // The page replies on LinkedIn: the next poll closes the comment and every copy shows it.
    sim.addPageReply(question.urn, 'Hej! Du söker via helsingborg.se/trainee. Vänliga hälsningar, Louise', new Date('2026-11-23T14:40:00+01:00'));
    await t.at('2026-11-23T14:45:00+01:00');
    const [closed] = await openComments(t);
    expect(closed).toMatchObject({ status: 'answered', closed_via: 'page-reply' });
    const updates = t.connector.updates().map((u) => cardText(cardOf(u)));
    expect(updates).toHaveLength(2);
    for (const u of updates) expect(u).toContain('Besvarad av sidan, måndag 23 november kl. 14:40');

    // The deadline passes: nothing more is sent about an answered question.
    const before = t.connector.sent().length;
    await t.at('2026-11-24T11:00:00+01:00');
    expect(t.connector.sent().length).toBe(before);
  });

  test('the owner confirms or corrects the match of a post to her booking, and may paste her post\'s link instead', async () => {
    const { post } = await louisesPostWithQuestion();
    await t.tick();
    const match = t.connector.sent().map(cardOf).find((c) => cardText(c).includes('Är det här ditt inlägg?'))!;
    assertRendered(match);
    const forged = await t.click(USERS.erik, 'post.confirm', { postUrn: post.urn });
    expect(cardText(forged.card)).toMatch(/Bara den som bokade dagen/);
    const badLink = await t.click(USERS.louise, 'post.link', { postUrn: post.urn, postUrl: 'https://example.com/inte-linkedin' });
    expect(cardText(badLink.card)).toMatch(/inte ut som en länk till ett LinkedIn-inlägg/);
    const linked = await t.click(USERS.louise, 'post.link', { postUrn: post.urn, postUrl: 'https://www.linkedin.com/feed/update/urn:li:share:424242/' });
    expect(cardText(linked.card)).toContain('Inlägget är ditt');
    const posts = await t.bot.db.query<{ urn: string; match_status: string; owner_id: string | null }>('select urn, match_status, owner_id from posts order by urn');
    expect(posts).toEqual([
      { urn: 'urn:li:share:424242', match_status: 'confirmed', owner_id: USERS.louise.id },
      { urn: post.urn, match_status: 'rejected', owner_id: null },
    ]);
  });

  test('a question still open at the deadline goes to the superadmins and the channel, even after hours', async () => {
    sim.addComment(sim.addPost({ text: 'Sommarjobb 2027', createdAt: new Date(MONDAY_10) }).urn, {
      actorUrn: PERSON,
      text: 'När kommer sommarjobben 2027 ut?',
      createdAt: new Date('2026-11-23T16:00:00+01:00'),
    });
    await t.at('2026-11-23T16:05:00+01:00');
    // No booking that day: the first reminder goes to the channel.
    expect(t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)))).toHaveLength(1);
    // 16:00 Monday + 9 working hours = 16:00 Tuesday; the channel step was due at 11:30 Tuesday.
    await t.at('2026-11-24T16:00:00+01:00');
    const toAdmin = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(`a:personal-${USERS.admin.id}`)));
    // The superadmin was also asked, once, to link the unbooked post to a booking (the weekly rhythm); that aside, one card.
    expect(toAdmin.filter((c) => /Ett inlägg utan bokning/.test(cardText(cardOf(c))))).toHaveLength(1);
    toAdmin.splice(0, toAdmin.length, ...toAdmin.filter((c) => !/Ett inlägg utan bokning/.test(cardText(cardOf(c)))));
    expect(toAdmin).toHaveLength(1);
    expect(cardText(cardOf(toAdmin[0]))).toContain('Svarstiden har gått ut');
    expect(t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)))).toHaveLength(3);
  });

  test('Besvarad records who, updates every copy, and a second click or a stale card changes nothing', async () => {
    await louisesPostWithQuestion();
    await t.at('2026-11-23T14:30:00+01:00');
    const [comment] = await openComments(t);
    const data = { commentId: comment.id, version: comment.version };
    const res = await t.click(USERS.erik, 'comment.answered', data);
    expect(cardText(res.card)).toContain('Besvarad av Erik Berg, måndag 23 november kl. 14:30');
    // Once answered, only Rapportera is left: a closed comment can still be reported.
    expect(executeActions(res.card).map((a) => a.verb)).toEqual(['comment.report']);
    await t.tick();
    const updates = t.connector.updates();
    expect(updates.length).toBe(2);
    for (const u of updates) expect(cardText(cardOf(u))).toContain('Besvarad av Erik Berg');

    const again = await t.click(USERS.louise, 'comment.answered', data);
    expect(cardText(again.card)).toContain('Kortet var inaktuellt, så inget har ändrats');
    expect(cardText(again.card)).toContain('Besvarad av Erik Berg');
    const stale = await t.click(USERS.louise, 'comment.noAnswer', { ...data, reason: 'opinion' });
    expect(cardText(stale.card)).toContain('inget har ändrats');
    expect((await openComments(t))[0]).toMatchObject({ status: 'answered', closed_by_name: 'Erik Berg', closed_via: 'teams' });
  });

  test('forged and malformed card actions get a polite answer and leave the comment as it was', async () => {
    await louisesPostWithQuestion();
    await t.tick();
    const [comment] = await openComments(t);
    for (const [verb, data] of [
      ['comment.answered', { commentId: 'x', version: 1 }],
      ['comment.answered', { commentId: '00000000-0000-4000-8000-000000000000', version: 1 }],
      ['comment.noAnswer', { commentId: comment.id, version: comment.version, reason: 'tråkig' }],
      ['comment.snooze', { commentId: comment.id, version: comment.version, choice: 'never' }],
      ['comment.reply', { commentId: comment.id, version: comment.version, replyText: '' }],
    ] as const) {
      const res = await t.click(USERS.erik, verb, data);
      assertRendered(res.card);
      expect(cardText(res.card)).toMatch(/Inget har ändrats|Jag hittar inte/);
    }
    expect((await openComments(t))[0]).toMatchObject({ status: 'open', version: comment.version });
  });

  test('Svara posts the reply as the page, signed with the editor\'s name and title, and closes the comment', async () => {
    const { question } = await louisesPostWithQuestion();
    await t.tick();
    const [comment] = await openComments(t);
    const res = await t.click(USERS.louise, 'comment.reply', { commentId: comment.id, version: comment.version, replyText: 'Hej! Du söker via helsingborg.se/trainee.', title: 'kommunikatör' });
    expect(cardText(res.card)).toContain('Besvarad av Louise Lind via boten');
    const reply = sim.state.comments.find((c) => c.parentUrn === question.urn);
    expect(reply).toMatchObject({ actorUrn: SIM_ORGANIZATION_URN, text: 'Hej! Du söker via helsingborg.se/trainee.\n\nVänliga hälsningar, Louise, kommunikatör' });
    expect((await openComments(t))[0]).toMatchObject({ status: 'answered', closed_via: 'api-reply' });
  });

  test('when LinkedIn refuses the reply, the editor is told honestly and the question stays open', async () => {
    await louisesPostWithQuestion();
    await t.tick();
    const [comment] = await openComments(t);
    sim.setFailure({ status: 500, times: 1 });
    const res = await t.click(USERS.louise, 'comment.reply', { commentId: comment.id, version: comment.version, replyText: 'Hej!', title: '' });
    expect(cardText(res.card)).toMatch(/LinkedIn tog inte emot svaret \(server 500\)/);
    expect((await openComments(t))[0].status).toBe('open');
  });

  test('Inget svar behövs closes with a reason; Påminn mig reminds that person again after one working hour', async () => {
    await louisesPostWithQuestion();
    await t.tick();
    let [comment] = await openComments(t);
    const snoozed = await t.click(USERS.louise, 'comment.snooze', { commentId: comment.id, version: comment.version, choice: 'hour' });
    expect(cardText(snoozed.card)).toContain('Påminner igen: måndag 23 november kl. 11:00 (Louise Lind bad om påminnelsen)');
    const before = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat))).length;
    await t.at('2026-11-23T11:00:00+01:00');
    const after = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat)));
    expect(after.length).toBe(before + 1);
    expect(cardText(cardOf(after.at(-1)!))).toContain('Påminnelse: obesvarad fråga');
    [comment] = await openComments(t);
    const closed = await t.click(USERS.louise, 'comment.noAnswer', { commentId: comment.id, version: comment.version, reason: 'answered-elsewhere' });
    expect(cardText(closed.card)).toContain('Inget svar behövs (besvarad på annat sätt): Louise Lind');
  });

  test('a snooze that reminds only after the deadline is allowed but says so, and every copy shows who snoozed', async () => {
    await louisesPostWithQuestion();
    // Tuesday 09:30: the deadline is 10:00 today; "tomorrow" is Wednesday 08:00.
    await t.at('2026-11-24T09:30:00+01:00');
    const [comment] = await openComments(t);
    const snoozed = await t.click(USERS.louise, 'comment.snooze', { commentId: comment.id, version: comment.version, choice: 'tomorrow' });
    expect(cardText(snoozed.card)).toContain('Okej, jag påminner dig onsdag 25 november kl. 08:00. Obs! Svarstiden går ut redan tisdag 24 november kl. 10:00');
    await t.tick();
    const channelCopy = t.connector.updates().filter((u) => u.path.includes(encodeURIComponent(SAV_CHANNEL)));
    expect(channelCopy.length).toBeGreaterThan(0);
    expect(cardText(cardOf(channelCopy.at(-1)!))).toContain('(Louise Lind bad om påminnelsen)');
  });

  test('the challenge answers UUIDs only, so it cannot be used to sign a forged delivery', async () => {
    const post = sim.addPost({ text: 'Bibliotekarie sökes', createdAt: new Date(MONDAY_10) });
    const comment = sim.addComment(post.urn, { actorUrn: PERSON, text: 'Jag vet var du bor. Du kommer att ångra det här.', createdAt: new Date(MONDAY_10) });
    const url = `${t.bot.url}/api/linkedin/webhook`;
    const forged = JSON.stringify({ type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: [sim.commentNotification(comment.urn)] });
    // The attack: ask the challenge endpoint to sign exactly what X-LI-Signature signs.
    for (const code of [`hmacsha256=${forged}`, 'abc-123', '', `0f8fad5b-d9cb-469f-a165-70867728950e${'x'}`]) {
      const asked = await fetch(`${url}?challengeCode=${encodeURIComponent(code)}`);
      expect([code.slice(0, 20), asked.status]).toEqual([code.slice(0, 20), 400]);
      expect(JSON.stringify(await asked.json())).not.toMatch(/[0-9a-f]{64}/);
    }
    // Whatever it answered, nothing it can answer is a signature for a body.
    const { createHmac } = await import('node:crypto');
    const oracle = createHmac('sha256', SECRET).update(`hmacsha256=${forged}`).digest('hex');
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-li-signature': `${'0'.repeat(64)}` }, body: forged });
    expect(res.status).toBe(401);
    expect(oracle).toBe(signWebhookBody(SECRET, Buffer.from(forged)));
    expect(await openComments(t)).toHaveLength(0);
    expect(await t.bot.db.query('select * from evidence')).toEqual([]);
  });

  test('the webhook answers the challenge, verifies signatures over the raw body, and deduplicates notifications', async () => {
    const code = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const challenge = await fetch(`${t.bot.url}/api/linkedin/webhook?challengeCode=${code}`);
    expect(challenge.status).toBe(200);
    const { createHmac } = await import('node:crypto');
    expect(await challenge.json()).toEqual({ challengeCode: code, challengeResponse: createHmac('sha256', SECRET).update(code).digest('hex') });

    const post = sim.addPost({ text: 'Bibliotekarie sökes', createdAt: new Date(MONDAY_10) });
    const comment = sim.addComment(post.urn, { actorUrn: PERSON, text: 'Vilka tider jobbar man på biblioteket?', createdAt: new Date(MONDAY_10) });
    const url = `${t.bot.url}/api/linkedin/webhook`;
    const bad = await sim.sendWebhook(url, SECRET, [comment.urn], { badSignature: true });
    expect(bad.status).toBe(401);
    const raw = JSON.stringify({ type: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', notifications: [sim.commentNotification(comment.urn)] });
    const missing = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    expect(missing.status).toBe(401);
    const tampered = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-li-signature': signWebhookBody(SECRET, Buffer.from(raw)) }, body: raw.replace('Vilka', 'Vilken') });
    expect(tampered.status).toBe(401);
    expect(await openComments(t)).toHaveLength(0);

    const good = await sim.sendWebhook(url, SECRET, [comment.urn]);
    expect(good.status).toBe(200);
    const replayed = await sim.sendWebhook(url, SECRET, [sim.commentNotification(comment.urn)]);
    expect(replayed.status).toBe(200);
    await t.tick();
    const rows = await openComments(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'open', external_id: comment.urn });
    const garbage = await fetch(url, { method: 'POST', headers: { 'x-li-signature': signWebhookBody(SECRET, Buffer.from('{"nope":1}')) }, body: '{"nope":1}' });
    expect(garbage.status).toBe(400);
  });

  test('an expired token tells the superadmins once, with what to do, and the bot keeps running', async () => {
    sim.setFailure({ status: 401, body: { serviceErrorCode: 65602, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' }, times: 5 });
    await t.tick();
    await t.at('2026-11-23T10:10:00+01:00');
    const toAdmin = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(`a:personal-${USERS.admin.id}`)));
    expect(toAdmin).toHaveLength(1);
    expect(cardText(cardOf(toAdmin[0]))).toMatch(/åtkomsttoken har gått ut/);
    const status = await t.say(USERS.admin, '/status');
    const card = status.replies[0].attachments[0].content;
    assertRendered(card);
    expect(cardText(card)).toMatch(/Senaste hämtning: .*✗ unauthorized 401/);
    const refused = await t.say(USERS.louise, '/status');
    expect(refused.replies[0].text).toMatch(/Bara superadministratörer/);
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
  });

  test('/status names the SAV channel, says when the next poll runs and counts unsent registrations', async () => {
    const before = cardText((await t.say(USERS.admin, '/status')).replies[0].attachments[0].content);
    // The channel is known, but Teams has not said its name in any activity yet.
    expect(before).toContain('SAV-kanalen: SAV-kanalen (namn okänt)');
    expect(before).not.toContain(SAV_CHANNEL);
    await t.say(USERS.erik, '/hjälp', { where: 'channel', channelName: 'SAV-nätverket **LinkedIn**' });
    const card = (await t.say(USERS.admin, '/status')).replies[0].attachments[0].content;
    assertRendered(card);
    const status = cardText(card);
    expect(status).toContain('SAV-kanalen: SAV-nätverket \\*\\*LinkedIn\\*\\*');
    const [poll] = await t.bot.db.query<{ run_at: Date }>(`select run_at from jobs where kind = 'linkedin.poll'`);
    const next = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(poll.run_at);
    expect(status).toMatch(new RegExp(`Nästa hämtning: \\S+ \\d+ \\S+ kl\\. ${next}`));
    expect(status).toContain('Ej skickade registreringar: inga: alla är skickade');
    const en = cardText((await t.say(USERS.admin, '/status', { locale: 'en-US' })).replies[0].attachments[0].content);
    expect(en).toMatch(/Next poll: /);
  });

  test('a restart in the middle of a reminder run loses nothing and sends nothing twice', async () => {
    await louisesPostWithQuestion();
    await t.tick();
    const sentBefore = t.connector.sent().length;
    // The channel step falls due while the bot is down.
    t.clock.set('2026-11-23T15:00:00+01:00');
    await t.restart();
    await t.tick();
    await t.tick();
    const toChannel = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)));
    expect(toChannel).toHaveLength(1);
    expect(t.connector.sent().length).toBe(sentBefore + 1);
    await t.restart();
    await t.tick();
    expect(t.connector.sent().length).toBe(sentBefore + 1);
  });

  test('comment text is deleted after the retention period once its half-year is archived; ids, times and outcomes remain', async () => {
    await louisesPostWithQuestion();
    await t.tick();
    const [comment] = await openComments(t);
    await t.click(USERS.louise, 'comment.answered', { commentId: comment.id, version: comment.version });
    await t.at('2026-12-10T10:00:00+01:00');
    expect((await t.bot.db.query<{ text: string | null }>('select text from comments'))[0].text).toBe('Hur söker man till traineeprogrammet?');
    // Past the retention, but the half-year's archive does not exist yet: the text is kept for it.
    await t.at('2026-12-24T10:00:00+01:00');
    expect((await t.bot.db.query<{ text: string | null }>('select text from comments'))[0].text).toBe('Hur söker man till traineeprogrammet?');
    // The archive of the second half-year comes on January's first working day (the 1st is a holiday, then a
    // weekend): Monday 4 January 2027 at 09:00. The text goes with it.
    await t.at('2027-01-04T08:59:00+01:00');
    expect((await t.bot.db.query<{ text: string | null }>('select text from comments'))[0].text).toBe('Hur söker man till traineeprogrammet?');
    await t.at('2027-01-04T09:00:00+01:00');
    expect(await t.bot.db.query('select period from archives')).toEqual([{ period: '2026H2' }]);
    const [row] = await t.bot.db.query<{ text: string | null; status: string; closed_at: Date }>('select text, status, closed_at from comments');
    expect(row).toMatchObject({ text: null, status: 'answered' });
    expect(row.closed_at).toBeInstanceOf(Date);
    // Every copy: the cards the outbox delivered carried the text, and no longer do.
    const copies = await t.bot.db.query<{ key: string; activity: unknown }>(`select key, activity from outbox where key like 'reminder:%'`);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect([c.key, JSON.stringify(c.activity)]).toEqual([c.key, '{}']);
    expect(JSON.stringify(await t.bot.db.query('select activity from outbox'))).not.toContain('traineeprogrammet');
  });
});

describe('without LinkedIn API access, editors register comments from Teams', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await TestBot.start({ now: MONDAY_10 });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    await t.say(USERS.louise, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  test('/kommentar opens a form; a registered question is followed like one from the API, and a second click registers nothing more', async () => {
    await t.say(USERS.louise, '/book 2026-11-23 Möt våra traineer');
    const form = (await t.say(USERS.erik, '/kommentar')).replies[0].attachments[0].content;
    assertRendered(form);
    expect(cardText(form)).toContain('Registrera en kommentar från LinkedIn');
    const choices = JSON.stringify(form);
    expect(choices).toContain('måndag 23 november: Möt våra traineer (Louise Lind)');
    expect(choices).toContain('Länk till inlägget (krävs om inget inlägg är valt ovan)');
    const bookingId = (await t.bot.db.query<{ id: string }>('select id from bookings'))[0].id;
    const submit = action(form, 'Registrera');
    const data = { ...submit.data, post: bookingId, text: 'Hur lång är utbildningen?', authorName: 'Kim Karlsson', postUrl: '', commentUrl: '' };
    const res = await t.click(USERS.erik, submit.verb, data);
    expect(cardText(res.card)).toContain('Registrerad. Det är en fråga');
    expect(cardText(res.card)).toContain('Registrerad av: Erik Berg, måndag 23 november kl. 10:00');
    // Erik registered Louise's comment: to him it is not "your post"; nobody told him when it was written.
    expect(cardText(res.card)).toContain('Ny fråga på ett av sidans inlägg');
    expect(cardText(res.card)).toContain('Skriven: okänd');
    expect((await t.bot.db.query<{ commented_at: Date | null }>('select commented_at from comments'))[0].commented_at).toBeNull();
    const again = await t.click(USERS.erik, submit.verb, data);
    expect(cardText(again.card)).toContain('redan registrerad');
    expect(await openComments(t)).toHaveLength(1);
    await t.tick();
    const toLouise = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat)));
    const louises = toLouise.map((c) => cardText(cardOf(c))).find((x) => x.includes('”Hur lång är utbildningen?”'));
    expect(louises).toContain('Ny fråga på ditt inlägg');
    // The registrant has the card as the answer to the form: no second copy in his chat.
    expect(t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(`a:personal-${USERS.erik.id}`)))).toHaveLength(0);
    // Without the API there is no Svara button: no dead buttons.
    expect(executeActions(cardOf(toLouise.at(-1)!)).map((a) => a.title)).not.toContain('Skicka svaret');
  });

  test('a registration without a post, or without text, is answered with what is missing', async () => {
    const form = (await t.say(USERS.erik, '/kommentar')).replies[0].attachments[0].content;
    const submit = action(form, 'Registrera');
    const noPost = await t.click(USERS.erik, submit.verb, { ...submit.data, text: 'Hej?' });
    expect(cardText(noPost.card)).toMatch(/Välj det bokade inlägget, eller klistra in en länk/);
    const noText = await t.click(USERS.erik, submit.verb, { ...submit.data, postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7301/' });
    expect(cardText(noText.card)).toMatch(/Klistra in kommentarens text/);
    const withLink = await t.click(USERS.erik, submit.verb, { ...submit.data, postUrl: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7301/', text: 'Var ligger kontoret?' });
    expect(cardText(withLink.card)).toContain('Registrerad');
    expect((await t.bot.db.query<{ post_urn: string }>('select post_urn from comments'))[0].post_urn).toBe('urn:li:activity:7301');
  });

  test('/kommentar <link> fills the link in and lists the posts the bot knows; a written time is kept, a future one refused', async () => {
    const link = 'https://www.linkedin.com/feed/update/urn:li:activity:7301/';
    const first = await t.click(USERS.erik, 'comment.register', { requestId: 'req-00000001', postUrl: link, text: 'Fint!' });
    expect(cardText(first.card)).toContain('Registrerad');
    const form = (await t.say(USERS.erik, `/kommentar ${link}`)).replies[0].attachments[0].content;
    assertRendered(form);
    // The post is known now: it is chosen in the list rather than pasted again.
    expect(JSON.stringify(form)).toContain('"value":"urn:li:activity:7301"');
    const submit = action(form, 'Registrera');
    const future = await t.click(USERS.erik, submit.verb, { ...submit.data, post: 'urn:li:activity:7301', text: 'När börjar ni?', writtenDate: '2026-11-24', writtenTime: '09:00' });
    expect(cardText(future.card)).toMatch(/ligger i framtiden/);
    const half = await t.click(USERS.erik, submit.verb, { ...submit.data, post: 'urn:li:activity:7301', text: 'När börjar ni?', writtenDate: '2026-11-23' });
    expect(cardText(half.card)).toMatch(/både dag och klockslag/);
    expect(await t.bot.db.query('select 1 from comments')).toHaveLength(1);
    const res = await t.click(USERS.erik, submit.verb, { ...submit.data, post: 'urn:li:activity:7301', text: 'När börjar ni?', writtenDate: '2026-11-23', writtenTime: '08:15' });
    expect(cardText(res.card)).toContain('Skriven: måndag 23 november kl. 08:15');
    const notALink = (await t.say(USERS.erik, '/kommentar hej')).replies[0].attachments[0].content;
    expect(cardText(notALink)).toMatch(/inte ut som en länk/);
    const report = (await t.say(USERS.erik, `/rapportera ${link}`)).replies[0].attachments[0].content;
    expect(JSON.stringify(report)).toContain(link);
  });
});
