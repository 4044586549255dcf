import os from 'node:os';
import { action } from '../support/cards';
import { SAV_CHANNEL, TestBot, USERS } from '../support/bot';

const SECRET_TEXT = 'hemligt-innehall-7f3a';

/** Size limits, per-person limits, coalesced reports, what the log may hold, loopback in development. */
describe('limits and what is logged', () => {
  let t: TestBot;

  beforeAll(async () => {
    t = await TestBot.start({ captureLogs: true, env: { COMMANDS_PER_MINUTE: '30', REPORTS_PER_10_MINUTES: '5', PUBLIC_BASE_URL: 'http://127.0.0.1:1' } });
  });
  beforeEach(async () => {
    await t.reset();
    t.logs.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  test('a body over 256 KB is refused with 413; a quick booking title over 200 characters is refused politely', async () => {
    const huge = { type: 'message', text: 'x'.repeat(300 * 1024) };
    const res = await fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(huge) });
    expect(res.status).toBe(413);
    const long = await t.say(USERS.louise, `/book 2026-12-03 ${'Rubrik '.repeat(50)}`);
    expect(long.replies[0].text).toMatch(/Rubriken får vara högst 200 tecken \(din har 349\)/);
    expect(await t.bot.db.query('select id from bookings')).toEqual([]);
  });

  test('one person may send 30 commands a minute; the 31st is refused politely and logged, the next minute works again', async () => {
    for (let i = 0; i < 30; i++) expect((await t.say(USERS.erik, '/hjälp')).replies[0].text).toContain('SAV-boten');
    const refused = await t.say(USERS.erik, '/hjälp');
    expect(refused.replies[0].text).toMatch(/många kommandon på kort tid/);
    expect(t.logs.some((l) => l.includes('rate limit: refused'))).toBe(true);
    // Someone else is not held up.
    expect((await t.say(USERS.louise, '/hjälp')).replies[0].text).toContain('SAV-boten');
    t.clock.set(new Date(t.clock.now().getTime() + 61_000).toISOString());
    expect((await t.say(USERS.erik, '/hjälp')).replies[0].text).toContain('SAV-boten');
  });

  test('reports: identical reports of one comment make one case; the sixth report in ten minutes is refused', async () => {
    await t.say(USERS.admin, '/hjälp');
    const report = async (who: typeof USERS.erik, text: string) => {
      const form = (await t.say(who, '/rapportera')).replies[0].attachments[0].content;
      const send = action(form, 'Rapportera');
      return t.click(who, send.verb, { ...send.data, category: 'spam', text, authorName: 'Spambot', commentUrl: '' });
    };
    await report(USERS.erik, 'Tjäna 5000 kr om dagen! Klicka här: http://snabbapengar.example');
    const same = await report(USERS.louise, '  tjäna 5000 kr om dagen!   Klicka här: http://snabbapengar.example ');
    expect(JSON.stringify(same.card)).toContain('redan gjord');
    expect(await t.bot.db.query('select id from escalations')).toHaveLength(1);
    expect(await t.bot.db.query('select id from evidence')).toHaveLength(1);
    for (let i = 0; i < 4; i++) await report(USERS.erik, `Spam nummer ${i}: köp billiga klockor på http://klockor.example/${i}`);
    const sixth = await report(USERS.erik, 'Spam nummer 5: köp billiga klockor');
    expect(JSON.stringify(sixth.card)).toMatch(/många kommandon på kort tid/);
    expect(await t.bot.db.query('select id from escalations')).toHaveLength(5);
  });

  test('the log holds ids and lengths, never what a person wrote or a signed link', async () => {
    await t.say(USERS.erik, `/nonsens ${SECRET_TEXT} ${'x'.repeat(10_000)}`);
    await t.click(USERS.erik, 'booking.submit', { requestId: 'r-1', day: SECRET_TEXT, title: SECRET_TEXT.repeat(100) });
    await t.say(USERS.erik, `/book ${SECRET_TEXT}`);
    const signed = `/api/files/00000000-0000-4000-8000-000000000000?exp=9999999999&sig=${'ab'.repeat(32)}`;
    expect((await fetch(`${t.bot.url}${signed}`)).status).toBe(403);
    const all = t.logs.join('\n');
    expect(all).toContain('unknown command');
    expect(all).toContain('invalid card data');
    expect(all).not.toContain(SECRET_TEXT);
    expect(all).not.toContain('sig=');
    expect(Math.max(...t.logs.map((l) => l.length))).toBeLessThan(2_000);
  });

  test('without an app id the bot listens on loopback only, and says so', async () => {
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (outside) {
      const reached = await fetch(`http://${outside.address}:${t.bot.port}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
        () => true,
        () => false,
      );
      expect(reached).toBe(false);
    }
    expect((await fetch(`http://127.0.0.1:${t.bot.port}/healthz`)).status).toBe(200);
  });

  test('added to another team, the bot keeps the SAV channel where it is', async () => {
    await t.membersChanged({ added: ['bot'] });
    const [known] = await t.bot.db.query<{ value: string }>(`select value from settings where key = 'sav_channel'`);
    expect(known.value).toBe(SAV_CHANNEL);
    const other = await t.post({
      type: 'conversationUpdate',
      id: 'other-install',
      channelId: 'msteams',
      serviceUrl: t.connector.url,
      from: { id: '29:aad-someone', aadObjectId: 'aad-someone', name: 'Någon' },
      recipient: { id: '28:sav-boten' },
      conversation: { id: '19:other@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { team: { id: 'team-other' }, channel: { id: '19:other@thread.tacv2' }, tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
      membersAdded: [{ id: '28:sav-boten' }],
    });
    expect(other.status).toBe(200);
    const [still] = await t.bot.db.query<{ value: string }>(`select value from settings where key = 'sav_channel'`);
    expect(still.value).toBe(SAV_CHANNEL);
    expect(t.logs.some((l) => l.includes('not the SAV team'))).toBe(true);
  });
});
