import { action, assertRendered, cardText, executeActions } from '../support/cards';
import { SAV_TEAM, TestBot, USERS } from '../support/bot';

// Sunday 22 November 2026, noon: the bot starts the day before the week it will post about.
const SUNDAY = '2026-11-22T12:00:00+01:00';
const MONDAY_9 = '2026-11-23T09:00:00+01:00';

const cardOf = (call: { body: any }) => call.body?.attachments?.[0]?.content;
const NOTE = /Inget inlägg bokat|har ett bokat inlägg/;

/** The weekly notes the bot posted in the channel (new messages, not updates). */
function notesSent(t: TestBot) {
  return t.connector.sent().filter((c) => NOTE.test(cardText(cardOf(c))));
}

async function bookings(t: TestBot) {
  return t.bot.db.query<{ day: string; title: string; owner_id: string }>(`select day, title, owner_id from bookings where status = 'active' order by day`);
}

jest.setTimeout(240_000);

describe('the weekly note: the channel hears when the coming week has no booked post', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await TestBot.start({ now: SUNDAY, env: { SAV_TEAM_ID: SAV_TEAM } });
  });
  beforeEach(async () => {
    await t.reset(SUNDAY);
    // The bot knows the SAV channel (someone wrote there); the first run of the job only plans.
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    await t.tick();
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  test('Monday 09:00 the week without a booking gets one note with its free working days as buttons; ticking again and a restart send no second', async () => {
    await t.at('2026-11-23T08:59:00+01:00');
    expect(notesSent(t)).toHaveLength(0);
    await t.at(MONDAY_9);
    const sent = notesSent(t);
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toContain(encodeURIComponent('19:sav@thread.tacv2'));
    const card = cardOf(sent[0]);
    assertRendered(card);
    const text = cardText(card);
    expect(text).toContain('Inget inlägg bokat måndag 23 november – söndag 29 november');
    expect(text).toContain('minst ett inlägg i veckan');
    // Working days only: the weekend would need a warning, so it is not a one-click day.
    expect(executeActions(card).map((a) => a.title)).toEqual(['Måndag 23 november', 'Tisdag 24 november', 'Onsdag 25 november', 'Torsdag 26 november', 'Fredag 27 november']);
    expect(executeActions(card).every((a) => a.verb === 'weekly.book' && a.data.week === '2026-11-23')).toBe(true);

    await t.tick();
    await t.at('2026-11-23T15:00:00+01:00');
    await t.restart();
    await t.tick();
    expect(notesSent(t)).toHaveLength(1);
    // The next week's note is planned for the next Monday, not sent early.
    await t.at('2026-11-29T23:00:00+01:00');
    expect(notesSent(t)).toHaveLength(1);
    await t.at('2026-11-30T09:00:00+01:00');
    // A send that the connector hung up on (a socket of the process before the restart) is retried by the outbox.
    await t.at('2026-11-30T09:10:00+01:00');
    expect(notesSent(t)).toHaveLength(2);
    expect(cardText(cardOf(notesSent(t)[1]))).toContain('måndag 30 november – söndag 6 december');
  });

  test('a week that already has a booked post gets no note', async () => {
    await t.say(USERS.louise, '/boka 26 nov Möt vårdhunden Chili', { where: 'channel' });
    await t.at(MONDAY_9);
    expect(notesSent(t)).toHaveLength(0);
  });

  test('one click books the day for the clicking editor; the note in the channel is updated so that no button stays live', async () => {
    await t.at(MONDAY_9);
    const note = cardOf(notesSent(t)[0]);
    const tuesday = action(note, 'Tisdag 24 november');

    const res = await t.click(USERS.louise, tuesday.verb, tuesday.data, { where: 'channel' });
    expect(res.status).toBe(200);
    assertRendered(res.card);
    expect(cardText(res.card)).toContain('Bokat: tisdag 24 november');
    expect(cardText(res.card)).toContain('Bokat från veckans påminnelse');
    expect(await bookings(t)).toEqual([{ day: '2026-11-24', title: 'Rubrik ej angiven', owner_id: USERS.louise.id }]);

    // Updated by the job that follows booking changes, a moment after the reply (coalesced, as the schedule card).
    await t.tick();
    expect(t.connector.updates().filter((c) => NOTE.test(cardText(cardOf(c))))).toHaveLength(0);
    await t.later(3);
    const updates = t.connector.updates().filter((c) => NOTE.test(cardText(cardOf(c))));
    expect(updates.length).toBeGreaterThanOrEqual(1);
    const updated = cardOf(updates[updates.length - 1]);
    assertRendered(updated);
    expect(cardText(updated)).toContain('Veckan måndag 23 november – söndag 29 november har ett bokat inlägg');
    expect(cardText(updated)).toContain('Tisdag 24 november: Rubrik ej angiven (Louise Lind)');
    expect(executeActions(updated)).toHaveLength(0);
    // The update replaced the note itself, in the channel.
    expect(updates[updates.length - 1].path).toContain(encodeURIComponent('19:sav@thread.tacv2'));

    // A second click of the same button (a double click) books nothing more.
    const again = await t.click(USERS.louise, tuesday.verb, tuesday.data, { where: 'channel' });
    expect(cardText(again.card)).toContain('tisdag 24 november');
    expect(await bookings(t)).toHaveLength(1);

    // Erik had the old card open: the day is taken, he is told politely and offered the nearest free days.
    const late = await t.click(USERS.erik, tuesday.verb, tuesday.data, { where: 'channel' });
    assertRendered(late.card);
    expect(cardText(late.card)).toContain('Tisdag 24 november är redan bokad');
    expect(cardText(late.card)).toContain('Rubrik ej angiven (');
    expect(executeActions(late.card).map((a) => a.title)).toEqual(expect.arrayContaining(['Måndag 23 november', 'Onsdag 25 november']));
    expect(await bookings(t)).toHaveLength(1);
  });

  test('a booking made elsewhere (/boka) also updates the note', async () => {
    await t.at(MONDAY_9);
    await t.say(USERS.erik, '/boka 25 nov Biblioteket firar', { where: 'channel' });
    await t.later(3);
    const updates = t.connector.updates().filter((c) => NOTE.test(cardText(cardOf(c))));
    expect(updates).toHaveLength(1);
    expect(cardText(cardOf(updates[0]))).toContain('Onsdag 25 november: Biblioteket firar (Erik Berg)');
    // Nothing changed since: no second update.
    await t.say(USERS.erik, '/mina', { where: 'channel' });
    await t.later(3);
    expect(t.connector.updates().filter((c) => NOTE.test(cardText(cardOf(c))))).toHaveLength(1);
  });

  test('only editors book from the note; forged or stale card data books nothing and gets a polite answer', async () => {
    await t.at(MONDAY_9);
    const monday = action(cardOf(notesSent(t)[0]), 'Måndag 23 november');
    const outsider = await t.click(USERS.outsider, monday.verb, monday.data);
    expect(cardText(outsider.card)).toContain('Det är bara redaktörerna i SAV-nätverket som kan boka');
    for (const data of [{ day: 'nope', week: '2026-11-23' }, { day: '2026-12-24', week: '2026-11-23' }, {}]) {
      const forged = await t.click(USERS.louise, 'weekly.book', data, { where: 'channel' });
      expect(forged.status).toBe(200);
      expect(cardText(forged.card)).toContain('Inget har ändrats');
    }
    // A button from a week that is over.
    const old = await t.click(USERS.louise, 'weekly.book', { day: '2026-11-17', week: '2026-11-16' }, { where: 'channel' });
    expect(cardText(old.card)).toContain('Den veckan är redan slut');
    expect(await bookings(t)).toHaveLength(0);
  });
});

