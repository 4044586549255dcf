import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator, LinkedInSimulatorOptions, SimOAuthOptions } from '../../scripts/linkedinSimulator';
import { TokenSeal } from '../../src/linkedin/tokenSeal';
import { assertRendered, cardText } from '../support/cards';
import { SAV_CHANNEL, SAV_TEAM, TestBot, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const NOW = '2026-11-23T10:00:00+01:00';
const DAY = 86_400_000;
const KEY = randomBytes(32).toString('base64');
const adminChat = `a:personal-${USERS.admin.id}`;
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

/** A port nobody listens on, so the bot's PUBLIC_BASE_URL (the OAuth redirect) can name it before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('/koppla linkedin: the LinkedIn connection is made from Teams and stays alive', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;
  const app: SimOAuthOptions = { clientId: 'sav-app', clientSecret: 'sav-app-secret' };
  // The simulator reads its options per request, so the tests can change them; it keeps the bot's time.
  const simOptions: LinkedInSimulatorOptions = { oauth: app, clock: { now: () => (t ? t.clock.now() : new Date(NOW)) } };

  beforeAll(async () => {
    const port = await freePort();
    sim = await startLinkedInSimulator(simOptions);
    t = await TestBot.start({
      now: NOW,
      captureLogs: true,
      env: {
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
        LINKEDIN_API_BASE_URL: sim.baseUrl,
        LINKEDIN_OAUTH_BASE_URL: sim.oauthBaseUrl,
        LINKEDIN_CLIENT_ID: app.clientId,
        LINKEDIN_CLIENT_SECRET: app.clientSecret,
        TOKEN_ENCRYPTION_KEY: KEY,
      },
    });
  });
  beforeEach(async () => {
    await t.reset(NOW);
    sim.requests.length = 0;
    sim.oauthRequests.length = 0;
    sim.state.issuedTokens.length = 0;
    app.grantRefreshTokens = false;
    app.denyConsent = false;
    await t.say(USERS.admin, '/hjälp');
    t.connector.calls.length = 0;
    t.logs.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  /** `/koppla linkedin` as the superadmin: the sign-in card's link. */
  async function signInLink(): Promise<string> {
    const { replies } = await t.say(USERS.admin, '/koppla linkedin');
    const card = replies[0].attachments[0].content;
    assertRendered(card);
    expect(cardText(card)).toContain('Koppla LinkedIn-sidan');
    const open = card.actions.find((a: any) => a.type === 'Action.OpenUrl');
    expect(open.title).toBe('Logga in på LinkedIn');
    return open.url;
  }

  /** The browser: LinkedIn's sign-in redirects back to the bot's callback. */
  async function followSignIn(link: string): Promise<{ callback: string; status: number; html: string }> {
    const atLinkedIn = await fetch(link, { redirect: 'manual' });
    expect(atLinkedIn.status).toBe(302);
    const callback = atLinkedIn.headers.get('location')!;
    expect(callback.startsWith(`${t.bot.url}/api/linkedin/callback?`)).toBe(true);
    const page = await fetch(callback);
    return { callback, status: page.status, html: await page.text() };
  }

  const toAdmin = () => t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(adminChat))).map((c) => cardText(cardOf(c)));

  test('a superadmin signs in through the card; the token is stored encrypted, never logged, used by the poll and shown in /status', async () => {
    const link = await signInLink();
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(`${sim.oauthBaseUrl}/authorization`);
    expect(url.searchParams.get('client_id')).toBe('sav-app');
    expect(url.searchParams.get('redirect_uri')).toBe(`${t.bot.url}/api/linkedin/callback`);
    expect(url.searchParams.get('scope')).toContain('r_organization_social_feed');
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);

    const { callback, status, html } = await followSignIn(link);
    expect(status).toBe(200);
    expect(html).toContain('LinkedIn-sidan är kopplad till SAV-boten');
    expect(html).toContain('fredag 22 januari 2027'); // 60 days on
    // The code was traded with the app's credentials, once.
    const trade = sim.oauthRequests.find((r) => r.path === '/oauth/v2/accessToken')!;
    expect(trade.form).toMatchObject({ grant_type: 'authorization_code', client_id: 'sav-app', client_secret: 'sav-app-secret', redirect_uri: `${t.bot.url}/api/linkedin/callback` });
    const token = sim.state.issuedTokens.find((x) => x.kind === 'access')!.token;

    // At rest: sealed (AES-256-GCM), opens with the configured key only.
    const [row] = await t.bot.db.query<{ access_token_sealed: string; access_expires_at: Date; connected_by_id: string }>('select * from linkedin_pages');
    expect(row.connected_by_id).toBe(USERS.admin.id);
    expect(row.access_token_sealed).not.toContain(token);
    expect(TokenSeal.fromConfig(KEY).open(row.access_token_sealed)).toBe(token);
    expect(TokenSeal.fromConfig(randomBytes(32).toString('base64')).open(row.access_token_sealed)).toBeNull();
    expect(row.access_expires_at.toISOString()).toBe(new Date(new Date(NOW).getTime() + 60 * DAY).toISOString());

    // The superadmins are told; the poll calls LinkedIn with the new token.
    await t.tick();
    expect(toAdmin().some((x) => x.includes('Sara Superadmin kopplade LinkedIn-sidan. Token är giltig till fredag 22 januari 2027 kl. 10:00.'))).toBe(true);
    expect(sim.requests.length).toBeGreaterThan(0);
    for (const r of sim.requests) expect(r.headers.authorization).toBe(`Bearer ${token}`);

    const statusCard = (await t.say(USERS.admin, '/status')).replies[0].attachments[0].content;
    assertRendered(statusCard);
    expect(cardText(statusCard)).toContain('LinkedIn-token giltig till: fredag 22 januari 2027 kl. 10:00');

    // Nothing secret in any log line: not the token, not the one-time code.
    const code = new URL(callback).searchParams.get('code')!;
    const logs = t.logs.join('\n');
    expect(logs).toContain('LinkedIn page connected');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(code);
  });

  test('a forged, repeated or expired sign-in, and a cancelled consent, get a polite page and change nothing', async () => {
    const link = await signInLink();
    const { callback, status } = await followSignIn(link);
    expect(status).toBe(200);
    const connectedAt = (await t.bot.db.query<{ connected_at: Date }>('select connected_at from linkedin_pages'))[0].connected_at;

    // The same callback again (a reload, a replay): the state is used.
    const again = await fetch(callback);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Länken har redan använts eller gått ut');
    // A state the bot never gave (CSRF).
    const forged = await fetch(`${t.bot.url}/api/linkedin/callback?code=stolen&state=${'x'.repeat(32)}`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Länken har redan använts eller gått ut');
    // No state at all.
    const bare = await fetch(`${t.bot.url}/api/linkedin/callback?code=abc`);
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain('saknade uppgifter');

    // A link older than ten minutes.
    const late = await signInLink();
    t.clock.set('2026-11-23T10:11:00+01:00');
    expect((await followSignIn(late)).status).toBe(400);

    // The member cancels on LinkedIn.
    app.denyConsent = true;
    const cancelled = await followSignIn(await signInLink());
    expect(cancelled.status).toBe(200);
    expect(cancelled.html).toContain('Inloggningen avbröts på LinkedIn');

    const rows = await t.bot.db.query<{ connected_at: Date }>('select connected_at from linkedin_pages');
    expect(rows).toHaveLength(1);
    expect(rows[0].connected_at).toEqual(connectedAt);
    expect(sim.oauthRequests.filter((r) => r.path === '/oauth/v2/accessToken')).toHaveLength(1);
  });

  test('only superadmins connect; a malformed command explains itself', async () => {
    const refused = await t.say(USERS.louise, '/koppla linkedin');
    expect(refused.replies[0].text).toBe('Bara superadministratörer kan koppla LinkedIn-sidan.');
    const bare = await t.say(USERS.admin, '/koppla');
    expect(bare.replies[0].text).toContain('Skriv /koppla linkedin');
    const other = await t.say(USERS.admin, '/koppla facebook');
    expect(other.replies[0].text).toContain('Skriv /koppla linkedin');
    const english = await t.say(USERS.admin, '/connect', { locale: 'en-US' });
    expect(english.replies[0].text).toContain('Write /connect linkedin');
    expect(await t.bot.db.query('select * from linkedin_oauth_states')).toHaveLength(0);
  });

  test('without a refresh token the superadmins are warned 14, 7 and 1 days before expiry, once each; after it, the poll says to connect again', async () => {
    await followSignIn(await signInLink());
    await t.tick();
    t.connector.calls.length = 0;
    const expires = new Date(NOW).getTime() + 60 * DAY;
    const warnings = () => toAdmin().filter((x) => x.includes('LinkedIn-kopplingen går ut'));

    await t.at(new Date(expires - 15 * DAY).toISOString());
    expect(warnings()).toHaveLength(0);
    await t.at(new Date(expires - 14 * DAY + 60_000).toISOString());
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('LinkedIn-kopplingen går ut om 14 dagar');
    expect(warnings()[0]).toContain('gäller till fredag 22 januari 2027 kl. 10:00');
    expect(warnings()[0]).toContain('/koppla linkedin');
    await t.at(new Date(expires - 13 * DAY).toISOString());
    expect(warnings()).toHaveLength(1);
    await t.at(new Date(expires - 7 * DAY + 60_000).toISOString());
    expect(warnings()).toHaveLength(2);
    await t.at(new Date(expires - DAY + 60_000).toISOString());
    expect(warnings()).toHaveLength(3);
    expect(warnings()[2]).toContain('går ut i morgon');

    // Expired: LinkedIn answers 401 (65602) and the superadmins are told what to do.
    await t.at(new Date(expires + 60_000).toISOString());
    await t.at(new Date(expires + 10 * 60_000).toISOString());
    const access = toAdmin().filter((x) => x.includes('LinkedIn-kopplingen behöver åtgärdas'));
    expect(access).toHaveLength(1);
    expect(access[0]).toContain('/koppla linkedin');
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
  });

  test('with a refresh token the bot renews the access token before it expires; warnings follow the refresh token\'s year', async () => {
    app.grantRefreshTokens = true;
    await followSignIn(await signInLink());
    const first = sim.state.issuedTokens.find((x) => x.kind === 'access')!.token;
    const statusCard = (await t.say(USERS.admin, '/status')).replies[0].attachments[0].content;
    expect(cardText(statusCard)).toContain('LinkedIn-token giltig till: fredag 22 januari 2027 kl. 10:00 (förnyas automatiskt)');
    await t.tick();
    t.connector.calls.length = 0;

    // 45 days on (15 before expiry), the token is renewed with the refresh token.
    await t.at(new Date(new Date(NOW).getTime() + 45 * DAY + 60_000).toISOString());
    const refreshes = sim.oauthRequests.filter((r) => r.form.grant_type === 'refresh_token');
    expect(refreshes).toHaveLength(1);
    const renewed = sim.state.issuedTokens.filter((x) => x.kind === 'access').pop()!.token;
    expect(renewed).not.toBe(first);
    const [row] = await t.bot.db.query<{ access_expires_at: Date; refreshed_at: Date }>('select access_expires_at, refreshed_at from linkedin_pages');
    expect(row.access_expires_at.getTime()).toBe(new Date(NOW).getTime() + 105 * DAY + 60_000);
    sim.requests.length = 0;
    await t.at(new Date(new Date(NOW).getTime() + 46 * DAY).toISOString());
    expect(sim.requests.length).toBeGreaterThan(0);
    for (const r of sim.requests) expect(r.headers.authorization).toBe(`Bearer ${renewed}`);
    // No warning about the old access token's expiry: the connection ends with the refresh token.
    await t.at(new Date(new Date(NOW).getTime() + 59 * DAY + 60_000).toISOString());
    expect(toAdmin().filter((x) => x.includes('går ut'))).toHaveLength(0);
    expect(t.logs.join('\n')).not.toContain(renewed);
  });

  test('a showcase page is connected in its own channel with its own token; its posts are polled (and read after its webhooks) with it, and their reminders go to that channel', async () => {
    const SHOWCASE = 'urn:li:organization:90000002';
    const SHOWCASE_CHANNEL = '19:naringsliv@thread.tacv2';
    // The city's page first; the SAV channel is known.
    await followSignIn(await signInLink());
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    // A superadmin writes the command in the showcase page's channel (another channel of the team).
    const res = await t.post({
      type: 'message', id: 'showcase-1', channelId: 'msteams', serviceUrl: t.connector.url, timestamp: t.clock.now().toISOString(), locale: 'sv-SE', deliveryMode: 'expectReplies',
      text: '/koppla linkedin 90000002 Helsingborg Näringsliv',
      from: { id: `29:${USERS.admin.id}`, name: USERS.admin.name, aadObjectId: USERS.admin.id },
      recipient: { id: '28:sav-boten', name: 'SAV-boten' },
      conversation: { id: SHOWCASE_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { team: { id: SAV_TEAM }, channel: { id: SHOWCASE_CHANNEL }, tenant: { id: 'tenant-1' } },
    });
    const card = res.body.activities[0].attachments[0].content;
    const { status } = await followSignIn(card.actions[0].url);
    expect(status).toBe(200);
    const pages = await t.bot.db.query<{ organization_urn: string; name: string | null; channel_id: string | null; access_token_sealed: string }>('select * from linkedin_pages order by connected_at');
    expect(pages.map((p) => [p.organization_urn, p.name, p.channel_id])).toEqual([
      [SIM_ORGANIZATION_URN, null, null],
      [SHOWCASE, 'Helsingborg Näringsliv', SHOWCASE_CHANNEL],
    ]);
    const [cityToken, showcaseToken] = sim.state.issuedTokens.filter((x) => x.kind === 'access').map((x) => x.token);
    expect(TokenSeal.fromConfig(KEY).open(pages[1].access_token_sealed)).toBe(showcaseToken);

    // A job post on the showcase page, with a question.
    const post = sim.addPost({ text: 'Vi söker en näringslivsutvecklare!', authorUrn: SHOWCASE, createdAt: new Date('2026-11-23T09:30:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:asker9', text: 'Är tjänsten på heltid?', createdAt: new Date('2026-11-23T10:01:00+01:00') });
    t.connector.calls.length = 0;
    sim.requests.length = 0;
    await t.at('2026-11-23T10:05:00+01:00');

    // Read with the showcase page's own token; the city's poll does not see the post (another author).
    const showcaseReads = sim.requests.filter((r) => r.path === `/rest/socialActions/${post.urn}/comments`);
    expect(showcaseReads.length).toBeGreaterThan(0);
    for (const r of showcaseReads) expect(r.headers.authorization).toBe(`Bearer ${showcaseToken}`);
    expect(sim.requests.filter((r) => r.query.author === SHOWCASE).every((r) => r.headers.authorization === `Bearer ${showcaseToken}`)).toBe(true);
    expect(sim.requests.filter((r) => r.query.author === SIM_ORGANIZATION_URN).every((r) => r.headers.authorization === `Bearer ${cityToken}`)).toBe(true);
    const [row] = await t.bot.db.query<{ page_urn: string | null }>('select page_urn from posts where urn = $1', [post.urn]);
    expect(row.page_urn).toBe(SHOWCASE);

    // No booking that day: the reminder goes to the channel, which for this page is its own.
    const sent = t.connector.sent();
    const toShowcase = sent.filter((c) => c.path.includes(encodeURIComponent(SHOWCASE_CHANNEL)));
    expect(toShowcase).toHaveLength(1);
    expect(cardText(cardOf(toShowcase[0]))).toContain('”Är tjänsten på heltid?”');
    expect(sent.filter((c) => c.path.includes(encodeURIComponent(SAV_CHANNEL)))).toHaveLength(0);

    // A webhook about a new post of the showcase page (LinkedIn names the page in organizationalEntity): the post
    // carries the page, the comment is tracked, and the post is read with the showcase page's token.
    const post2 = sim.addPost({ text: 'Näringslivsfrukost på fredag!', authorUrn: SHOWCASE, createdAt: new Date('2026-11-23T10:06:00+01:00') });
    const asked = sim.addComment(post2.urn, { actorUrn: 'urn:li:person:asker10', text: 'Hur anmäler man sig?', createdAt: new Date('2026-11-23T10:07:00+01:00') });
    sim.requests.length = 0;
    const notification = sim.commentNotification(asked.urn);
    expect(notification.organizationalEntity).toBe(SHOWCASE);
    const delivered = await sim.sendWebhook(`${t.bot.url}/api/linkedin/webhook`, app.clientSecret, [notification]);
    expect(delivered.status).toBe(200);
    await t.tick();
    const [post2Row] = await t.bot.db.query<{ page_urn: string | null }>('select page_urn from posts where urn = $1', [post2.urn]);
    expect(post2Row.page_urn).toBe(SHOWCASE);
    const tracked = await t.bot.db.query<{ status: string }>('select status from comments where external_id = $1', [asked.urn]);
    expect(tracked).toEqual([{ status: 'open' }]);
    const webhookReads = sim.requests.filter((r) => r.path === `/rest/socialActions/${post2.urn}/comments`);
    expect(webhookReads.length).toBeGreaterThan(0);
    for (const r of webhookReads) expect(r.headers.authorization).toBe(`Bearer ${showcaseToken}`);

    // /status shows both pages' tokens.
    const statusCard = (await t.say(USERS.admin, '/status')).replies[0].attachments[0].content;
    assertRendered(statusCard);
    expect(cardText(statusCard)).toContain('LinkedIn-token giltig till: fredag 22 januari 2027 kl. 10:00');
    expect(cardText(statusCard)).toContain('LinkedIn-token giltig till (Helsingborg Näringsliv): fredag 22 januari 2027 kl. 10:00');
  });

  test('a retired LinkedIn-Version (426) is reported to the superadmins with what to change, once a day, and polling goes on', async () => {
    await followSignIn(await signInLink());
    simOptions.oldestActiveVersion = '202611';
    try {
      await t.tick();
      await t.at('2026-11-23T10:10:00+01:00');
      await t.at('2026-11-23T10:20:00+01:00');
      const notices = toAdmin().filter((x) => x.includes('LinkedIn-kopplingen behöver åtgärdas'));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('LinkedIn svarar 426: API-versionen 202607 (huvudet LinkedIn-Version) är inte längre aktiv');
      expect(notices[0]).toContain('Sätt LINKEDIN_VERSION');
      // Each poll still runs (one request each), no crash loop.
      expect(sim.requests.filter((r) => r.headers['linkedin-version'] === '202607').length).toBeGreaterThanOrEqual(3);
      const statusCard = (await t.say(USERS.admin, '/status')).replies[0].attachments[0].content;
      expect(cardText(statusCard)).toMatch(/Senaste hämtning: .*✗ version 426/);
      expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
    } finally {
      simOptions.oldestActiveVersion = undefined;
    }
  });
});

describe('/koppla linkedin without the app\'s credentials', () => {
  test('says which variables to set', async () => {
    const t = await TestBot.start({ now: NOW });
    try {
      const { replies } = await t.say(USERS.admin, '/koppla linkedin');
      expect(replies[0].text).toContain('Sätt LINKEDIN_CLIENT_ID, LINKEDIN_CLIENT_SECRET, LINKEDIN_ORGANIZATION_URN');
    } finally {
      await t.close();
    }
  });
});
