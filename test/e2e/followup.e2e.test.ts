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
  }, 60_000);

  afterAll(async () => {
    await s?.close();
  });

  test('/uppföljning denna shows the card; the charts are drawn (or their tables shown) with the numbers', async () => {
    await sendMessage(s.b.page, '/uppföljning denna');
    await waitForText(s.b.page, 'Uppföljning november 2026');
    const card = await lastCard(s.b.page);
    await waitForText(s.b.page, 'Inlägg per förvaltning');
    const drawn = await card.locator('svg').count();
    const text = (await card.innerText()).replace(/\u00a0/g, ' ');
    // Drawn: the chart's own svg. Not drawn: the fallback FactSet with the same figures as text.
    if (drawn === 0) expect(text).toMatch(/Kulturförvaltningen\s*:?\s*1 bokade/);
    else expect(text).toContain('Kulturförvaltningen');
    expect(text).toContain('2 bokade');
    // Recorded for the report: which one this client did.
    console.log(`Agents Playground: ${drawn > 0 ? `chart drawn (${drawn} svg elements)` : 'fallback table shown'}`);
  });
});
