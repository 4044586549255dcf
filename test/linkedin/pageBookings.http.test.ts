import { randomBytes } from 'node:crypto';
import { SIM_ACCESS_TOKEN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { TokenSeal } from '../../src/linkedin/tokenSeal';
import { LinkedInPageRepository } from '../../src/store/linkedinPages';
import { action, assertRendered, attachedCard, cardText, executeActions } from '../support/cards';
import { linkedInEnv, SAV_TEAM, TestBot, TestUser, USERS, bookingForm as form } from '../support/bot';

jest.setTimeout(240_000);

// Monday 23 November 2026, 09:00 in Helsingborg.
const NOW = '2026-11-23T09:00:00+01:00';
const KEY = randomBytes(32).toString('base64');
const SHOWCASE = 'urn:li:organization:90000002';
const SHOWCASE_CHANNEL = '19:naringsliv@thread.tacv2';

/** Every Input.* element of a card, by id. */
function inputs(card: any): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (String(node.type ?? '').startsWith('Input.')) out[node.id] = node;
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card.body);
  return out;
}

async function bookingRows(t: TestBot) {
  return t.bot.db.query<{ title: string; day: string; slot: number | null; page_urn: string | null; status: string }>(
    `select title, to_char(day, 'YYYY-MM-DD') as day, slot, page_urn, status from bookings order by created_at`,
  );
}

