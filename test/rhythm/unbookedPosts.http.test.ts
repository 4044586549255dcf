import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { linkedInEnv, TestBot, USERS } from '../support/bot';

jest.setTimeout(240_000);

// Monday 23 November 2026, 10:00.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const ADMIN2 = { id: 'aad-admin2', name: 'Bo Superadmin' };
const SECRET = 'webhook-secret';
const cardOf = (call: { body: any }) => call.body?.attachments?.[0]?.content;
const chatOf = (user: { id: string }) => `/${encodeURIComponent(`a:personal-${user.id}`)}/`;

/** The questions about posts without a booking delivered to a person. */
function asked(t: TestBot, user: { id: string }) {
  return t.connector
    .sent()
    .filter((c) => c.path.includes(chatOf(user)) && /Ett inlägg utan bokning/.test(cardText(cardOf(c))))
    .map((c) => cardOf(c));
}

async function postRow(t: TestBot, urn: string) {
  const rows = await t.bot.db.query<{ booking_id: string | null; match_status: string; owner_id: string | null; unbooked_reason: string | null; unbooked_settled: string | null }>(
    'select booking_id, match_status, owner_id, unbooked_reason, unbooked_settled from posts where urn = $1',
    [urn],
  );
  return rows[0];
}

describe('a post that appears on the page without a booking of its own is noticed', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({ now: MONDAY_10, env: { ...linkedInEnv(sim), LINKEDIN_CLIENT_SECRET: SECRET, SUPERADMINS: `${USERS.admin.id},${ADMIN2.id}` } });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    for (const u of [USERS.admin, ADMIN2, USERS.louise, USERS.erik]) await t.say(u, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** Moves the clock past the poller's hourly listing of posts and polls. */
  async function poll(iso: string) {
    await t.at(iso);
  }

  test('a second post on a booked day: the superadmins are asked, and "Boka i efterhand" records it as an extra booking on that day', async () => {
    await t.say(USERS.louise, '/boka 2026-11-23 Möt våra traineer');
    const first = sim.addPost({ text: 'Möt våra traineer!', createdAt: new Date('2026-11-23T09:30:00+01:00') });
    await poll('2026-11-23T10:05:00+01:00');
    // The first post is the booking's (its owner is asked to confirm, as before); nobody is asked about it.
    expect((await postRow(t, first.urn)).match_status).toBe('proposed');
    expect(asked(t, USERS.admin)).toHaveLength(0);

    const second = sim.addPost({ text: 'Vi söker sommarvikarier till äldreomsorgen', createdAt: new Date('2026-11-23T11:00:00+01:00') });
    await poll('2026-11-23T12:30:00+01:00');
    const cards = [asked(t, USERS.admin), asked(t, ADMIN2)];
    expect(cards.map((c) => c.length)).toEqual([1, 1]);
    const card = cards[0][0];
    assertRendered(card);
    expect(cardText(card)).toContain('Inlägget publicerades måndag 23 november, men dagens bokning har redan sitt inlägg.');
    expect(cardText(card)).toContain('Vi söker sommarvikarier');
    // The day's booking has its post already: nothing to link to.
    expect(executeActions(card).map((a) => a.title)).toEqual(['Boka i efterhand', 'Sponsrat, ingen bokning']);
    expect((await postRow(t, second.urn)).unbooked_reason).toBe('day-taken');

    // Louise was not asked and is no superadmin: refused, nothing changes.
    const louise = await t.click(USERS.louise, 'post.bookAfterwards', { postUrn: second.urn });
    expect(cardText(louise.card)).toContain('Bara de och superadministratörerna');
    expect((await postRow(t, second.urn)).unbooked_settled).toBeNull();

    const res = await t.click(USERS.admin, 'post.bookAfterwards', action(card, 'Boka i efterhand').data);
    assertRendered(res.card);
    expect(cardText(res.card)).toContain('Bokat i efterhand för måndag 23 november av Sara Superadmin');
    expect(executeActions(res.card)).toHaveLength(0);
    const booked = await t.bot.db.query<{ id: string; day: string; title: string; owner_id: string; override_reason: string | null; slot: number | null }>(
      `select id, day, title, owner_id, override_reason, slot from bookings where status = 'active' and owner_id = $1`,
      [USERS.admin.id],
    );
    // The day was full: an extra booking beyond capacity, with its reason, as a superadmin's override is.
    expect(booked).toEqual([{ id: expect.any(String), day: '2026-11-23', title: 'Vi söker sommarvikarier till äldreomsorgen', owner_id: USERS.admin.id, override_reason: 'bokat i efterhand, inlägget publicerades utan bokning', slot: null }]);
    expect(await postRow(t, second.urn)).toMatchObject({ booking_id: booked[0].id, match_status: 'confirmed', unbooked_settled: 'booked-afterwards' });

    // The other superadmin's card is updated: no live buttons left.
    await t.tick();
    const updates = t.connector.updates().filter((c) => c.path.includes(chatOf(ADMIN2)));
    expect(updates).toHaveLength(1);
    expect(cardText(cardOf(updates[0]))).toContain('Bokat i efterhand för måndag 23 november av Sara Superadmin');
    expect(executeActions(cardOf(updates[0]))).toHaveLength(0);

    // A second click (the other superadmin's stale card) changes nothing.
    const again = await t.click(ADMIN2, 'post.bookAfterwards', { postUrn: second.urn });
    expect(cardText(again.card)).toContain('redan ordnat');
    expect(await t.bot.db.query(`select id from bookings where status = 'active'`)).toHaveLength(2);
  });

  test('a post on a day with no booking: "Koppla till bokning" offers the bookings nearby without a post; a forged choice is refused', async () => {
    await t.say(USERS.erik, '/boka 2026-11-25 Biblioteket firar 100 år');
    const post = sim.addPost({ text: 'Stadsbiblioteket fyller 100!', createdAt: new Date('2026-11-24T10:00:00+01:00') });
    await poll('2026-11-24T10:30:00+01:00');
    const [card] = asked(t, USERS.admin);
    assertRendered(card);
    expect(cardText(card)).toContain('Inlägget publicerades tisdag 24 november, en dag utan bokning i schemat.');
    const choices = JSON.stringify(card).match(/"title":"Onsdag 25 november: Biblioteket firar 100 år \(Erik Berg\)","value":"([0-9a-f-]{36})"/);
    expect(choices).not.toBeNull();
    const bookingId = choices![1];
    const link = action(card, 'Koppla till bokning');

    const none = await t.click(USERS.admin, link.verb, { ...link.data });
    expect(cardText(none.card)).toContain('Välj en bokning först.');
    const forged = await t.click(USERS.admin, link.verb, { ...link.data, bookingId: '00000000-0000-4000-8000-000000000000' });
    expect(cardText(forged.card)).toContain('Den bokningen går inte att välja längre');
    expect((await postRow(t, post.urn)).unbooked_settled).toBeNull();

    const res = await t.click(USERS.admin, link.verb, { ...link.data, bookingId });
    expect(cardText(res.card)).toContain('Kopplat till ”Biblioteket firar 100 år” (onsdag 25 november) av Sara Superadmin');
    expect(await postRow(t, post.urn)).toMatchObject({ booking_id: bookingId, match_status: 'confirmed', owner_id: USERS.erik.id, unbooked_settled: 'linked' });
    // No booking was made.
    expect(await t.bot.db.query(`select id from bookings`)).toHaveLength(1);
  });

  test('a post first known from a webhook (without its publication time) is placed once the list of posts brings the time', async () => {
    const post = sim.addPost({ text: 'Kulturskolan öppnar', createdAt: new Date('2026-11-23T09:50:00+01:00') });
    const comment = sim.addComment(post.urn, { actorUrn: 'urn:li:person:x1', text: 'Fint!', createdAt: new Date(MONDAY_10) });
    // Before any list of posts: the webhook makes the post known, with no time.
    const delivery = await sim.sendWebhook(`${t.bot.url}/api/linkedin/webhook`, SECRET, [comment.urn]);
    expect(delivery.status).toBe(200);
    await t.tick();
    const row = await t.bot.db.query<{ published_at: Date | null; unbooked_reason: string | null }>('select published_at, unbooked_reason from posts where urn = $1', [post.urn]);
    expect(row[0].published_at?.toISOString()).toBe('2026-11-23T08:50:00.000Z');
    expect(row[0].unbooked_reason).toBe('no-booking');
    expect(asked(t, USERS.admin)).toHaveLength(1);
  });

  test('sponsored posts need no booking; old posts seen for the first time are followed quietly; nothing is asked twice across restarts', async () => {
    const old = sim.addPost({ text: 'Ett inlägg från förra veckan', createdAt: new Date('2026-11-17T10:00:00+01:00') });
    const paid = sim.addPost({ text: 'Sponsrat: jobba hos oss', createdAt: new Date('2026-11-23T09:45:00+01:00') });
    await poll('2026-11-23T10:05:00+01:00');
    expect(asked(t, USERS.admin)).toHaveLength(1);
    expect((await postRow(t, old.urn)).unbooked_reason).toBeNull();
    const res = await t.click(USERS.admin, 'post.sponsored', { postUrn: paid.urn });
    expect(cardText(res.card)).toContain('Markerat som sponsrat av Sara Superadmin: ingen bokning behövs.');
    expect(await postRow(t, paid.urn)).toMatchObject({ booking_id: null, unbooked_settled: 'sponsored' });

    await t.tick();
    await t.restart();
    await poll('2026-11-23T12:00:00+01:00');
    await poll('2026-11-23T14:00:00+01:00');
    expect(asked(t, USERS.admin)).toHaveLength(1);
    expect(asked(t, ADMIN2)).toHaveLength(1);
    // Forged data: a post nobody asked about, and garbage.
    expect(cardText((await t.click(USERS.admin, 'post.sponsored', { postUrn: old.urn })).card)).toContain('Jag hittar inte det inlägget');
    expect(cardText((await t.click(USERS.admin, 'post.sponsored', { postUrn: 1 })).card)).toContain('Inget har ändrats');
  });
});
