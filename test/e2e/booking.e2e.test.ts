/**
 * The main booking flow in a real Teams client: the Microsoft 365 Agents Playground driven in headless
 * Chromium, talking to the real bot over HTTP on real storage. Type /book, fill the form, book, see the
 * confirmation card. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH): fails in CI without it.
 */
import { clickCardButton, describeWithChromium, fillCardInput, sendMessage, waitForText } from '../support/playground';
import { PlaygroundSession, startPlaygroundSession } from '../support/e2e';

describeWithChromium('booking in the Agents Playground (e2e)', () => {
  let s: PlaygroundSession;

  beforeAll(async () => {
    s = await startPlaygroundSession();
  }, 60_000);

  afterAll(async () => {
    await s?.close();
  });

  test('an editor types /book, fills the form, books and sees the confirmation card', async () => {
    await sendMessage(s.b.page, '/book');
    await waitForText(s.b.page, 'Boka en dag i LinkedIn-schemat');
    await waitForText(s.b.page, 'Torsdag 3 december');
    await fillCardInput(s.b.page, { label: 'Dag' }, '2026-12-03');
    await fillCardInput(s.b.page, { label: 'Rubrik' }, 'Möt vårdhunden Chili');
    await fillCardInput(s.b.page, { label: 'Förvaltning' }, 'Vård- och omsorgsförvaltningen');
    await fillCardInput(s.b.page, { label: 'Kategori' }, 'Vardagsberättelser om människor');
    await fillCardInput(s.b.page, { label: 'Mål' }, 'Engagera');
    await clickCardButton(s.b.page, 'Boka');
    await waitForText(s.b.page, 'Bokat: torsdag 3 december');
    await waitForText(s.b.page, 'Louise Lind, måndag 23 november kl. 09:00');
    const rows = await s.t.bot.db.query<{ day: string; title: string; owner_name: string; department: string; goal: string }>(
      `select day, title, owner_name, department, goal from bookings where status = 'active'`,
    );
    expect(rows).toEqual([{ day: '2026-12-03', title: 'Möt vårdhunden Chili', owner_name: 'Louise Lind', department: 'Vård- och omsorgsförvaltningen', goal: 'engagera' }]);
  });
});
