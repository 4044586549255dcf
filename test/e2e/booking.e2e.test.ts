/**
 * The main booking flow in a real Teams client: the Microsoft 365 Agents Playground driven in headless
 * Chromium, talking to the real bot over HTTP on real storage. Type /book, fill the form, book, see the
 * confirmation card. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH): fails in CI without it.
 */
import { TestBot } from '../support/bot';
import {
  clickCardButton,
  describeWithChromium,
  fillCardInput,
  OpenBrowser,
  openBrowser,
  RunningPlayground,
  sendMessage,
  startPlayground,
  waitForText,
} from '../support/playground';

describeWithChromium('booking in the Agents Playground (e2e)', () => {
  let t: TestBot;
  let pg: RunningPlayground;
  let b: OpenBrowser;

  beforeAll(async () => {
    // The Playground always reports en-US; the city's editors get Swedish.
    t = await TestBot.start({ env: { BOT_LANGUAGE: 'sv' } });
    pg = await startPlayground({ botEndpoint: `${t.bot.url}/api/messages` });
    b = await openBrowser();
    await b.page.goto(pg.url);
  }, 60_000);

  afterAll(async () => {
    if (b?.page && process.env.E2E_SCREENSHOT) await b.page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true });
    await b?.close();
    await pg?.stop();
    await t?.close();
  });

  test('an editor types /book, fills the form, books and sees the confirmation card', async () => {
    await sendMessage(b.page, '/book');
    await waitForText(b.page, 'Boka en dag i LinkedIn-schemat');
    await waitForText(b.page, 'Torsdag 3 december');
    await fillCardInput(b.page, { label: 'Dag' }, '2026-12-03');
    await fillCardInput(b.page, { label: 'Rubrik' }, 'Möt vårdhunden Chili');
    await fillCardInput(b.page, { label: 'Förvaltning' }, 'Vård- och omsorgsförvaltningen');
    await fillCardInput(b.page, { label: 'Innehållskategori' }, 'Vardagsberättelser om människor');
    await fillCardInput(b.page, { label: 'Mål' }, 'Engagera');
    await clickCardButton(b.page, 'Boka');
    await waitForText(b.page, 'Bokat: torsdag 3 december');
    await waitForText(b.page, 'Louise Lind, måndag 23 november kl. 09:00');
    const rows = await t.bot.db.query<{ day: string; title: string; owner_name: string; department: string; goal: string }>(
      `select day, title, owner_name, department, goal from bookings where status = 'active'`,
    );
    expect(rows).toEqual([{ day: '2026-12-03', title: 'Möt vårdhunden Chili', owner_name: 'Louise Lind', department: 'Vård- och omsorgsförvaltningen', goal: 'engagera' }]);
  });
});
