import { startLinkedInSimulator, LinkedInSimulator } from '../../scripts/linkedinSimulator';
import { cardText } from '../support/cards';
import { linkedInEnv, TestBot, USERS } from '../support/bot';

// Monday 23 November 2026, 10:00 in Helsingborg.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const ASKER = 'urn:li:person:asker1';
const OTHER = 'urn:li:person:other2';

const louisesChat = `a:personal-${USERS.louise.id}`;
const cardOf = (call: { body: any }) => call.body.attachments[0].content;

async function comments(t: TestBot) {
  return t.bot.db.query<{ external_id: string; parent_external_id: string | null; status: string; closed_via: string | null; text: string }>(
    'select external_id, parent_external_id, status, closed_via, text from comments order by commented_at',
  );
}

/** The simulator's requests that listed a comment's replies (a thread). */
const threadReads = (sim: LinkedInSimulator) => sim.requests.filter((r) => r.method === 'GET' && /^\/rest\/socialActions\/urn:li:comment:/.test(r.path));

describe('replies are followed by polling: a follow-up question under the page\'s answer gets its own reminder', () => {
  let t: TestBot;
  let sim: LinkedInSimulator;

  beforeAll(async () => {
    sim = await startLinkedInSimulator({ seed: false });
    t = await TestBot.start({ now: MONDAY_10, env: linkedInEnv(sim) });
  });
  beforeEach(async () => {
    await t.reset(MONDAY_10);
    sim.state.posts.length = 0;
    sim.state.comments.length = 0;
    sim.requests.length = 0;
    await t.say(USERS.louise, '/hjälp');
    await t.say(USERS.erik, '/hjälp', { where: 'channel' });
    t.connector.calls.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  test('the page answers, the member asks again in the thread: the follow-up is reminded, and closes when the page answers it', async () => {
    await t.say(USERS.louise, '/book 2026-11-23 Möt våra traineer');
    const post = sim.addPost({ text: 'Möt våra traineer! Ansök senast 1 december.', createdAt: new Date('2026-11-23T09:30:00+01:00') });
    const question = sim.addComment(post.urn, { actorUrn: ASKER, text: 'Hur söker man till traineeprogrammet?', createdAt: new Date(MONDAY_10) });
    await t.tick();
    expect(await comments(t)).toMatchObject([{ external_id: question.urn, parent_external_id: null, status: 'open' }]);

    // The page answers on LinkedIn; the member asks again under the answer.
    sim.addPageReply(question.urn, 'Hej! Du söker via helsingborg.se/trainee. Vänliga hälsningar, Louise', new Date('2026-11-23T10:20:00+01:00'));
    const followUp = sim.addComment(post.urn, {
      actorUrn: ASKER,
      parentUrn: question.urn,
      text: 'Tack! Kan man söka om man pluggar på deltid?',
      createdAt: new Date('2026-11-23T10:30:00+01:00'),
    });
    sim.addComment(post.urn, { actorUrn: OTHER, parentUrn: question.urn, text: 'Jag sökte förra året, rekommenderas! 👏', createdAt: new Date('2026-11-23T10:31:00+01:00') });
    t.connector.calls.length = 0;
    await t.at('2026-11-23T10:35:00+01:00');

    const rows = await comments(t);
    expect(rows).toMatchObject([
      { external_id: question.urn, status: 'answered', closed_via: 'page-reply' },
      { external_id: followUp.urn, parent_external_id: question.urn, status: 'open' },
      { parent_external_id: question.urn, status: 'not_a_question' },
    ]);
    // The follow-up has its own reminder, in the owner's chat, with its own text; praise gets none.
    const toLouise = t.connector.sent().filter((c) => c.path.includes(encodeURIComponent(louisesChat))).map((c) => cardText(cardOf(c)));
    const reminders = toLouise.filter((x) => x.includes('Ny fråga på ditt inlägg'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain('”Tack! Kan man söka om man pluggar på deltid?”');
    expect(toLouise.join('\n')).not.toContain('rekommenderas');

    // The thread was read because its reply count changed; the next poll, with nothing new, reads no thread.
    const reads = threadReads(sim).length;
    expect(reads).toBeGreaterThanOrEqual(1);
    await t.at('2026-11-23T10:40:00+01:00');
    expect(threadReads(sim).length).toBe(reads);

    // The page answers the follow-up (in the same thread, naming the member): it closes.
    sim.addComment(post.urn, {
      actorUrn: sim.state.organizationUrn,
      parentUrn: question.urn,
      text: 'Ja, det går bra att plugga på deltid. Vänliga hälsningar, Louise',
      mentionUrns: [ASKER],
      createdAt: new Date('2026-11-23T10:50:00+01:00'),
    });
    await t.at('2026-11-23T10:55:00+01:00');
    expect((await comments(t)).find((c) => c.external_id === followUp.urn)).toMatchObject({ status: 'answered', closed_via: 'page-reply' });
  });

  test('a page reply that names someone else does not close another member\'s follow-up', async () => {
    const post = sim.addPost({ text: 'Sommarjobb 2027', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    const top = sim.addComment(post.urn, { actorUrn: OTHER, text: 'Så bra att ni annonserar tidigt!', createdAt: new Date('2026-11-23T09:10:00+01:00') });
    const ask = sim.addComment(post.urn, { actorUrn: ASKER, parentUrn: top.urn, text: 'När öppnar ansökan för sommarjobben?', createdAt: new Date('2026-11-23T09:20:00+01:00') });
    sim.addComment(post.urn, { actorUrn: sim.state.organizationUrn, parentUrn: top.urn, text: 'Tack för de fina orden!', mentionUrns: [OTHER], createdAt: new Date('2026-11-23T09:30:00+01:00') });
    await t.tick();
    const rows = await comments(t);
    expect(rows.find((c) => c.external_id === ask.urn)).toMatchObject({ parent_external_id: top.urn, status: 'open' });
    expect(rows.find((c) => c.external_id === top.urn)).toMatchObject({ status: 'not_a_question' });
  });

  test('a reply first told by the webhook is put under its thread by the next poll', async () => {
    const post = sim.addPost({ text: 'Lediga jobb inom vården', createdAt: new Date('2026-11-23T09:00:00+01:00') });
    const top = sim.addComment(post.urn, { actorUrn: OTHER, text: 'Var hittar man annonserna?', createdAt: new Date('2026-11-23T09:10:00+01:00') });
    const reply = sim.addComment(post.urn, { actorUrn: ASKER, parentUrn: top.urn, text: 'Gäller det även sommarvikariat?', createdAt: new Date('2026-11-23T09:20:00+01:00') });
    // As the webhook stores it: no parent known.
    await t.bot.tracker.track({ externalId: reply.urn, postUrn: post.urn, authorName: null, authorUrn: ASKER, text: reply.text, commentedAt: reply.createdAt, source: 'linkedin' });
    await t.tick();
    expect((await comments(t)).find((c) => c.external_id === reply.urn)).toMatchObject({ parent_external_id: top.urn, status: 'open' });
  });
});
