/**
 * The follow-up card in the Microsoft 365 Agents Playground (headless Chromium): does this client draw the
 * Teams chart elements (Chart.VerticalBar.Grouped, Chart.Donut) or fall back to their FactSet tables? Either
 * way the numbers must be readable. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH).
 */
import { describeWithChromium, lastCard, sendMessage, waitForText } from '../support/playground';
import { PlaygroundSession, startPlaygroundSession } from '../support/e2e';
import { USERS } from '../support/bot';

describeWithChromium('the follow-up card in the Agents Playground (e2e)', () => {
  let s: PlaygroundSession;

  beforeAll(async () => {
    s = await startPlaygroundSession();
    // Two bookings this month, so the posts chart has something to draw.
    for (const [day, department] of [['2026-11-24', 'Kulturförvaltningen'], ['2026-11-26', 'Socialförvaltningen']]) {
      await s.t.click(USERS.louise, 'booking.submit', { requestId: `r-${day}`, day, title: `Inlägg ${day}`, department, postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    }
  }, 240_000);

  afterAll(async () => {
    await s?.close();
  });

  test('/uppföljning denna shows the card; the charts are drawn (or their tables shown) with the numbers', async () => {
    await sendMessage(s.b.page, '/uppföljning denna');
    await waitForText(s.b.page, 'Uppföljning november 2026');
    const card = await lastCard(s.b.page);
    await waitForText(s.b.page, 'Kulturförvaltningen');
    const text = (await card.innerText()).replace(/\u00a0/g, ' ');
    // The Playground draws Chart.VerticalBar.Grouped itself (an svg with the axis and its title), so the
    // fallback table is not shown; the network's facts carry the totals as text either way.
    expect(await card.locator('svg').count()).toBeGreaterThan(0);
    expect(text).toContain('Förvaltning');
    expect(text).not.toContain('1 bokade');
    expect(text).toContain('2 bokade (oktober: 0 bokade)');
  }, 120_000);
});
