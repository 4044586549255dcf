/**
 * A reminder in a real Teams client: the LinkedIn simulator gets a question, the bot polls it and sends a
 * reminder card to the Agents Playground, and a click on Besvarad updates the card in place.
 */
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { clickCardButton, describeWithChromium, waitForText } from '../support/playground';
import { PlaygroundSession, startPlaygroundSession } from '../support/e2e';

// Louise Lind in .m365agentsplayground.yml.
const PLAYGROUND_LOUISE = '5e0b1a2c-0000-4000-8000-000000000001';

describeWithChromium('a reminder card in the Agents Playground (e2e)', () => {
  let sim: LinkedInSimulator;
  let s: PlaygroundSession;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    s = await startPlaygroundSession({
      // Monday 10:00: reminders wait for working time.
      now: '2026-11-23T10:00:00+01:00',
      env: {
        SUPERADMINS: PLAYGROUND_LOUISE,
        LINKEDIN_ACCESS_TOKEN: 'sim-token',
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    await sim?.stop();
  });

  test('a question on LinkedIn becomes a reminder card, and Besvarad updates it in place', async () => {
    // The Playground has told the bot about Louise's personal chat when the page loaded.
    await waitForText(s.b.page, /.*/);
    for (let i = 0; i < 50 && (await s.t.bot.db.query("select 1 from conversations where conversation_type = 'personal'")).length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const post = sim.addPost({ text: 'Välkommen till vårt traineeprogram!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:asker', text: 'Hur många platser finns det i traineeprogrammet?', createdAt: new Date('2026-11-23T10:00:00+01:00') });
    await s.t.tick();
    await waitForText(s.b.page, 'Hur många platser finns det i traineeprogrammet?', 20_000);
    await waitForText(s.b.page, 'Svara senast');
    await clickCardButton(s.b.page, 'Besvarad');
    await waitForText(s.b.page, /Besvarad av Louise Lind/);
    const rows = await s.t.bot.db.query<{ status: string; closed_by_name: string }>('select status, closed_by_name from comments');
    expect(rows).toEqual([{ status: 'answered', closed_by_name: 'Louise Lind' }]);
  });
});
