import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { SAV_TEAM, TestBot, USERS, bookingForm as form } from '../support/bot';

// Monday 23 November 2026, 09:00.
const MONDAY_9 = '2026-11-23T09:00:00+01:00';
const cardOf = (call: { body: any }) => call.body?.attachments?.[0]?.content;
const chatOf = (user: { id: string }) => `/${encodeURIComponent(`a:personal-${user.id}`)}/`;

/** The day-before cards delivered to a person's chat. */
function dayBeforeCards(t: TestBot, user: { id: string }) {
  return t.connector
    .sent()
    .filter((c) => c.path.includes(chatOf(user)) && /Påminnelse: du har bokat/.test(cardText(cardOf(c))))
    .map((c) => cardOf(c));
}

async function book(t: TestBot, user: typeof USERS.louise, day: string, title: string, extra: Record<string, unknown> = {}) {
  const res = await t.click(user, 'booking.submit', form(day, title, { confirmWarnings: true, ...extra }));
  const rows = await t.bot.db.query<{ id: string; version: number }>(`select id, version from bookings where day = $1 and title = $2 and status = 'active'`, [day, title]);
  expect(rows).toHaveLength(1);
  return { ...rows[0], card: res.card };
}

jest.setTimeout(240_000);

describe('the card the working day before a booked post', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await TestBot.start({ now: MONDAY_9, env: { SAV_TEAM_ID: SAV_TEAM } });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_9);
    for (const u of [USERS.louise, USERS.erik]) t.connector.addTeamMember(SAV_TEAM, u);
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
  });
  afterAll(async () => {
    await t.close();
  });

  test('each post gets one card the working day before at 14:00: moved posts for their new day, cancelled ones none; Monday posts on Friday', async () => {
    await book(t, USERS.louise, '2026-11-24', 'Möt vårdhunden Chili');
    const wed = await book(t, USERS.erik, '2026-11-25', 'Biblioteket firar');
    await book(t, USERS.louise, '2026-11-27', 'Fredagsinlägget', { timeOfDay: '15:00' });
    await book(t, USERS.erik, '2026-11-30', 'Måndagsinlägget');
    const dec1 = await book(t, USERS.louise, '2026-12-01', 'Blir inte av');
    // Erik moves Wednesday's post to Thursday, Louise cancels 1 December: both before their cards.
    await t.click(USERS.erik, 'booking.move', { bookingId: wed.id, version: wed.version, day: '2026-11-26' });
    await t.click(USERS.louise, 'booking.cancel', { bookingId: dec1.id, version: dec1.version, confirmed: true });
    await t.tick();
    t.connector.calls.length = 0;

    await t.at('2026-11-23T13:59:00+01:00');
    expect(dayBeforeCards(t, USERS.louise)).toHaveLength(0);
    await t.at('2026-11-23T14:00:00+01:00');
    const [tuesday] = dayBeforeCards(t, USERS.louise);
    assertRendered(tuesday);
    const text = cardText(tuesday);
    expect(text).toContain('I morgon, tisdag 24 november: Möt vårdhunden Chili');
    expect(text).toContain('Kontaktcenter');
    expect(text).not.toContain('Tänk på:');
    expect(executeActions(tuesday).map((a) => a.verb)).toEqual(['booking.move', 'booking.cancel']);
    // Ticking again, and a restart on the same database, send nothing twice.
    await t.tick();
    await t.restart();
    await t.at('2026-11-23T16:00:00+01:00');
    expect(dayBeforeCards(t, USERS.louise)).toHaveLength(1);

    await t.at('2026-11-24T14:00:00+01:00');
    expect(dayBeforeCards(t, USERS.erik)).toHaveLength(0);
    await t.at('2026-11-25T14:00:00+01:00');
    expect(dayBeforeCards(t, USERS.erik).map(cardText).join()).toContain('I morgon, torsdag 26 november: Biblioteket firar');

    await t.at('2026-11-26T14:00:00+01:00');
    const friday = dayBeforeCards(t, USERS.louise)[1];
    // The schedule's own Friday rule, said again the day before.
    expect(cardText(friday)).toContain('Tänk på:');
    expect(cardText(friday)).toMatch(/efter 13:00/);

    await t.at('2026-11-27T14:00:00+01:00');
    const monday = dayBeforeCards(t, USERS.erik)[1];
    expect(cardText(monday)).toContain('Måndag 30 november: Måndagsinlägget');

    await t.at('2026-11-30T14:00:00+01:00');
    expect(dayBeforeCards(t, USERS.louise)).toHaveLength(2);
    expect(dayBeforeCards(t, USERS.erik)).toHaveLength(2);
  });

  test('Move and Cancel on the card are the booking\'s own: the owner moves it; someone else is refused and nothing changes', async () => {
    const b = await book(t, USERS.louise, '2026-11-24', 'Möt vårdhunden Chili');
    await t.at('2026-11-23T14:00:00+01:00');
    const card = dayBeforeCards(t, USERS.louise)[0];
    const move = action(card, 'Flytta hit');
    const cancel = action(card, 'Avboka');

    const refused = await t.click(USERS.erik, cancel.verb, { ...cancel.data, confirmed: true });
    expect(cardText(refused.card)).toMatch(/bara|only/i);
    const stillThere = await t.bot.db.query(`select status, day from bookings where id = $1`, [b.id]);
    expect(stillThere).toEqual([{ status: 'active', day: '2026-11-24' }]);

    const moved = await t.click(USERS.louise, move.verb, { ...move.data, moveTo: '2026-11-26' });
    expect(cardText(moved.card)).toContain('Flyttat från tisdag 24 november till torsdag 26 november');
    // The card's Cancel now carries an old version: a stale click changes nothing.
    const stale = await t.click(USERS.louise, cancel.verb, { ...cancel.data, confirmed: true });
    expect(cardText(stale.card)).toContain('har ändrats sedan kortet skickades');
    expect(await t.bot.db.query(`select status, day from bookings where id = $1`, [b.id])).toEqual([{ status: 'active', day: '2026-11-26' }]);
    // The moved post gets a card for its new day.
    await t.at('2026-11-25T14:00:00+01:00');
    expect(cardText(dayBeforeCards(t, USERS.louise)[1])).toContain('I morgon, torsdag 26 november');
  });

  test('around Christmas: posts up to the next working day are reminded on the last working day before, with the holiday said', async () => {
    await t.reset('2026-12-21T09:00:00+01:00');
    t.connector.addTeamMember(SAV_TEAM, USERS.louise);
    await book(t, USERS.louise, '2026-12-24', 'God jul från staden');
    await book(t, USERS.louise, '2026-12-28', 'Mellandagarna');
    await t.at('2026-12-22T14:00:00+01:00');
    expect(dayBeforeCards(t, USERS.louise)).toHaveLength(0);
    await t.at('2026-12-23T14:00:00+01:00');
    const cards = dayBeforeCards(t, USERS.louise).map(cardText);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('I morgon, torsdag 24 december: God jul från staden');
    expect(cards[0]).toMatch(/julafton/i);
    expect(cards[1]).toContain('Måndag 28 december: Mellandagarna');
    // Christmas Day and the weekend run nothing more.
    await t.at('2026-12-25T14:00:00+01:00');
    await t.at('2026-12-27T14:00:00+01:00');
    expect(dayBeforeCards(t, USERS.louise)).toHaveLength(2);
  });
});
