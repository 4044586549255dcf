import { cardText } from '../support/cards';
import { SAV_CHANNEL, TestBot, USERS } from '../support/bot';

/** Readiness that means something, and a message given up for good is shown, never only logged. */
describe('readiness and given-up messages', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await TestBot.start({ env: { OUTBOX_RETRY_HOURS: '0.5' } });
  });
  beforeEach(async () => {
    await t.reset();
  });
  afterAll(async () => {
    await t.close();
  });

  const readyz = async () => {
    const res = await fetch(`${t.bot.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { ready: boolean; checks: { name: string; ok: boolean; detail: string }[] } };
  };
  const check = (body: Awaited<ReturnType<typeof readyz>>['body'], name: string) => body.checks.find((c) => c.name === name);

  test('/readyz is 503 until the scheduler has ticked, 200 while it ticks, and 503 again when it stops', async () => {
    const before = await readyz();
    expect(before.status).toBe(503);
    expect(check(before.body, 'scheduler')).toMatchObject({ ok: false, detail: 'has not ticked yet' });
    await t.tick();
    const ticking = await readyz();
    expect(ticking).toMatchObject({ status: 200, body: { ready: true } });
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
    // Five minutes without a tick: alive (healthz) but not doing its work.
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString());
    const stalled = await readyz();
    expect(stalled.status).toBe(503);
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
  });

  test('a channel card that Teams refuses for longer than the retry horizon is given up and shown to the superadmins; /readyz and /status say the outbox is stuck meanwhile', async () => {
    await t.say(USERS.admin, '/hjälp');
    await t.say(USERS.erik, '/schema', { where: 'channel' });
    await t.bot.outbox.enqueue({ key: 'reminder:test:channel', target: { kind: 'channel' }, activity: { type: 'message', text: 'Påminnelse' } });
    t.connector.failWhile((call) => (call.path.includes(encodeURIComponent(SAV_CHANNEL)) ? { status: 503 } : null));
    const start = t.clock.now().getTime();
    for (let m = 0; m <= 20; m += 1) await t.at(new Date(start + m * 60_000).toISOString());
    const stuck = await readyz();
    expect(stuck.status).toBe(503);
    expect(check(stuck.body, 'outbox')).toMatchObject({ ok: false });
    const status = cardText((await t.say(USERS.admin, '/status')).replies[0].attachments[0].content);
    expect(status).toMatch(/✗ Utskick: 1 meddelanden har väntat mer än 15 minuter \(det äldsta sedan måndag 23 november kl\. 09:00\)/);
    for (let m = 21; m <= 40; m += 1) await t.at(new Date(start + m * 60_000).toISOString());
    t.connector.failWhile(null);
    expect(await t.bot.outbox.get('reminder:test:channel')).toMatchObject({ status: 'failed', lastStatus: 503 });
    const toAdmin = t.connector
      .delivered()
      .filter((c) => c.path.includes(encodeURIComponent(`a:personal-${USERS.admin.id}`)))
      .map((c) => cardText(c.body.attachments?.[0]?.content));
    expect(toAdmin.filter((x) => x.includes('Ett meddelande kunde inte levereras'))).toHaveLength(1);
    expect(toAdmin.find((x) => x.includes('Ett meddelande kunde inte levereras'))).toMatch(/en påminnelse om en obesvarad fråga till SAV-kanalen.*503/s);
  });

  test('/status shows each recurring job with its last success and next run', async () => {
    await t.tick();
    const status = cardText((await t.say(USERS.admin, '/status')).replies[0].attachments[0].content);
    expect(status).toContain('Drift');
    expect(status).toMatch(/✓ Gallringen av kommentarstext: senast lyckad måndag 23 november kl\. 09:00, nästa tisdag 24 november kl\. 09:00/);
  });
});
