import { classify } from '../../src/domain/moderation';
import { SIM_ORGANIZATION_URN, startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { assertRendered, cardText } from '../support/cards';
import { TestBot, USERS } from '../support/bot';
import { FakeContentSafety, FakeMode } from '../support/fakeContentSafety';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const MANAGER = { id: '7a1b2c3d-0000-4000-8000-000000000042', name: 'Maria Chef' };
const KEY = 'cs-test-key-5f1e9a';
const WARNING = 'Content Safety gave no second opinion; the local classification stands';

// A comment the local classifier passes (praise), one it reads as criticism, a question, a threat.
const HARMLESS = 'Intressant läsning, tack för att ni delar.';
const CRITICISM = 'Ni borde skämmas, förvaltningen är totalt inkompetent och slösar våra skattepengar!';
const QUESTION = 'Hur söker man till traineeprogrammet?';
const THREAT = 'Jag vet var du bor. Du kommer att ångra det här.';

const chatOf = (id: string) => encodeURIComponent(`a:personal-${id}`);
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

type StoredClassification = { text: string; kind: string; is_question: boolean; is_threat: boolean; should_remove: boolean; reasons: string; classifier_version: string };

describe('a second opinion from Azure AI Content Safety', () => {
  let sim: LinkedInSimulator;
  let fake: FakeContentSafety;
  /** The bot with Content Safety configured. */
  let t: TestBot;
  /** The same bot without it. */
  let plain: TestBot;

  const env = (sim: LinkedInSimulator, extra: Record<string, string> = {}) => ({
    LINKEDIN_ACCESS_TOKEN: 'sim-token',
    LINKEDIN_ORGANIZATION_URN: SIM_ORGANIZATION_URN,
    LINKEDIN_API_BASE_URL: sim.baseUrl,
    SUPERADMINS: USERS.admin.id,
    DEPARTMENT_MANAGERS: JSON.stringify({ Kulturförvaltningen: [MANAGER.id] }),
    ...extra,
  });

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    fake = await new FakeContentSafety(KEY).start();
    t = await TestBot.start({ now: MONDAY_10, env: env(sim, { CONTENT_SAFETY_ENDPOINT: fake.url, CONTENT_SAFETY_KEY: KEY, CONTENT_SAFETY_TIMEOUT_MS: '300' }) });
    plain = await TestBot.start({ now: MONDAY_10, env: env(sim) });
  });
  beforeEach(async () => {
    fake.reset();
    for (const bot of [t, plain]) {
      await bot.reset(MONDAY_10);
      for (const u of [USERS.louise, USERS.admin, MANAGER]) await bot.say(u, '/hjälp');
      bot.connector.calls.length = 0;
    }
  });
  afterEach(async () => {
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    sim.requests.length = 0;
    jest.restoreAllMocks();
    await fake.restart();
  });
  afterAll(async () => {
    await t.close();
    await plain.close();
    await sim.stop();
    await fake.stop();
  });

  /** Louise's booked post (Kulturförvaltningen) with these comments on LinkedIn, polled once by `bot`. */
  async function commentsOnLouisesPost(bot: TestBot, texts: string[]): Promise<StoredClassification[]> {
    await bot.click(USERS.louise, 'booking.submit', { requestId: `r-${Math.random()}`, day: '2026-11-23', title: 'Möt våra bibliotekarier', department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
    if (sim.state.posts.length === 0) {
      const post = sim.addPost({ text: 'Möt våra bibliotekarier!', createdAt: new Date('2026-11-23T09:00:00+01:00') });
      texts.forEach((text, i) => sim.addComment(post.urn, { actorUrn: `urn:li:person:p${i}`, text, createdAt: new Date(`2026-11-23T09:5${i}:00+01:00`) }));
    }
    await bot.tick();
    return stored(bot);
  }

  const stored = (bot: TestBot) =>
    bot.bot.db.query<StoredClassification>('select text, kind, is_question, is_threat, should_remove, reasons, classifier_version from comments order by commented_at');
  const sentTo = (bot: TestBot, id: string) => bot.connector.sent().filter((c) => c.path.includes(chatOf(id)));
  const threatCards = (bot: TestBot, id: string) => sentTo(bot, id).map(cardOf).filter((c) => cardText(c).includes('Hot i en kommentar'));

  test('a comment the local classifier passes but Content Safety calls violence 6 becomes a threat: the escalation cards go out with the second opinion as a ground', async () => {
    expect(classify(HARMLESS)).toMatchObject({ threat: false, remove: false });
    fake.severities.set(HARMLESS, { hate: 0, violence: 6 });
    const [row] = await commentsOnLouisesPost(t, [HARMLESS]);

    expect(fake.problems).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ key: KEY, body: { text: HARMLESS, categories: ['Hate', 'Violence'], outputType: 'FourSeverityLevels' } });
    expect(row).toMatchObject({ kind: 'threat', is_threat: true, should_remove: true, is_question: false, classifier_version: `${classify(HARMLESS).version}+cs` });
    expect(row.reasons).toContain('andra bedömning (Azure Content Safety): våld, nivå 6');

    for (const who of [USERS.admin.id, MANAGER.id, USERS.louise.id]) {
      const cards = threatCards(t, who);
      expect(cards).toHaveLength(1);
      assertRendered(cards[0]);
      expect(cardText(cards[0])).toContain('andra bedömning (Azure Content Safety): våld, nivå 6');
    }
    const [evidence] = await t.bot.db.query<{ content: any }>('select content from evidence');
    expect(evidence.content.reasons).toContain('andra bedömning (Azure Content Safety): våld, nivå 6');

    // The next poll delivers the same comment again: its verdict is stored, the service is not asked again.
    sim.requests.length = 0;
    await t.at('2026-11-23T10:15:00+01:00');
    expect(sim.requests.some((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  test('hate 4 on criticism does not propose it for removal; nor does violence 4', async () => {
    expect(classify(CRITICISM).kind).toBe('criticism');
    fake.severities.set(CRITICISM, { hate: 4, violence: 4 });
    const [row] = await commentsOnLouisesPost(t, [CRITICISM]);
    expect(fake.problems).toEqual([]);
    expect(row).toMatchObject({ kind: 'criticism', is_threat: false, should_remove: false, classifier_version: `${classify(CRITICISM).version}+cs` });
    expect(row.reasons).not.toContain('Azure');
    expect(await t.bot.db.query('select 1 from escalations')).toHaveLength(0);
  });

  test('without configuration no request reaches Content Safety, and the stored version shows it was not consulted', async () => {
    fake.severities.set(HARMLESS, { hate: 6, violence: 6 });
    const rows = await commentsOnLouisesPost(plain, [HARMLESS, CRITICISM, QUESTION, THREAT]);
    expect(rows).toHaveLength(4);
    expect(fake.requests).toHaveLength(0);
    for (const row of rows) expect(row.classifier_version).toBe(classify(row.text).version);
    expect(rows[0]).toMatchObject({ kind: classify(HARMLESS).kind, should_remove: false });
  });

  const failures: [string, FakeMode | 'down', Record<string, unknown>][] = [
    ['down', 'down', { reason: 'network' }],
    ['refusing the key (401)', 'unauthorized', { reason: 'http', status: 401 }],
    ['failing (500)', 'server-error', { reason: 'http', status: 500 }],
    ['slow', 'slow', { reason: 'timeout' }],
    ['answering garbage', 'garbage', { reason: 'malformed', status: 200 }],
    ['answering JSON of the wrong shape', 'wrong-shape', { reason: 'malformed', status: 200 }],
  ];
  test.each(failures)('Content Safety %s: every comment is stored exactly as without configuration, and a warning without key or text is logged', async (_what, mode, warning) => {
    const texts = [HARMLESS, CRITICISM, QUESTION, THREAT];
    for (const text of texts) fake.severities.set(text, { hate: 6, violence: 6 });
    const expected = await commentsOnLouisesPost(plain, texts);

    const warn = jest.spyOn(t.bot.log, 'warn');
    if (mode === 'down') await fake.stop();
    else fake.mode = mode;
    fake.slowMs = 1500;
    const rows = await commentsOnLouisesPost(t, texts);

    expect(rows).toEqual(expected);
    expect(fake.problems).toEqual([]);
    const warnings = warn.mock.calls.filter((args) => args[1] === WARNING);
    expect(warnings).toHaveLength(texts.length);
    for (const [fields] of warnings) expect(fields).toMatchObject(warning);
    const logged = JSON.stringify(warnings);
    expect(logged).not.toContain(KEY);
    for (const text of texts) expect(logged).not.toContain(text.slice(0, 12));
    // What the local classifier flagged (the threat) is escalated just as without configuration.
    const cases = (bot: TestBot) => bot.bot.db.query<{ category: string }>('select category from escalations order by category');
    expect(await cases(t)).toEqual(await cases(plain));
    expect(await cases(t)).toContainEqual({ category: 'threat' });
  });
});