describe('the weekly note in a holiday week', () => {
  let t: TestBot;
  afterEach(async () => {
    await t.close();
  });

  test('Easter Monday is a holiday: the note goes out on Tuesday 09:00 and offers only the plain working days', async () => {
    t = await TestBot.start({ now: '2027-03-28T12:00:00+02:00' });
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    await t.tick();
    await t.at('2027-03-29T09:00:00+02:00');
    expect(notesSent(t)).toHaveLength(0);
    await t.at('2027-03-30T09:00:00+02:00');
    expect(notesSent(t)).toHaveLength(1);
    const card = cardOf(notesSent(t)[0]);
    expect(cardText(card)).toContain('Inget inlägg bokat måndag 29 mars – söndag 4 april');
    expect(executeActions(card).map((a) => a.data.day)).toEqual(['2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02']);
  });

  test('a bot that was down at the moment sends the note when it is back, the same week, with the days that are left', async () => {
    t = await TestBot.start({ now: SUNDAY });
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    await t.tick();
    // Down from Sunday to Wednesday morning.
    t.clock.set('2026-11-25T08:00:00+01:00');
    await t.restart();
    await t.tick();
    expect(notesSent(t)).toHaveLength(1);
    expect(executeActions(cardOf(notesSent(t)[0])).map((a) => a.data.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
  });

  test('WEEKLY_NOTE_AT=off sends no note', async () => {
    t = await TestBot.start({ now: SUNDAY, env: { WEEKLY_NOTE_AT: 'off' } });
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    await t.tick();
    await t.at(MONDAY_9);
    await t.at('2026-11-30T09:00:00+01:00');
    expect(notesSent(t)).toHaveLength(0);
  });
});
