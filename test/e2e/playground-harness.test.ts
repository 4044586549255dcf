/**
 * Proves the Playground harness (test/support/playground.ts) against a tiny echo bot:
 * Playground + headless Chromium, personal chat, an Adaptive Card with Input.Text / Input.Date /
 * Input.ChoiceSet and Action.Execute (card replaced from the invoke response), updateActivity, and an
 * @mention post in the team channel "SAV".
 * Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH): skipped locally without it, fails in CI.
 */
import { EchoBot, startEchoBot } from '../support/echoBot';
import {
  OpenBrowser,
  RunningPlayground,
  clickCardButton,
  describeWithChromium,
  fillCardInput,
  openBrowser,
  selectConversation,
  sendMessage,
  startPlayground,
  waitForText,
} from '../support/playground';

describeWithChromium('Playground harness (e2e)', () => {
  let bot: EchoBot;
  let pg: RunningPlayground;
  let b: OpenBrowser;

  beforeAll(async () => {
    bot = await startEchoBot({ log: false });
    pg = await startPlayground({ botEndpoint: bot.endpoint });
    b = await openBrowser();
    await b.page.goto(pg.url);
  }, 45_000);

  afterAll(async () => {
    if (b?.page && process.env.E2E_SCREENSHOT) await b.page.screenshot({ path: process.env.E2E_SCREENSHOT });
    await b?.close();
    await pg?.stop();
    await bot?.stop();
  });

  test('echo in personal chat, as Louise Lind from the mock data', async () => {
    await sendMessage(b.page, 'hej hej');
    await waitForText(b.page, 'Echo: hej hej');
    const msg = bot.activities.find((a) => a.type === 'message' && a.text === 'hej hej');
    expect(msg).toMatchObject({
      from: { id: '29:louise-lind', name: 'Louise Lind', aadObjectId: '5e0b1a2c-0000-4000-8000-000000000001' },
      conversation: { conversationType: 'personal', id: 'a:sav-personal-chat-louise-lind' },
      serviceUrl: pg.serviceUrl,
      channelId: 'msteams',
    });
  });

  test('card: fill Input.Text, Input.Date, Input.ChoiceSet; Action.Execute replaces the card', async () => {
    await sendMessage(b.page, '/card');
    await waitForText(b.page, 'Testkort');
    await fillCardInput(b.page, { label: 'Rubrik' }, 'Vårkampanj');
    await fillCardInput(b.page, { id: 'date' }, '2026-12-01');
    await fillCardInput(b.page, { label: 'Kanal' }, 'Instagram');
    const response = await clickCardButton(b.page, 'Skicka');
    // The Playground answers its invoke call with the bot's response body minus statusCode.
    expect(response).toMatchObject({ type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard' } });
    await waitForText(b.page, 'Mottaget: Vårkampanj | 2026-12-01 | instagram');

    const invoke = bot.activities.find((a) => a.type === 'invoke');
    expect(invoke?.name).toBe('adaptiveCard/action');
    expect(invoke?.value).toEqual({
      action: {
        type: 'Action.Execute',
        title: 'Skicka',
        verb: 'submit',
        data: { kind: 'echo', title: 'Vårkampanj', date: '2026-12-01', channel: 'instagram' },
      },
    });
    // The old card is gone: the Skicka button no longer exists.
    const pane = b.page.locator('[data-e2e-pane="conversation"]');
    await expect(pane.getByRole('button', { name: 'Skicka', exact: true }).count()).resolves.toBe(0);
  });

  test('updateActivity replaces a sent message in place', async () => {
    await sendMessage(b.page, '/update');
    await waitForText(b.page, 'Version 2');
    const pane = b.page.locator('[data-e2e-pane="conversation"]');
    await expect(pane.innerText()).resolves.not.toContain('Version 1');
  });

  test('team channel: a post that @mentions the bot reaches it with team and channel ids', async () => {
    await selectConversation(b.page, 'SAV-nätverket - SAV');
    await sendMessage(b.page, 'hej kanalen', { mention: 'SAV-boten' });
    await waitForText(b.page, 'Echo: hej kanalen');
    const msg = bot.activities.find((a) => a.type === 'message' && a.text?.includes('hej kanalen'));
    expect(msg?.text).toBe('<at>SAV-boten</at> hej kanalen');
    expect(msg?.conversation).toMatchObject({ conversationType: 'channel', isGroup: true });
    expect(msg?.conversation?.id).toMatch(/^19:sav-kanal@thread\.tacv2;messageid=\d+$/);
    expect(msg?.channelData).toMatchObject({
      team: { id: '19:sav-natverket-general@thread.tacv2' },
      channel: { id: '19:sav-kanal@thread.tacv2' },
    });
  });
});
