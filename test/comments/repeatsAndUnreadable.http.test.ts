import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { assertRendered, cardText } from '../support/cards';
import { linkedInEnv, TestBot, USERS } from '../support/bot';

// Issue 12: repeated posts from one author are spam (a rule in the comment service, fed from the
// store), and comments the classifier cannot read go to a person instead of passing silently.
// Through the LinkedIn simulator, the real poller, the real database and the Teams connector fake.

const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const SPAMMER = 'urn:li:person:repeater';
const louisesChat = `a:personal-${USERS.louise.id}`;
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

describe('repeated posts and comments the bot cannot read', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({
      now: MONDAY_10,
      env: { ...linkedInEnv(sim), SUPERADMINS: USERS.admin.id },
    });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    await t.say(USERS.louise, '/hjälp');
    await t.say(USERS.admin, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  async function louisesPost() {
    await t.say(USERS.louise, '/book 2026-11-23 Möt våra traineer');
    return sim.addPost({ text: 'Möt våra traineer! Ansök senast 1 december.', createdAt: new Date('2026-11-23T09:30:00+01:00') });
  }

  const rows = () => t.bot.db.query<{ text: string; kind: string; should_remove: boolean; is_question: boolean; reasons: string; author_urn: string }>(
    'select text, kind, should_remove, is_question, reasons, author_urn from comments order by commented_at',
  );

  test('the same text from one author twice within a day: the second copy is spam, proposed for removal, and opens a case', async () => {
    const post = await louisesPost();
    const text = 'Fantastiskt bra arbetsgivare, alla borde söka hit direkt!';
    sim.addComment(post.urn, { actorUrn: SPAMMER, text, createdAt: new Date(MONDAY_10) });
    await t.tick();
    // Nearly the same text a little later, on the same post; another author says the same once.
    sim.addComment(post.urn, { actorUrn: SPAMMER, text: 'Fantastiskt bra arbetsgivare, alla borde söka hit direkt!!! 👍', createdAt: new Date('2026-11-23T10:40:00+01:00') });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:other', text, createdAt: new Date('2026-11-23T10:41:00+01:00') });
    await t.at('2026-11-23T11:30:00+01:00');
    await t.tick();

    const stored = await rows();
    expect(stored.map((r) => [r.author_urn, r.kind, r.should_remove])).toEqual([
      [SPAMMER, 'praise', false],
      [SPAMMER, 'spam', true],
      ['urn:li:person:other', 'praise', false],
    ]);
    expect(stored[1].reasons).toMatch(/^upprepat inlägg: samma text som en tidigare kommentar från samma person senaste dygnet/);
    const cases = await t.bot.db.query<{ category: string; status: string }>('select category, status from escalations');
    expect(cases).toEqual([{ category: 'spam', status: 'open' }]);
  });

  test('a repeat after the window, or a short "Tack!" said twice, is not spam', async () => {
    const post = await louisesPost();
    sim.addComment(post.urn, { actorUrn: SPAMMER, text: 'Vilken fin bild på hela teamet i Råå, grattis!', createdAt: new Date(MONDAY_10) });
    sim.addComment(post.urn, { actorUrn: SPAMMER, text: 'Tack!', createdAt: new Date('2026-11-23T10:01:00+01:00') });
    await t.tick();
    // The same picture comment again the next day, after the 24 hours; "Tack!" again at once.
    sim.addComment(post.urn, { actorUrn: SPAMMER, text: 'Tack!', createdAt: new Date('2026-11-23T10:30:00+01:00') });
    sim.addComment(post.urn, { actorUrn: SPAMMER, text: 'Vilken fin bild på hela teamet i Råå, grattis!', createdAt: new Date('2026-11-24T10:30:00+01:00') });
    await t.at('2026-11-24T11:00:00+01:00');
    await t.tick();
    const stored = await rows();
    expect(stored).toHaveLength(4);
    expect(stored.filter((r) => r.should_remove)).toEqual([]);
    expect(await t.bot.db.query('select * from escalations')).toEqual([]);
  });

  test('a comment in a language the bot cannot read reaches the post\'s owner as "needs a look", with the usual buttons', async () => {
    const post = await louisesPost();
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:finn', text: 'Kiitos paljon, tämä on hyvä työpaikka ja haluan hakea sitä', createdAt: new Date(MONDAY_10) });
    await t.tick();
    await t.tick();

    const [row] = await rows();
    expect(row).toMatchObject({ kind: 'unreadable', should_remove: false, is_question: true });
    expect(row.reasons).toMatch(/språk boten inte kan läsa – titta på den/);
    const card = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat))).map(cardOf)
      .find((c) => cardText(c).includes('Boten kunde inte läsa en kommentar på ditt inlägg'));
    expect(card).toBeDefined();
    assertRendered(card);
    expect(cardText(card)).toContain('”Kiitos paljon');
    expect(cardText(card)).toContain('Stäng den här när du har tittat');
  });

  test('an image-only comment (no text) reaches the owner as "needs a look" and the card says there is no text', async () => {
    const post = await louisesPost();
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:pictures', text: '', createdAt: new Date(MONDAY_10) });
    await t.tick();
    await t.tick();
    const [row] = await rows();
    expect(row).toMatchObject({ kind: 'unreadable', should_remove: false, is_question: true });
    expect(row.reasons).toMatch(/ingen text/);
    const card = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat))).map(cardOf)
      .find((c) => cardText(c).includes('Boten kunde inte läsa en kommentar på ditt inlägg'));
    expect(card).toBeDefined();
    expect(cardText(card)).toContain('(ingen text – en bild, en länk eller annat innehåll)');
  });
});
