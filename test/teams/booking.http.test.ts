import { action, assertRendered, attachedCard, cardText, executeActions } from '../support/cards';
import { SAV_CHANNEL, SAV_TEAM, TestBot, USERS, bookingForm as form } from '../support/bot';

// The bot believes it is Monday 23 November 2026, 09:00 in Helsingborg.
const NOW = '2026-11-23T09:00:00+01:00';

/** Every input element of a card's own body, not those inside a show-card (which a body action never sends). */
function bodyInputs(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.ShowCard') return;
    if (String(node.type ?? '').startsWith('Input.')) out.push(node);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card.body);
  walk(card.actions);
  return out;
}

/** The raw Action.Execute with this title, with its associatedInputs. */
function rawAction(card: any, title: string): any {
  let found: any;
  const walk = (node: any) => {
    if (!node || typeof node !== 'object' || found) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute' && node.title === title) found = node;
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return found;
}

async function activeBookings(t: TestBot, day?: string) {
  return t.bot.db.query<{ id: string; day: string; title: string; owner_id: string; version: number; override_reason: string | null }>(
    `select id, day, title, owner_id, version, override_reason from bookings where status = 'active' ${day ? 'and day = $1' : ''} order by day, override_reason nulls first, title`,
    day ? [day] : [],
  );
}

describe('booking through /api/messages', () => {
  let t: TestBot;
  // One bot for the block (PGlite takes seconds to open); every test starts from empty tables.
  beforeAll(async () => {
    t = await TestBot.start({ now: NOW });
  });
  beforeEach(async () => {
    await t.reset(NOW);
  });
  afterAll(async () => {
    await t.close();
  });

  test('/help and /hjälp list every command with an example, by its Swedish name; English names for an English locale', async () => {
    for (const cmd of ['/help', '/hjälp', 'help', 'hjälp']) {
      const { replies } = await t.say(USERS.louise, cmd);
      for (const c of ['**/boka**', '**/schema**', '**/mina**', '**/kommentar**', '**/rapportera**', '**/bevis <id>**', '**/ärenden**', '**/hjälp**']) expect(replies[0].text).toContain(c);
      expect(replies[0].text).not.toMatch(/\/(book|schedule|mine|comment|report|evidence|escalations|help)\b(?! …)/);
      // The example day is a week ahead of today (Monday 23 November), a plain working day.
      expect(replies[0].text).toMatch(/Exempel: `\/boka 30 nov Möt/);
    }
    const en = await t.say(USERS.louise, '/help', { locale: 'en-US' });
    expect(en.replies[0].text).toMatch(/Example: `\/book 30 Nov Meet/);
    expect(en.replies[0].text).not.toMatch(/\/(boka|schema|mina|kommentar|rapportera|bevis|ärenden|hjälp)\b/);
  });

  test('the example in /help is dated from today, so it books when copied: on 6 December it is not "3 dec"', async () => {
    t.clock.set('2026-12-06T10:00:00+01:00');
    const help = (await t.say(USERS.louise, '/hjälp')).replies[0].text as string;
    expect(help).toMatch(/Exempel: `\/boka 14 dec Möt vår nya undersköterska`/);
    const copied = await t.say(USERS.louise, '/book 14 dec Möt vår nya undersköterska');
    expect(cardText(attachedCard(copied.replies[0]))).toContain('Bokat: måndag 14 december');
  });

  test('a day and month in the recent past is "already passed", not the same day next year', async () => {
    t.clock.set('2026-12-06T10:00:00+01:00');
    const { replies } = await t.say(USERS.louise, '/book 3 dec Möt vår nya undersköterska');
    expect(replies[0].text).toBe('Torsdag 3 december har redan varit (idag är det söndag 6 december), så inget är bokat. Välj en dag från och med idag.');
    const en = await t.say(USERS.louise, '/book Dec 3 Meet our new nurse', { locale: 'en-GB' });
    expect(en.replies[0].text).toMatch(/^Thursday 3 December has already passed \(today is Sunday 6 December\)/);
    expect(await activeBookings(t)).toHaveLength(0);
  });

  test('the Swedish names of every command work, and the English ones too', async () => {
    expect(cardText(attachedCard((await t.say(USERS.louise, '/boka')).replies[0]))).toContain('Boka');
    expect(cardText(attachedCard((await t.say(USERS.louise, '/mina')).replies[0]))).not.toMatch(/känner jag inte igen/);
    expect((await t.say(USERS.louise, 'ärenden')).replies[0].text).toMatch(/Bara superadministratörer/);
  });

  test('an unknown command gets a short hint towards /help, and "/booking" is not /book', async () => {
    for (const textIn of ['/bokning', '/booking 3 dec x', 'hej']) {
      const { replies } = await t.say(USERS.louise, textIn);
      expect(replies).toHaveLength(1);
      expect(replies[0].text).toContain('`/hjälp`');
    }
    expect((await t.say(USERS.louise, '/bokning', { locale: 'en-US' })).replies[0].text).toContain('`/help`');
    expect(await activeBookings(t)).toHaveLength(0);
  });

  test('/book alone answers with the coming four weeks and a booking form', async () => {
    await t.say(USERS.erik, '/book 2026-11-25 Erik har onsdag');
    const { replies } = await t.say(USERS.louise, '/book');
    const card = attachedCard(replies[0]);
    assertRendered(card);
    const shown = cardText(card);
    expect(shown).toContain('Måndag 23 november');
    expect(shown).toContain('Söndag 20 december'); // 28 days
    expect(shown).not.toContain('Måndag 21 december');
    expect(shown).toContain('Erik har onsdag (Förvaltning ej angiven, Erik Berg)');
    const inputs = JSON.stringify(card);
    for (const id of ['"day"', '"title"', '"department"', '"postType"', '"category"', '"goal"', '"timeOfDay"']) expect(inputs).toContain(`"id":${id}`);
    expect(shown).toMatch(/Sponsrat inlägg\? Det behöver ingen bokning/);
    expect(action(card, 'Boka').verb).toBe('booking.submit');
    // The form and its button come first; the 28 days are below, for reference.
    expect(shown.indexOf('[Boka]')).toBeLessThan(shown.indexOf('De kommande fyra veckorna'));
    expect(shown.indexOf('De kommande fyra veckorna')).toBeLessThan(shown.indexOf('Måndag 23 november'));
    expect(card.actions ?? []).toEqual([]);
    // One name for the content category, on the form and on the booking.
    expect(shown).toContain('Kategori');
    expect(shown).not.toContain('Innehållskategori');
  });

  test('submitting the form books the day and replaces the card with who, what and when', async () => {
    const { replies } = await t.say(USERS.louise, '/book');
    const submit = action(attachedCard(replies[0]), 'Boka');
    const res = await t.click(USERS.louise, submit.verb, { ...submit.data, ...form('2026-12-03', 'Möt vårdhunden Chili', { requestId: submit.data.requestId, timeOfDay: '10:00' }) });
    assertRendered(res.card);
    const shown = cardText(res.card);
    expect(shown).toContain('Bokat: torsdag 3 december');
    expect(shown.match(/Bokat/g)).toHaveLength(1); // said once: no "Bokat!" above "Bokat: …"
    expect(shown).toContain('Möt vårdhunden Chili');
    expect(shown).toContain('Förvaltning: Kulturförvaltningen');
    expect(shown).toContain('Tid: 10:00');
    expect(shown).toMatch(/Bokad av: Louise Lind, måndag 23 november kl\. 09:00/);
    const rows = await activeBookings(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ day: '2026-12-03', title: 'Möt vårdhunden Chili', owner_id: USERS.louise.id });
  });

  test('the quick path books at once and takes the editor\'s previous choices as defaults, and says so', async () => {
    await t.click(USERS.louise, 'booking.submit', form('2026-12-01', 'Första', { department: 'Socialförvaltningen', category: 'tips', goal: 'informera' }));
    const { replies } = await t.say(USERS.louise, '/book 3/12 Andra inlägget');
    const card = attachedCard(replies[0]);
    const shown = cardText(card);
    expect(shown).toContain('Bokat: torsdag 3 december');
    expect(shown).toContain('Förvaltning: Socialförvaltningen');
    expect(shown).toContain('Kategori: Tips och inspiration');
    expect(shown).toContain('Förvaltning, typ, kategori och mål är tagna från din förra bokning');
    // One click opens them to change, filled in with the defaults.
    expect(rawAction(card, 'Spara')).toBeDefined();
    expect(shown).toContain('[Ändra detaljer]');
    const tomorrow = await t.say(USERS.louise, '/book i morgon Tredje');
    expect(cardText(attachedCard(tomorrow.replies[0]))).toContain('Bokat: tisdag 24 november');
    expect((await activeBookings(t)).map((b) => b.day)).toEqual(['2026-11-24', '2026-12-01', '2026-12-03']);
  });

  test('the quick path never copies the previous booking\'s time: a later Friday asks for a time instead of warning', async () => {
    await t.click(USERS.louise, 'booking.submit', form('2026-12-01', 'Eftermiddag', { timeOfDay: '15:00' }));
    const thursday = cardText(attachedCard((await t.say(USERS.louise, '/book 3 dec Torsdag')).replies[0]));
    expect(thursday).toContain('Bokat: torsdag 3 december');
    expect(thursday).not.toContain('Tid:');
    const friday = cardText(attachedCard((await t.say(USERS.louise, '/book 11 dec Fredag')).replies[0]));
    expect(friday).toContain('Vilken tid på fredag 11 december?');
    expect(friday).not.toMatch(/Fredag efter 13:00/);
    const rows = await t.bot.db.query<{ day: string; time_of_day: string | null }>(`select day, time_of_day from bookings order by day`);
    expect(rows).toEqual([
      { day: '2026-12-01', time_of_day: '15:00' },
      { day: '2026-12-03', time_of_day: null },
    ]);
  });

  test('the form is filled in with the previous department, type, category and goal, never its time', async () => {
    await t.click(USERS.louise, 'booking.submit', form('2026-12-01', 'Första', { department: 'Socialförvaltningen', timeOfDay: '15:00' }));
    const card = attachedCard((await t.say(USERS.louise, '/book')).replies[0]);
    const inputs = bodyInputs(card);
    expect(inputs.find((i) => i.id === 'department').value).toBe('Socialförvaltningen');
    expect(inputs.find((i) => i.id === 'timeOfDay').value ?? '').toBe('');
  });

  test('a date that cannot be read gets an answer with the accepted forms, and nothing is booked', async () => {
    for (const args of ['/book 2026-13-45 Fel', '/book snart Fel']) {
      const { replies } = await t.say(USERS.louise, args);
      expect(replies[0].text).toMatch(/kunde inte läsa/);
      expect(replies[0].text).toContain('`3 dec`');
      expect(replies[0].text).toContain('`imorgon`');
      expect(replies[0].text).toContain('`/boka 30 nov Möt vår nya undersköterska`');
    }
    const february = await t.say(USERS.louise, '/boka 31 februari Fel');
    expect(february.replies[0].text).toMatch(/^Februari har bara 28 dagar 2027, så den 31 februari finns inte\./);
    expect(february.replies[0].text).toContain('`/boka 28 februari <rubrik>`');
    expect((await t.say(USERS.louise, '/book 31/4 Fel')).replies[0].text).toMatch(/^April har bara 30 dagar, så den 31 april finns inte/);
    const en = await t.say(USERS.louise, '/book someday Wrong', { locale: 'en-GB' });
    expect(en.replies[0].text).toMatch(/could not read "someday"/);
    const noTitle = await t.say(USERS.louise, '/book 3 dec');
    expect(noTitle.replies[0].text).toMatch(/Skriv en rubrik efter datumet, till exempel `\/boka 30 nov /);
    expect(await activeBookings(t)).toHaveLength(0);
  });

  test('past days and days more than six months ahead are refused with a reason', async () => {
    const past = await t.say(USERS.louise, '/book 2026-11-20 För sent');
    expect(past.replies[0].text).toMatch(/Fredag 20 november har redan varit \(idag är det måndag 23 november\)/);
    const far = await t.say(USERS.louise, '/book 2027-05-24 För tidigt');
    expect(far.replies[0].text).toMatch(/sex månader framåt, till och med söndag 23 maj 2027/);
    const edge = await t.say(USERS.louise, '/book 2027-05-21 kl 10:00 Precis inom');
    expect(cardText(attachedCard(edge.replies[0]))).toContain('Bokat: fredag 21 maj 2027');
    expect(await activeBookings(t)).toHaveLength(1);
  });

  test('a full day is refused with the three nearest free days as one-click buttons', async () => {
    await t.say(USERS.erik, '/book 2026-12-03 Eriks dag');
    await t.say(USERS.erik, '/book 2026-12-02 Eriks onsdag');
    const { replies } = await t.say(USERS.louise, '/book 2026-12-03 Louises inlägg');
    const card = attachedCard(replies[0]);
    assertRendered(card);
    expect(cardText(card)).toContain('Torsdag 3 december är redan bokad');
    expect(cardText(card)).toContain('Eriks dag (Förvaltning ej angiven, Erik Berg)');
    const alternatives = executeActions(card).filter((a) => a.verb === 'booking.submit');
    // Wednesday is taken and Saturday/Sunday need a warning: the nearest are Friday 4 (1 day), Tuesday 1
    // (2 days) and Monday 30 November (3 days), listed as a calendar lists them.
    expect(alternatives.map((a) => a.title)).toEqual(['Måndag 30 november', 'Tisdag 1 december', 'Fredag 4 december']);
    expect(cardText(card)).not.toMatch(/Superadmin/);
    const res = await t.click(USERS.louise, 'booking.submit', alternatives[1].data);
    expect(cardText(res.card)).toContain('Bokat: tisdag 1 december');
    expect((await activeBookings(t, '2026-12-01'))[0].title).toBe('Louises inlägg');
    expect(await activeBookings(t, '2026-12-03')).toHaveLength(1);
  });

  test('weekends, Friday afternoons, holidays and eves book only after the editor confirms a warning that says why', async () => {
    const cases: [string, RegExp][] = [
      ['/book 2026-12-05 Lördag', /Det är en lördag: frågor/],
      ['/book 2026-12-06 Söndag', /Det är en söndag: frågor/],
      ['/book 2026-12-04 kl 14:00 Fredag eftermiddag', /Fredag efter 13:00/],
      ['/book 2026-12-04 kl 13:01 Fredag eftermiddag', /Fredag efter 13:00/],
      ['/book 2026-12-24 Julafton', /aftondag \(julafton\)/],
      ['/book 2026-12-25 Juldagen', /röd dag \(juldagen\)/],
    ];
    for (const [cmd, why] of cases) {
      const { replies } = await t.say(USERS.louise, cmd);
      const card = attachedCard(replies[0]);
      assertRendered(card);
      expect(cardText(card)).toMatch(why);
      expect(await activeBookings(t)).toHaveLength(0);
    }
    const { replies } = await t.say(USERS.louise, '/book 2026-12-05 Lördag');
    const confirm = action(attachedCard(replies[0]), 'Boka ändå');
    const res = await t.click(USERS.louise, confirm.verb, confirm.data);
    expect(cardText(res.card)).toContain('Bokat: lördag 5 december');
    const morning = await t.say(USERS.erik, '/book 2026-12-11 kl 09:30 Fredag förmiddag');
    expect(cardText(attachedCard(morning.replies[0]))).toContain('Bokat: fredag 11 december');
    // 13:00 is not "after 13:00".
    const one = await t.say(USERS.erik, '/book 2026-12-18 kl 13:00 Fredag klockan ett');
    expect(cardText(attachedCard(one.replies[0]))).toContain('Bokat: fredag 18 december');
    const en = await t.say(USERS.louise, '/book 2026-12-12 Saturday', { locale: 'en-US' });
    expect(cardText(attachedCard(en.replies[0]))).toMatch(/It is a Saturday: questions/);
  });

  test('a Friday without a time asks for the time; a time after 13:00 then warns, a morning books, "without a time" books as is', async () => {
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-04 Fredag utan tid')).replies[0]);
    assertRendered(card);
    const shown = cardText(card);
    expect(shown).toContain('Vilken tid på fredag 4 december?');
    expect(shown).toMatch(/Det är en fredag och ingen tid är angiven: inlägg efter 13:00 hinner inte få svar före helgen/);
    const time = bodyInputs(card).find((i) => i.id === 'timeOfDay');
    expect(time).toMatchObject({ type: 'Input.Time', isRequired: true });
    // Only "Boka" needs the time; the other buttons work with it empty.
    expect(rawAction(card, 'Boka').associatedInputs).toBe('auto');
    expect(rawAction(card, 'Boka utan tid').associatedInputs).toBe('none');
    expect(rawAction(card, 'Välj en annan dag').associatedInputs).toBe('none');
    expect(await activeBookings(t)).toHaveLength(0);

    const book = action(card, 'Boka');
    const late = await t.click(USERS.louise, book.verb, { ...book.data, timeOfDay: '15:00' });
    expect(cardText(late.card)).toMatch(/Fredag efter 13:00/);
    expect(await activeBookings(t)).toHaveLength(0);
    const morning = await t.click(USERS.louise, book.verb, { ...book.data, timeOfDay: '10:00' });
    expect(cardText(morning.card)).toContain('Bokat: fredag 4 december');
    expect(cardText(morning.card)).toContain('Tid: 10:00');

    const other = attachedCard((await t.say(USERS.erik, '/book 2026-12-11 Eriks fredag')).replies[0]);
    const without = action(other, 'Boka utan tid');
    expect(cardText((await t.click(USERS.erik, without.verb, without.data)).card)).toContain('Bokat: fredag 11 december');
    expect((await activeBookings(t)).map((b) => b.day)).toEqual(['2026-12-04', '2026-12-11']);
  });

  test('the schedule names holidays and eves ("Julafton", "Juldagen")', async () => {
    t.clock.set('2026-12-14T09:00:00+01:00');
    const shown = cardText(attachedCard((await t.say(USERS.louise, '/schema')).replies[0]));
    expect(shown).toContain('Julafton · Ledig');
    expect(shown).toContain('Juldagen · Ledig');
    expect(shown).toContain('Nyårsafton · Ledig');
    expect(shown).not.toMatch(/· julafton/);
  });

  test('a superadmin may book a full day with an override and a reason, shown on the schedule; nobody else can', async () => {
    await t.say(USERS.erik, '/book 2026-12-03 Eriks dag');
    const forged = await t.click(USERS.louise, 'booking.submit', form('2026-12-03', 'Smyg', { override: true, overrideReason: 'för att', confirmWarnings: true }));
    expect(cardText(forged.card)).toMatch(/Bara superadministratörer kan boka en full dag/);
    const { replies } = await t.say(USERS.admin, '/book 2026-12-03 Krisinformation om vattnet');
    const card = attachedCard(replies[0]);
    assertRendered(card);
    // The required reason sits in a show-card of its own, so it cannot block the other buttons.
    expect(bodyInputs(card)).toEqual([]);
    expect(cardText(card)).toContain('[Boka ändå (superadministratör)]');
    for (const title of ['Onsdag 2 december', 'Välj en annan dag']) expect(rawAction(card, title).associatedInputs).toBe('none');
    const other = await t.click(USERS.admin, 'booking.submit', action(card, 'Onsdag 2 december').data);
    expect(cardText(other.card)).toContain('Bokat: onsdag 2 december');
    const override = action(card, 'Boka ändå');
    const noReason = await t.click(USERS.admin, override.verb, { ...override.data, overrideReason: '  ' });
    expect(cardText(noReason.card)).toContain('Superadministratör: boka dagen ändå');
    const ok = await t.click(USERS.admin, override.verb, { ...override.data, overrideReason: 'Viktig krisinformation' });
    expect(cardText(ok.card)).toContain('Extra inlägg, skäl: Viktig krisinformation');
    const rows = await activeBookings(t, '2026-12-03');
    expect(rows.map((r) => r.override_reason)).toEqual([null, 'Viktig krisinformation']);
    expect(await activeBookings(t, '2026-12-02')).toHaveLength(1);
    const schedule = await t.say(USERS.louise, '/schema');
    expect(cardText(attachedCard(schedule.replies[0]))).toContain('Krisinformation om vattnet (Förvaltning ej angiven, Sara Superadmin) · extra: Viktig krisinformation');
  });

  test('/schedule and /schema show the coming four weeks; /mine and /mina list the editor\'s bookings with Move and Cancel', async () => {
    await t.say(USERS.louise, '/book 2026-12-03 Louises dag');
    await t.say(USERS.erik, '/book 2026-12-02 Eriks dag');
    for (const cmd of ['/schedule', '/schema']) {
      const card = attachedCard((await t.say(USERS.louise, cmd)).replies[0]);
      assertRendered(card);
      expect(cardText(card)).toContain('LinkedIn-schemat');
      expect(cardText(card)).toContain('Louises dag (Förvaltning ej angiven, Louise Lind)');
      expect(cardText(card)).toContain('2 av 28 dagar bokade');
    }
    for (const cmd of ['/mine', '/mina']) {
      const card = attachedCard((await t.say(USERS.louise, cmd)).replies[0]);
      assertRendered(card);
      expect(cardText(card)).toContain('Torsdag 3 december** · Louises dag');
      expect(cardText(card)).not.toContain('Eriks dag');
      expect(executeActions(card).map((a) => a.verb)).toEqual(['booking.move', 'booking.cancel', 'booking.form']);
    }
    const en = attachedCard((await t.say(USERS.louise, '/schedule', { locale: 'en-US' })).replies[0]);
    expect(cardText(en)).toContain('Thursday 3 December');
  });

  test('the owner moves a booking; a move to a full day offers the nearest free days instead', async () => {
    await t.say(USERS.erik, '/book 2026-12-10 Eriks dag');
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-03 Flyttas')).replies[0]);
    const move = action(card, 'Flytta hit');
    const full = await t.click(USERS.louise, move.verb, { ...move.data, moveTo: '2026-12-10' });
    expect(cardText(full.card)).toContain('Torsdag 10 december är redan bokad');
    expect(cardText(full.card)).toContain('”Flyttas” ligger kvar på torsdag 3 december');
    const alt = action(full.card, 'Onsdag 9 december');
    const moved = await t.click(USERS.louise, alt.verb, alt.data);
    expect(cardText(moved.card)).toContain('Flyttat från torsdag 3 december till onsdag 9 december');
    expect(cardText(moved.card)).toMatch(/Senast ändrad av Louise Lind/);
    expect((await activeBookings(t)).map((b) => [b.day, b.title])).toEqual([
      ['2026-12-09', 'Flyttas'],
      ['2026-12-10', 'Eriks dag'],
    ]);
  });

  test('a forged Action.Execute that cancels someone else\'s booking is refused and the booking stays', async () => {
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-03 Louises dag')).replies[0]);
    const cancel = action(card, 'Avboka');
    const forged = await t.click(USERS.erik, 'booking.cancel', { ...cancel.data, ownerId: USERS.erik.id, isSuperadmin: true });
    expect(cardText(forged.card)).toMatch(/Bara den som bokade, eller en superadmin/);
    const forgedMove = await t.click(USERS.erik, 'booking.move', { ...cancel.data, day: '2026-12-08' });
    expect(cardText(forgedMove.card)).toMatch(/Bara den som bokade/);
    const forgedEdit = await t.click(USERS.erik, 'booking.edit', { ...cancel.data, title: 'Kapad', department: 'Miljöförvaltningen', postType: 'inlagg', category: 'tips', goal: 'aktivera' });
    expect(cardText(forgedEdit.card)).toMatch(/Bara den som bokade/);
    const rows = await activeBookings(t);
    expect(rows).toEqual([expect.objectContaining({ day: '2026-12-03', title: 'Louises dag', version: 1 })]);
    const forgedConfirmed = await t.click(USERS.erik, 'booking.cancel', { ...cancel.data, confirmed: true });
    expect(cardText(forgedConfirmed.card)).toMatch(/Bara den som bokade/);
    expect(await activeBookings(t)).toHaveLength(1);
    const asked = await t.click(USERS.admin, 'booking.cancel', cancel.data);
    const yes = action(asked.card, 'Ja, avboka');
    const byAdmin = await t.click(USERS.admin, yes.verb, yes.data);
    expect(cardText(byAdmin.card)).toContain('Avbokad av Sara Superadmin');
    expect(await activeBookings(t)).toHaveLength(0);
  });

  test('a second click on a used form (a double-click) shows the same result card and books nothing more', async () => {
    const data = form('2026-12-03', 'En gång');
    const first = await t.click(USERS.louise, 'booking.submit', data);
    const second = await t.click(USERS.louise, 'booking.submit', data);
    expect(cardText(first.card)).toContain('Bokat: torsdag 3 december');
    expect(second.card).toEqual(first.card);
    expect(await activeBookings(t)).toHaveLength(1);
    // Changed since: the card shows how it is now, and says so.
    const edit = action(first.card, 'Spara');
    await t.click(USERS.louise, edit.verb, { ...edit.data, title: 'Ny rubrik', department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera' });
    const third = await t.click(USERS.louise, 'booking.submit', data);
    expect(cardText(third.card)).toContain('Den här bokningen gjordes redan och har ändrats sedan dess');
    expect(cardText(third.card)).toContain('Ny rubrik');
  });

  test('"Avboka" asks first; "Nej, behåll" leaves the booking, "Ja, avboka" cancels it', async () => {
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-03 Louises dag')).replies[0]);
    const asked = await t.click(USERS.louise, 'booking.cancel', action(card, 'Avboka').data);
    assertRendered(asked.card);
    expect(cardText(asked.card)).toContain('Avboka torsdag 3 december?');
    expect(cardText(asked.card)).toContain('”Louises dag” tas bort ur schemat och dagen blir ledig för andra.');
    expect(await activeBookings(t)).toHaveLength(1);
    const no = action(asked.card, 'Nej, behåll');
    const kept = await t.click(USERS.louise, no.verb, no.data);
    expect(cardText(kept.card)).toContain('Bokat: torsdag 3 december');
    expect(await activeBookings(t)).toHaveLength(1);
    const yes = action(asked.card, 'Ja, avboka');
    const done = await t.click(USERS.louise, yes.verb, yes.data);
    expect(cardText(done.card)).toContain('Avbokat: torsdag 3 december');
    expect(await activeBookings(t)).toHaveLength(0);

    // From /mina the answer is the list again.
    await t.say(USERS.louise, '/book 2026-12-08 Tisdag');
    const mine = attachedCard((await t.say(USERS.louise, '/mina')).replies[0]);
    const ask = await t.click(USERS.louise, 'booking.cancel', action(mine, 'Avboka').data);
    const keep = action(ask.card, 'Nej, behåll');
    expect(cardText((await t.click(USERS.louise, keep.verb, keep.data)).card)).toContain('Mina bokningar');
    const confirm = action(ask.card, 'Ja, avboka');
    const list = await t.click(USERS.louise, confirm.verb, confirm.data);
    expect(cardText(list.card)).toContain('Avbokat: tisdag 8 december');
    expect(cardText(list.card)).toContain('Du har inga kommande bokningar');
  });

  test('a stale card after a cancel shows the current state and changes nothing', async () => {
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-03 Avbokas')).replies[0]);
    const cancel = action((await t.click(USERS.louise, 'booking.cancel', action(card, 'Avboka').data)).card, 'Ja, avboka');
    const first = await t.click(USERS.louise, cancel.verb, cancel.data);
    expect(cardText(first.card)).toContain('Avbokat: torsdag 3 december');
    const again = await t.click(USERS.louise, cancel.verb, cancel.data);
    expect(cardText(again.card)).toMatch(/redan avbokad \(av Louise Lind\)/);
    const askAgain = await t.click(USERS.louise, 'booking.cancel', action(card, 'Avboka').data);
    expect(cardText(askAgain.card)).toMatch(/redan avbokad \(av Louise Lind\)/);
    const move = action(card, 'Flytta hit');
    const stale = await t.click(USERS.louise, move.verb, { ...move.data, moveTo: '2026-12-08' });
    expect(cardText(stale.card)).toMatch(/redan avbokad/);
    expect(await activeBookings(t)).toHaveLength(0);
    const edit = action(card, 'Spara');
    const staleEdit = await t.click(USERS.louise, edit.verb, { ...edit.data, title: 'Nytt', department: 'Kulturförvaltningen', postType: 'artikel', category: 'tips', goal: 'aktivera' });
    expect(cardText(staleEdit.card)).toMatch(/redan avbokad/);
    const row = await t.bot.db.query<{ title: string; status: string }>('select title, status from bookings');
    expect(row).toEqual([{ title: 'Avbokas', status: 'cancelled' }]);
  });

  test('the owner edits details from the confirmation card; an unknown department is refused', async () => {
    const card = attachedCard((await t.say(USERS.louise, '/book 2026-12-03 Utkast')).replies[0]);
    const save = action(card, 'Spara');
    const bad = await t.click(USERS.louise, save.verb, { ...save.data, title: 'X', department: 'Hittepåförvaltningen', postType: 'inlagg', category: 'tips', goal: 'aktivera' });
    expect(cardText(bad.card)).toMatch(/Inget har ändrats/);
    const ok = await t.click(USERS.louise, save.verb, { ...save.data, title: 'Färdig rubrik', department: 'Miljöförvaltningen', postType: 'artikel', category: 'utveckling', goal: 'informera', timeOfDay: '11:00' });
    const shown = cardText(ok.card);
    expect(shown).toContain('Ändringarna är sparade');
    expect(shown).toContain('Färdig rubrik');
    expect(shown).toContain('Typ: Artikel');
    expect(shown).toContain('Tid: 11:00');
  });

  test('forged and malformed card data get a polite answer and leave the data intact', async () => {
    await t.say(USERS.louise, '/book 2026-12-03 Orörd');
    const cases: [string, Record<string, unknown>][] = [
      ['booking.cancel', { bookingId: 'not-a-uuid', version: 1 }],
      ['booking.cancel', { bookingId: '00000000-0000-4000-8000-000000000000', version: 1 }],
      ['booking.move', { bookingId: "1'; drop table bookings; --", version: 'x' }],
      ['booking.submit', { day: '2026-12-04' }],
      ['booking.submit', { ...form('2026-12-04', 'X'), postType: 'sponsrat' }],
      ['no.such.verb', {}],
    ];
    for (const [verb, data] of cases) {
      const res = await t.click(USERS.louise, verb, data);
      expect(res.status).toBe(200);
      assertRendered(res.card);
      expect(cardText(res.card)).toMatch(/Inget har ändrats|Jag hittar inte|Välj förvaltning/);
    }
    expect((await activeBookings(t)).map((b) => b.title)).toEqual(['Orörd']);
  });

  test('20 editors booking one free day at the same moment: exactly one wins, the others get alternatives', async () => {
    const editors = Array.from({ length: 20 }, (_, i) => ({ id: `aad-editor-${i}`, name: `Redaktör ${i}` }));
    const results = await Promise.all(editors.map((e) => t.click(e, 'booking.submit', form('2026-12-03', `Inlägg från ${e.name}`))));
    const won = results.filter((r) => cardText(r.card).includes('Bokat:'));
    const refused = results.filter((r) => cardText(r.card).includes('är redan bokad'));
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(19);
    expect(await activeBookings(t, '2026-12-03')).toHaveLength(1);
  });

  test('bookings survive a restart of the bot on the same storage', async () => {
    await t.say(USERS.louise, '/book 2026-12-03 Finns kvar');
    await t.restart();
    const card = attachedCard((await t.say(USERS.louise, '/mine')).replies[0]);
    expect(cardText(card)).toContain('Finns kvar');
  });

  test('the schedule card the bot last posted in the channel is updated in place after a change', async () => {
    await t.say(USERS.louise, '/schema', { where: 'channel', delivery: 'normal' });
    await t.idle();
    const posted = t.connector.sent().at(-1)!;
    expect(posted.path.startsWith(`/v3/conversations/${encodeURIComponent(SAV_CHANNEL)}/activities`)).toBe(true);
    expect(cardText(posted.body.attachments[0].content)).toContain('0 av 28 dagar bokade');
    await t.say(USERS.erik, '/book 2026-12-03 Syns i kanalen');
    await t.idle();
    // The update is coalesced: it comes a moment later, by the scheduler.
    expect(t.connector.updates()).toHaveLength(0);
    await t.later(3);
    const update = t.connector.updates().at(-1)!;
    expect(update.path).toBe(`/v3/conversations/${encodeURIComponent(SAV_CHANNEL)}/activities/sent-1`);
    expect(cardText(update.body.attachments[0].content)).toContain('Syns i kanalen (Förvaltning ej angiven, Erik Berg)');
    const cancel = action(attachedCard((await t.say(USERS.erik, '/mine')).replies[0]), 'Avboka');
    const yes = action((await t.click(USERS.erik, cancel.verb, cancel.data)).card, 'Ja, avboka');
    await t.click(USERS.erik, yes.verb, yes.data);
    await t.later(3);
    expect(cardText(t.connector.updates().at(-1)!.body.attachments[0].content)).toContain('0 av 28 dagar bokade');
  });

  test('many bookings in quick succession update the channel\'s schedule card once, and a later one again', async () => {
    await t.say(USERS.louise, '/schema', { where: 'channel', delivery: 'normal' });
    await t.idle();
    const editors = [USERS.louise, USERS.erik, USERS.admin];
    await Promise.all(editors.map((u, i) => t.say(u, `/book 2026-12-0${i + 1} Samtidigt ${i + 1}`)));
    await t.say(USERS.louise, '/book 2026-12-07 Strax efter');
    await t.idle();
    expect(t.connector.updates()).toHaveLength(0);
    await t.later(3);
    expect(t.connector.updates()).toHaveLength(1);
    const card = cardText(t.connector.updates()[0].body.attachments[0].content);
    for (const title of ['Samtidigt 1', 'Samtidigt 2', 'Samtidigt 3', 'Strax efter']) expect(card).toContain(title);
    // Nothing more is due, and a change after the update gets an update of its own.
    await t.later(10);
    expect(t.connector.updates()).toHaveLength(1);
    await t.say(USERS.erik, '/book 2026-12-08 Senare');
    await t.later(3);
    expect(t.connector.updates()).toHaveLength(2);
    expect(cardText(t.connector.updates()[1].body.attachments[0].content)).toContain('Senare');
  });

  test('the schedule card\'s buttons open the form as a new message and refresh the card', async () => {
    const res = await t.click(USERS.louise, 'schedule.book', {}, { where: 'channel' });
    expect(cardText(res.card)).toContain('LinkedIn-schemat');
    await t.idle();
    const sent = t.connector.sent().at(-1)!;
    expect(cardText(sent.body.attachments[0].content)).toContain('Boka en dag i LinkedIn-schemat');
    const refreshed = await t.click(USERS.louise, 'schedule.refresh', {});
    expect(cardText(refreshed.card)).toMatch(/Uppdaterat måndag 23 november kl\. 09:00/);
  });

  test('a retried activity with the same id is handled once', async () => {
    const a = await t.say(USERS.louise, '/book 2026-12-03 En gång', { id: 'retry-1' });
    const b = await t.say(USERS.louise, '/book 2026-12-03 En gång', { id: 'retry-1' });
    expect(a.replies).toHaveLength(1);
    expect(b.replies).toHaveLength(0);
    expect(await activeBookings(t)).toHaveLength(1);
  });

  test('a malformed request body gets a 4xx and no reply', async () => {
    const res = await fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  test('GET /healthz answers 200 with the database reachable', async () => {
    const res = await fetch(`${t.bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});

describe('the health check', () => {
  test('GET /healthz answers 503 when the database is unreachable', async () => {
    const t = await TestBot.start({ now: NOW });
    try {
      await t.bot.db.close();
      const res = await fetch(`${t.bot.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'database unreachable' });
    } finally {
      // The database is already closed; stop the rest.
      await t.close().catch(() => undefined);
    }
  });
});

describe('editors are the members of the SAV team when SAV_TEAM_ID is set', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await TestBot.start({ now: NOW, env: { SAV_TEAM_ID: SAV_TEAM } });
  });
  beforeEach(async () => {
    await t.reset(NOW);
  });
  afterAll(async () => {
    await t.close();
  });

  test('someone outside the team cannot book, in chat or with a forged card', async () => {
    const chat = await t.say(USERS.outsider, '/book 2026-12-03 Utifrån');
    expect(chat.replies[0].text).toMatch(/bara redaktörerna i SAV-nätverket/i);
    const card = await t.click(USERS.outsider, 'booking.submit', form('2026-12-03', 'Utifrån'));
    expect(cardText(card.card)).toMatch(/bara redaktörerna/i);
    expect(await activeBookings(t)).toHaveLength(0);
  });

  test('a team member is recognised in the channel, and in personal chat through Teams', async () => {
    const inChannel = await t.say(USERS.louise, '/book 2026-12-03 Från kanalen', { where: 'channel' });
    expect(cardText(attachedCard(inChannel.replies[0]))).toContain('Bokat');
    t.connector.addTeamMember(SAV_TEAM, USERS.erik);
    const personal = await t.say(USERS.erik, '/book 2026-12-04 kl 10:00 Från chatten');
    expect(cardText(attachedCard(personal.replies[0]))).toContain('Bokat');
    expect(await activeBookings(t)).toHaveLength(2);
  });
});