describe('bookings know their LinkedIn page: each showcase page keeps its own one post a day', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({ now: NOW, env: { ...linkedInEnv(sim), TOKEN_ENCRYPTION_KEY: KEY, SAV_TEAM_ID: SAV_TEAM } });
  });
  beforeEach(async () => {
    await t.reset(NOW);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    for (const u of [USERS.louise, USERS.erik]) t.connector.addTeamMember(SAV_TEAM, u);
    for (const u of [USERS.admin, USERS.louise, USERS.erik]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** Connects the showcase page the way /koppla linkedin stores it: its sealed token and its own channel. */
  async function connectShowcase(): Promise<void> {
    await new LinkedInPageRepository(t.bot.db).connect({
      organizationUrn: SHOWCASE,
      name: 'Helsingborg Näringsliv',
      accessTokenSealed: TokenSeal.fromConfig(KEY).seal(SIM_ACCESS_TOKEN),
      accessExpiresAt: new Date('2027-01-22T09:00:00Z'),
      refreshTokenSealed: null,
      refreshExpiresAt: null,
      scope: 'r_organization_social',
      connectedById: USERS.admin.id,
      connectedByName: USERS.admin.name,
      connectedAt: t.clock.now(),
      channelId: SHOWCASE_CHANNEL,
    });
  }

  /** A message written in the showcase page's own Teams channel. */
  async function sayInShowcaseChannel(user: TestUser, text: string) {
    const res = await t.post({
      type: 'message', id: `sc-${Math.random().toString(36).slice(2)}`, channelId: 'msteams', serviceUrl: t.connector.url, timestamp: t.clock.now().toISOString(), locale: 'sv-SE', deliveryMode: 'expectReplies',
      text,
      from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id },
      recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: { id: `${SHOWCASE_CHANNEL};messageid=17000`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { team: { id: SAV_TEAM }, channel: { id: SHOWCASE_CHANNEL }, tenant: { id: 'tenant-1' } },
    });
    return res.body.activities as any[];
  }

  test('the form asks for the page only when a showcase page is connected, the default page first', async () => {
    const alone = (await t.say(USERS.louise, '/boka')).replies[0].attachments[0].content;
    assertRendered(alone);
    expect(inputs(alone).page).toBeUndefined();

    await connectShowcase();
    const card = (await t.say(USERS.louise, '/boka')).replies[0].attachments[0].content;
    assertRendered(card);
    const page = inputs(card).page;
    expect(page.type).toBe('Input.ChoiceSet');
    expect(page.choices.map((c: any) => c.title)).toEqual(['Helsingborgs stad (huvudsidan)', 'Helsingborg Näringsliv']);
    expect(page.value).toBe(page.choices[0].value);
  });

  test('the same day books on two pages, a third on the main page is full; the schedule names the showcase page', async () => {
    await connectShowcase();
    const main = await t.click(USERS.louise, 'booking.submit', form('2026-11-25', 'Möt våra traineer', { page: 'default' }));
    expect(cardText(main.card)).toContain('Bokat: onsdag 25 november');
    const showcase = await t.click(USERS.erik, 'booking.submit', form('2026-11-25', 'Näringslivsfrukost', { page: SHOWCASE }));
    expect(cardText(showcase.card)).toContain('Bokat: onsdag 25 november');
    expect(cardText(showcase.card)).toContain('Helsingborg Näringsliv');

    // The main page's day is full: the answer names the main page's booking only, with free days to click.
    const full = await t.click(USERS.admin, 'booking.submit', form('2026-11-25', 'Ännu ett', { page: 'default' }));
    assertRendered(full.card);
    expect(cardText(full.card)).toContain('Möt våra traineer');
    expect(cardText(full.card)).not.toContain('Näringslivsfrukost');
    const alternatives = executeActions(full.card).filter((a) => a.verb === 'booking.submit' && a.data.day);
    expect(alternatives.length).toBeGreaterThan(0);
    // A one-click alternative keeps the page the editor chose.
    expect(alternatives[0].data.page).toBe('default');

    // The showcase page's day is full as well, for its own second post; its alternatives stay on that page.
    const fullShowcase = await t.click(USERS.admin, 'booking.submit', form('2026-11-25', 'Andra näringslivsinlägget', { page: SHOWCASE }));
    expect(cardText(fullShowcase.card)).toContain('Näringslivsfrukost');
    expect(cardText(fullShowcase.card)).not.toContain('Möt våra traineer');
    const other = executeActions(fullShowcase.card).filter((a) => a.verb === 'booking.submit' && a.data.day)[0];
    expect(other.data.page).toBe(SHOWCASE);
    const booked = await t.click(USERS.admin, 'booking.submit', other.data);
    expect(cardText(booked.card)).toContain('Helsingborg Näringsliv');

    expect((await bookingRows(t)).map((r) => [r.title, r.day, r.slot, r.page_urn])).toEqual([
      ['Möt våra traineer', '2026-11-25', 1, null],
      ['Näringslivsfrukost', '2026-11-25', 1, SHOWCASE],
      ['Andra näringslivsinlägget', other.data.day, 1, SHOWCASE],
    ]);

    // /schema: the showcase page's booking carries its name, the main page's does not.
    const schedule = (await t.say(USERS.louise, '/schema')).replies[0].attachments[0].content;
    const text = cardText(schedule);
    expect(text).toContain('Näringslivsfrukost (Kulturförvaltningen, Erik Berg) · Helsingborg Näringsliv');
    expect(text).toMatch(/Möt våra traineer \(Kulturförvaltningen, Louise Lind\)(?! ·)/);
    // The 25th is full on the main page: no "Ledig" there. The other day holds only a showcase post: still free on the main page.
    expect(text.slice(text.indexOf('Onsdag 25 november'), text.indexOf('Torsdag 26 november'))).not.toContain('Ledig');
    expect(text).toContain(`Andra näringslivsinlägget (Kulturförvaltningen, Sara Superadmin) · Helsingborg Näringsliv\n\nLedig (1)`);
  });

  test('a quick booking in the showcase page\'s own channel books that page; elsewhere the main page', async () => {
    await connectShowcase();
    await t.say(USERS.louise, '/boka 25 nov Möt våra traineer');
    const [reply] = await sayInShowcaseChannel(USERS.erik, '/boka 25 nov Näringslivsfrukost');
    expect(cardText(reply.attachments[0].content)).toContain('Bokat: onsdag 25 november');
    expect((await bookingRows(t)).map((r) => [r.title, r.page_urn])).toEqual([
      ['Möt våra traineer', null],
      ['Näringslivsfrukost', SHOWCASE],
    ]);
  });

  test('a page that is not connected (a forged or stale card) is refused politely and nothing is booked', async () => {
    await connectShowcase();
    const forged = await t.click(USERS.louise, 'booking.submit', form('2026-11-25', 'Förfalskad sida', { page: 'urn:li:organization:99999999' }));
    assertRendered(forged.card);
    expect(cardText(forged.card)).toContain('Den sidan är inte kopplad till boten (längre), så inget är bokat.');
    // The form again, with the title kept and the main page chosen.
    expect(inputs(forged.card).title.value).toBe('Förfalskad sida');
    expect(inputs(forged.card).page.value).toBe('default');
    // Not an editor (outside the SAV team): refused as before, whatever the page.
    const outsider = await t.click(USERS.outsider, 'booking.submit', form('2026-11-25', 'Utifrån', { page: SHOWCASE }));
    expect(cardText(outsider.card)).toMatch(/bara redaktörerna/i);
    expect(await bookingRows(t)).toEqual([]);
  });

  test('a showcase page\'s post is matched to that page\'s booking of the day, the main page\'s post to its own', async () => {
    await connectShowcase();
    await t.click(USERS.louise, 'booking.submit', form('2026-11-23', 'Möt våra traineer', { page: 'default' }));
    await t.click(USERS.erik, 'booking.submit', form('2026-11-23', 'Näringslivsfrukost', { page: SHOWCASE }));
    const [louise, erik] = await t.bot.db.query<{ id: string }>('select id from bookings order by created_at');

    const onShowcase = sim.addPost({ text: 'Välkommen på näringslivsfrukost!', authorUrn: SHOWCASE, createdAt: new Date('2026-11-23T09:30:00+01:00') });
    const onMain = sim.addPost({ text: 'Möt våra traineer!', createdAt: new Date('2026-11-23T09:40:00+01:00') });
    await t.at('2026-11-23T10:05:00+01:00');
    await t.at('2026-11-23T11:05:00+01:00');

    const posts = await t.bot.db.query<{ urn: string; page_urn: string | null; booking_id: string | null; match_status: string; owner_id: string | null }>(
      'select urn, page_urn, booking_id, match_status, owner_id from posts',
    );
    const byUrn = new Map(posts.map((p) => [p.urn, p]));
    expect(byUrn.get(onShowcase.urn)).toMatchObject({ page_urn: SHOWCASE, booking_id: erik.id, match_status: 'proposed', owner_id: USERS.erik.id });
    expect(byUrn.get(onMain.urn)).toMatchObject({ page_urn: null, booking_id: louise.id, match_status: 'proposed', owner_id: USERS.louise.id });
    // Neither post is asked about as a post without a booking.
    const unbooked = await t.bot.db.query<{ n: number }>('select count(*)::int as n from posts where unbooked_reason is not null');
    expect(unbooked[0].n).toBe(0);
  });

  test('the monthly follow-up counts posts per page: the main page first, then each showcase page (card and CSV)', async () => {
    await connectShowcase();
    await t.click(USERS.louise, 'booking.submit', form('2026-11-23', 'Möt våra traineer', { page: 'default' }));
    await t.click(USERS.erik, 'booking.submit', form('2026-11-23', 'Näringslivsfrukost', { page: SHOWCASE }));
    await t.click(USERS.erik, 'booking.submit', form('2026-11-24', 'Företagsbesök', { page: SHOWCASE }));
    sim.addPost({ text: 'Välkommen på näringslivsfrukost!', authorUrn: SHOWCASE, createdAt: new Date('2026-11-23T09:30:00+01:00') });
    sim.addPost({ text: 'Möt våra traineer!', createdAt: new Date('2026-11-23T09:40:00+01:00') });
    await t.at('2026-11-23T10:05:00+01:00');
    await t.at('2026-11-23T11:05:00+01:00');

    const card = attachedCard((await t.say(USERS.louise, '/uppföljning november')).replies[0]);
    assertRendered(card);
    const text = cardText(card);
    expect(text).toContain('Inlägg per LinkedIn-sida');
    const pages = text.slice(text.indexOf('Inlägg per LinkedIn-sida'));
    expect(pages).toContain('Helsingborgs stad (huvudsidan): 1 bokade, 1 publicerade');
    expect(pages).toContain('Helsingborg Näringsliv: 2 bokade, 1 publicerade');
    expect(pages.indexOf('Helsingborgs stad (huvudsidan)')).toBeLessThan(pages.indexOf('Helsingborg Näringsliv'));

    const url = card.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    const csv = await (await fetch(url.replace(/^http:\/\/localhost:\d+/, t.bot.url))).text();
    expect(csv).toContain('"Bokade inlägg";"sida: Helsingborg Näringsliv";"2";"";"SAV-boten"');
    expect(csv).toContain('"Publicerade inlägg";"sida: Helsingborg Näringsliv";"1";"";"SAV-boten"');
    expect(csv).toContain('"Bokade inlägg";"LinkedIn-sidan";"1";"";"SAV-boten"');
  });

  test('a showcase post on a day with only a main-page booking is asked about, and "Boka i efterhand" books it on its own page', async () => {
    await connectShowcase();
    await t.click(USERS.louise, 'booking.submit', form('2026-11-23', 'Möt våra traineer', { page: 'default' }));
    const onShowcase = sim.addPost({ text: 'Näringslivsdagen är i gång!', authorUrn: SHOWCASE, createdAt: new Date('2026-11-23T09:30:00+01:00') });
    await t.at('2026-11-23T10:05:00+01:00');

    const [post] = await t.bot.db.query<{ booking_id: string | null; unbooked_reason: string | null }>('select booking_id, unbooked_reason from posts where urn = $1', [onShowcase.urn]);
    // Not proposed to the main page's booking of the day: the post has no booking of its own page.
    expect(post.booking_id).toBeNull();
    expect(post.unbooked_reason).not.toBeNull();
    const asked = t.connector.sent().map((c) => c.body?.attachments?.[0]?.content).filter((c) => c && /Ett inlägg utan bokning/.test(cardText(c)));
    expect(asked).toHaveLength(1);
    // The main page's booking is no candidate to link to.
    expect(executeActions(asked[0]).map((a) => a.title)).toEqual(['Boka i efterhand', 'Sponsrat, ingen bokning']);

    const res = await t.click(USERS.admin, 'post.bookAfterwards', action(asked[0], 'Boka i efterhand').data);
    assertRendered(res.card);
    expect(cardText(res.card)).toContain('Bokat i efterhand för måndag 23 november');
    // A free place on the showcase page's day, not an extra beyond the main page's capacity.
    expect((await bookingRows(t)).map((r) => [r.day, r.slot, r.page_urn])).toEqual([
      ['2026-11-23', 1, null],
      ['2026-11-23', 1, SHOWCASE],
    ]);
  });

  test('a showcase booking moves onto a day the main page has full, and stays on its page', async () => {
    await connectShowcase();
    await t.click(USERS.louise, 'booking.submit', form('2026-11-26', 'Möt våra traineer', { page: 'default' }));
    await t.click(USERS.erik, 'booking.submit', form('2026-11-25', 'Näringslivsfrukost', { page: SHOWCASE }));
    const [, erik] = await t.bot.db.query<{ id: string }>('select id from bookings order by created_at');
    const moved = await t.click(USERS.erik, 'booking.move', { bookingId: erik.id, version: 1, day: '2026-11-26' });
    expect(cardText(moved.card)).toContain('torsdag 26 november');
    expect((await bookingRows(t)).map((r) => [r.title, r.day, r.slot, r.page_urn])).toEqual([
      ['Möt våra traineer', '2026-11-26', 1, null],
      ['Näringslivsfrukost', '2026-11-26', 1, SHOWCASE],
    ]);
    // A main-page booking cannot move there: that page's day is full.
    await t.click(USERS.erik, 'booking.submit', form('2026-11-27', 'Huvudsidan', { page: 'default', timeOfDay: '10:00' }));
    const [, , main] = await t.bot.db.query<{ id: string }>('select id from bookings order by created_at');
    const refused = await t.click(USERS.erik, 'booking.move', { bookingId: main.id, version: 1, day: '2026-11-26' });
    expect(cardText(refused.card)).toContain('Torsdag 26 november är redan bokad');
    expect((await bookingRows(t))[2]).toMatchObject({ day: '2026-11-27', page_urn: null });
  });

  test('editors clicking at once for the same day on two pages get one booking per page', async () => {
    await connectShowcase();
    const clicks = [
      [USERS.louise, 'default'],
      [USERS.erik, 'default'],
      [USERS.louise, SHOWCASE],
      [USERS.erik, SHOWCASE],
    ] as const;
    await Promise.all(clicks.map(([u, page], i) => t.click(u, 'booking.submit', form('2026-12-03', `Samtidigt ${i}`, { page }))));
    const rows = (await bookingRows(t)).filter((r) => r.status === 'active');
    expect(rows.map((r) => [r.page_urn, r.slot]).sort()).toEqual([[null, 1], [SHOWCASE, 1]].sort());
  });
});
