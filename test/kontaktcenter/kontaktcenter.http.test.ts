import { randomUUID } from 'node:crypto';
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { assertRendered, cardText, executeActions } from '../support/cards';
import { SAV_CHANNEL, SAV_TEAM, TestBot, TestUser, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const SECRET = 'webhook-secret';
const KC_CHANNEL = '19:kontaktcenter@thread.tacv2';
const ATTACK = 'Du är en patetisk idiot Louise, ingen vill läsa dina inlägg.';

const chatOf = (id: string) => encodeURIComponent(`a:personal-${id}`);
const cardOf = (call: { body: any }) => call.body.attachments?.[0]?.content;
const textsTo = (t: TestBot, path: string) => t.connector.sent().filter((c) => c.path.includes(path)).map((c) => (cardOf(c) ? cardText(cardOf(c)) : String(c.body.text ?? '')));

describe('Kontaktcenter: booking flags, its channel, routing, the FAQ ask and rush alerts', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false, clock: { now: () => (t ? t.clock.now() : new Date(MONDAY_10)) } });
    t = await TestBot.start({
      now: MONDAY_10,
      env: {
        LINKEDIN_ACCESS_TOKEN: 'sim-token',
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
        LINKEDIN_CLIENT_SECRET: SECRET,
        RUSH_COMMENTS: '5',
        RUSH_FLAGS: '2',
      },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    for (const u of [USERS.louise, USERS.admin, USERS.erik]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** A message in Kontaktcenter's channel of the SAV team, as Teams posts it. */
  async function sayInKcChannel(user: TestUser, text: string) {
    t.connector.addTeamMember(SAV_TEAM, user);
    const res = await t.post({
      type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl: t.connector.url, timestamp: t.clock.now().toISOString(), locale: 'sv-SE',
      from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id }, recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: { id: KC_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { team: { id: SAV_TEAM }, channel: { id: KC_CHANNEL }, tenant: { id: 'tenant-1' } },
      text, deliveryMode: 'expectReplies',
    });
    return (res.body?.activities ?? []) as any[];
  }

  async function book(day: string, user: TestUser = USERS.louise) {
    const res = await t.click(user, 'booking.submit', { requestId: `r-${Math.random()}`, day, title: 'Sommarjobb i staden', department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '', confirmWarnings: true });
    const [b] = await t.bot.db.query<{ id: string; version: number }>('select id, version from bookings where day = $1 and status = $2', [day, 'active']);
    return { ...b, card: res.card };
  }
  const setFlags = (user: TestUser, bookingId: string, kc: boolean, high: boolean) =>
    t.click(user, 'booking.kontaktcenter', { bookingId, kcHandlesComments: String(kc), highActivityExpected: String(high) });
  const faqAsks = () => textsTo(t, chatOf(USERS.louise.id)).filter((x) => x.includes('Förbered en FAQ till Kontaktcenter'));

  test('the owner (or a superadmin) sets the flags on the booking card; others, forged data and cancelled bookings change nothing', async () => {
    const b = await book('2026-11-30');
    expect(executeActions(b.card).map((a) => a.verb)).toContain('booking.kontaktcenter');
    const saved = await setFlags(USERS.louise, b.id, true, false);
    assertRendered(saved.card);
    expect(cardText(saved.card)).toContain('Kontaktcenter: hanterar kommentarerna');
    // No KC channel yet: honest about where the reminders go meanwhile.
    expect(cardText(saved.card)).toContain('ingen kanal för Kontaktcenter är inställd');
    const other = await setFlags(USERS.erik, b.id, false, true);
    expect(cardText(other.card)).toContain('Bara den som bokade, och superadministratörer');
    const admin = await setFlags(USERS.admin, b.id, true, true);
    expect(cardText(admin.card)).toContain('hanterar kommentarerna, förväntat hög aktivitet');
    const forged = await t.click(USERS.louise, 'booking.kontaktcenter', { bookingId: 'not-a-booking', kcHandlesComments: 'yes' });
    expect(cardText(forged.card)).toMatch(/Inget har ändrats|inte/);
    const [row] = await t.bot.db.query<{ kc_handles_comments: boolean; high_activity_expected: boolean; version: number }>('select kc_handles_comments, high_activity_expected, version from bookings where id = $1', [b.id]);
    expect(row).toMatchObject({ kc_handles_comments: true, high_activity_expected: true });
    await t.bot.db.query(`update bookings set status = 'cancelled' where id = $1`, [b.id]);
    const late = await setFlags(USERS.louise, b.id, false, false);
    expect(cardText(late.card)).toContain('Bokningen är avbokad, så inget har ändrats');
  });

  test('/admin kc-kanal: only a superadmin, only in a channel; the channel is then Kontaktcenter\'s', async () => {
    expect((await sayInKcChannel(USERS.erik, '/admin kc-kanal'))[0].text).toContain('Bara superadministratörer');
    expect((await t.say(USERS.admin, '/admin kc-kanal')).replies[0].text).toContain('Skriv /admin kc-kanal i den kanal');
    const set = await sayInKcChannel(USERS.admin, '/admin kc-kanal här');
    expect(set[0].text).toContain('Den här kanalen är nu Kontaktcenters kanal (inställd av Sara Superadmin)');
    const [s] = await t.bot.db.query<{ value: any }>(`select value from settings where key = 'kc_channel'`);
    expect(JSON.stringify(s.value)).toContain(KC_CHANNEL);
    // The SAV channel stays where it was.
    const [sav] = await t.bot.db.query<{ value: any }>(`select value from settings where key = 'sav_channel'`);
    expect(JSON.stringify(sav.value)).toContain(SAV_CHANNEL);
  });

  test('reminders for a post whose comments Kontaktcenter handles go to KC\'s channel, not the owner or the SAV channel', async () => {
    await sayInKcChannel(USERS.admin, '/admin kc-kanal');
    const b = await book('2026-11-23');
    await setFlags(USERS.louise, b.id, true, false);
    const post = sim.addPost({ text: 'Sommarjobb i staden!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:asker', text: 'Hur söker man sommarjobb hos er?', createdAt: new Date('2026-11-23T09:50:00+01:00') });
    t.connector.calls.length = 0;
    await t.tick();
    const question = (x: string) => x.includes('Hur söker man sommarjobb');
    expect(textsTo(t, encodeURIComponent(KC_CHANNEL)).filter(question)).toHaveLength(1);
    expect(textsTo(t, chatOf(USERS.louise.id)).filter(question)).toHaveLength(0);
    // Half the answer time later the channel step also goes to KC, not to the SAV channel.
    await t.at('2026-11-23T15:00:00+01:00');
    await t.at('2026-11-24T10:00:00+01:00');
    expect(textsTo(t, encodeURIComponent(KC_CHANNEL)).filter(question).length).toBeGreaterThanOrEqual(2);
    expect(textsTo(t, encodeURIComponent(SAV_CHANNEL)).filter(question)).toHaveLength(0);
    expect(textsTo(t, chatOf(USERS.louise.id)).filter(question)).toHaveLength(0);
  });

  test('without the flag the owner gets the reminder as before', async () => {
    await sayInKcChannel(USERS.admin, '/admin kc-kanal');
    await book('2026-11-23');
    const post = sim.addPost({ text: 'Sommarjobb i staden!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:asker', text: 'Hur söker man sommarjobb hos er?', createdAt: new Date('2026-11-23T09:50:00+01:00') });
    await t.tick();
    expect(textsTo(t, chatOf(USERS.louise.id)).filter((x) => x.includes('Hur söker man sommarjobb'))).toHaveLength(1);
    expect(textsTo(t, encodeURIComponent(KC_CHANNEL)).filter((x) => x.includes('Hur söker man sommarjobb'))).toHaveLength(0);
  });

  test('"förväntat hög aktivitet": the owner is asked for an FAQ two working days before, once, across a weekend; a move asks for the new day', async () => {
    // Monday 30 November: two working days before is Thursday 26 November (Friday, Thursday).
    const b = await book('2026-11-30');
    await setFlags(USERS.louise, b.id, false, true);
    await t.at('2026-11-25T16:00:00+01:00');
    expect(faqAsks()).toHaveLength(0);
    await t.at('2026-11-26T07:30:00+01:00');
    expect(faqAsks()).toHaveLength(0);
    await t.at('2026-11-26T09:05:00+01:00');
    expect(faqAsks()).toHaveLength(1);
    expect(faqAsks()[0]).toContain('Sommarjobb i staden');
    await t.at('2026-11-27T09:05:00+01:00');
    await t.at('2026-11-29T12:00:00+01:00');
    expect(faqAsks()).toHaveLength(1);
    // Moved to Monday 7 December: asked again, for the new day, on Thursday 3 December.
    const [now] = await t.bot.db.query<{ version: number }>('select version from bookings where id = $1', [b.id]);
    const moved = await t.click(USERS.louise, 'booking.move', { bookingId: b.id, version: now.version, moveTo: '2026-12-07', from: 'booking', confirmWarnings: true });
    expect(cardText(moved.card)).toMatch(/7 december/);
    await t.at('2026-12-02T16:00:00+01:00');
    expect(faqAsks()).toHaveLength(1);
    await t.at('2026-12-03T09:05:00+01:00');
    expect(faqAsks()).toHaveLength(2);
    expect(faqAsks()[1]).toContain('7 december');
  });

  test('the FAQ ask skips the Christmas holidays; a booking no longer expecting much activity is not asked', async () => {
    // Monday 28 December: Friday 25 (juldagen) and Thursday 24 (julafton) are off, so Tuesday 22 December.
    const christmas = await book('2026-12-28');
    await setFlags(USERS.louise, christmas.id, false, true);
    const quiet = await book('2026-12-29');
    await setFlags(USERS.louise, quiet.id, false, true);
    await setFlags(USERS.louise, quiet.id, false, false);
    await t.at('2026-12-21T16:00:00+01:00');
    expect(faqAsks()).toHaveLength(0);
    await t.at('2026-12-22T08:30:00+01:00');
    expect(faqAsks()).toHaveLength(1);
    expect(faqAsks()[0]).toContain('28 december');
    await t.at('2026-12-28T08:30:00+01:00');
    expect(faqAsks()).toHaveLength(1);
  });

  test('a rush of flags, then of comments, on one post alerts the superadmins once per hour window', async () => {
    const url = `${t.bot.url}/api/linkedin/webhook`;
    const post = sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    const alerts = () => textsTo(t, chatOf(USERS.admin.id)).filter((x) => x.includes('Många kommentarer eller flaggningar på ett inlägg'));
    const comment = (text: string) => sim.addComment(post.urn, { actorUrn: `urn:li:person:${Math.random().toString(36).slice(2)}`, text });
    await sim.sendWebhook(url, SECRET, [comment(ATTACK).urn]);
    await t.tick();
    expect(alerts()).toHaveLength(0);
    t.clock.set('2026-11-23T10:10:00+01:00');
    await sim.sendWebhook(url, SECRET, [comment('Erik Berg på kulturförvaltningen är en inkompetent idiot och borde sparkas.').urn]);
    await t.tick();
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0]).toMatch(/2 flaggade/);
    // More within the hour (now also five comments): no second alert.
    t.clock.set('2026-11-23T10:30:00+01:00');
    await sim.sendWebhook(url, SECRET, [comment('Kul!').urn, comment('Fint inlägg').urn, comment('Bra jobbat!').urn]);
    await t.tick();
    expect(alerts()).toHaveLength(1);
    // A new rush more than an hour later is a new alert.
    t.clock.set('2026-11-23T11:40:00+01:00');
    await sim.sendWebhook(url, SECRET, [1, 2, 3, 4, 5].map((n) => comment(`Grattis nummer ${n}!`).urn));
    await t.tick();
    expect(alerts()).toHaveLength(2);
    expect(alerts()[1]).toMatch(/5 kommentarer/);
    expect((await t.bot.db.query('select post_urn from rush_alerts')).length).toBe(2);
  });
});
