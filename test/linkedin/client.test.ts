import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LinkedInClient, commentIdFromUrn, encodeUrn, isAnsweredByPage } from '../../src/linkedin/client';
import type { LinkedInSimulator } from '../../scripts/linkedinSimulator';
import type { LinkedInComment } from '../../src/linkedin/types';
import { createSimulatedLinkedIn, type FakeClock } from './factories';

const MEMBER = 'urn:li:person:AnnaLind01';

let sim: LinkedInSimulator;
let client: LinkedInClient;
let clock: FakeClock;

async function setUp(options: Parameters<typeof createSimulatedLinkedIn>[0] = {}): Promise<void> {
  if (sim) await sim.stop();
  ({ sim, client, clock } = await createSimulatedLinkedIn(options));
}

beforeEach(() => setUp());
afterEach(() => sim.stop());

/** Adds `n` member comments one minute apart, in shuffled insertion order. */
function addComments(postUrn: string, n: number): void {
  const order = Array.from({ length: n }, (_, i) => (i * 7) % n);
  for (const i of order) {
    sim.addComment(postUrn, {
      actorUrn: `urn:li:person:Member${i}`,
      text: `Kommentar ${i}`,
      createdAt: new Date(clock.now().getTime() - (n - i) * 60_000),
    });
  }
}

describe('requests as LinkedIn receives them', () => {
  it('sends the bearer token, LinkedIn-Version and Rest.li 2.0.0 on every call', async () => {
    const post = sim.addPost({ text: 'Hej Helsingborg' });
    await client.listPosts();
    await client.listComments(post.urn);
    expect(sim.requests).toHaveLength(2);
    for (const request of sim.requests) {
      expect(request.headers.authorization).toBe('Bearer sim-token');
      expect(request.headers['linkedin-version']).toBe('202503');
      expect(request.headers['x-restli-protocol-version']).toBe('2.0.0');
    }
  });

  it('URL-encodes URNs in query values and paths, including ( ) and ,', async () => {
    const post = sim.addPost({ text: 'Trainee' });
    const comment = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Hur söker man?' });
    await client.listPosts({ count: 5 });
    await client.listReplies(comment.urn);

    expect(sim.requests[0].rawUrl).toBe(
      '/rest/posts?q=author&author=urn%3Ali%3Aorganization%3A90000001&sortBy=LAST_MODIFIED&start=0&count=5',
    );
    const activityNumber = post.activityUrn.split(':').pop();
    expect(sim.requests[1].rawUrl).toBe(
      `/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A${activityNumber}%2C${comment.id}%29/comments?start=0&count=50`,
    );
    expect(encodeUrn('urn:li:comment:(urn:li:activity:1,2)')).toBe('urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A1%2C2%29');
  });
});

describe('paging', () => {
  it('pages posts with start/count until a short page comes back', async () => {
    for (let i = 0; i < 25; i++) {
      sim.addPost({ text: `Inlägg ${i}`, createdAt: new Date(clock.now().getTime() - i * 3_600_000) });
    }
    const result = await client.listPosts({ count: 10 });
    if (!result.ok) throw new Error(result.detail);
    expect(result.value).toHaveLength(25);
    expect(new Set(result.value.map((p) => p.urn)).size).toBe(25);
    expect(sim.requests.map((r) => r.query.start)).toEqual(['0', '10', '20']);
    expect(result.value[0]).toMatchObject({ text: 'Inlägg 0', authorUrn: sim.state.organizationUrn });
    expect(result.value[0].createdAt).toEqual(clock.now());
  });

  it('stops at maxPages even when every page is full', async () => {
    for (let i = 0; i < 30; i++) sim.addPost({ text: `Inlägg ${i}` });
    const result = await client.listPosts({ count: 10, maxPages: 2 });
    expect(result.ok && result.value.length).toBe(20);
    expect(sim.requests).toHaveLength(2);
  });

  it('returns all 23 comments over 3 pages of 10, oldest first, without the replies', async () => {
    await setUp({ client: { commentPageSize: 10 } });
    const post = sim.addPost({ text: 'Trainee' });
    addComments(post.urn, 23);
    const firstUrn = sim.state.comments.find((c) => c.text === 'Kommentar 0')!.urn;
    sim.addPageReply(firstUrn, 'Svar från sidan');

    const result = await client.listComments(post.urn);
    if (!result.ok) throw new Error(result.detail);
    expect(sim.requests).toHaveLength(3);
    expect(sim.requests.map((r) => r.query.start)).toEqual(['0', '10', '20']);
    expect(result.value.map((c) => c.text)).toEqual(Array.from({ length: 23 }, (_, i) => `Kommentar ${i}`));
    expect(result.value[0]).toEqual({
      id: expect.any(String),
      urn: firstUrn,
      postUrn: post.urn,
      actorUrn: 'urn:li:person:Member0',
      text: 'Kommentar 0',
      createdAt: new Date(clock.now().getTime() - 23 * 60_000),
      mentionUrns: [],
      // From commentsSummary: the first comment has one reply (which the list leaves out).
      replyCount: 1,
    });
    expect(result.value[0].id).toBe(commentIdFromUrn(firstUrn));
  });

  it('accepts the older $URN field in place of commentUrn', async () => {
    const urn = 'urn:li:comment:(urn:li:activity:1,42)';
    sim.setFailure({
      status: 200,
      body: { elements: [{ $URN: urn, actor: MEMBER, created: { time: 1_700_000_000_000 }, message: { text: 'Äldre form' } }] },
    });
    const result = await client.listComments('urn:li:share:1');
    expect(result).toEqual({
      ok: true,
      value: [expect.objectContaining({ urn, id: '42', text: 'Äldre form', createdAt: new Date(1_700_000_000_000) })],
    });
  });
});

describe('failures are values', () => {
  it('an expired token (401, 65602) is unauthorized', async () => {
    sim.setFailure({ status: 401 });
    const result = await client.listPosts();
    expect(result).toMatchObject({ ok: false, reason: 'unauthorized', status: 401, serviceErrorCode: 65602 });
    expect(!result.ok && result.detail).toContain('EXPIRED_ACCESS_TOKEN');
    expect(client.health().lastError).toMatchObject({ reason: 'unauthorized', status: 401 });
  });

  it('a wrong token is refused by the simulator and reported as unauthorized', async () => {
    await setUp({ client: { accessToken: 'stale' } });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'unauthorized', serviceErrorCode: 65601 });
  });

  it('403 is forbidden', async () => {
    sim.setFailure({ status: 403 });
    expect(await client.listComments('urn:li:share:1')).toMatchObject({ ok: false, reason: 'forbidden', status: 403, serviceErrorCode: 100 });
  });

  it('an unknown LinkedIn-Version gets 426 and is reported as version', async () => {
    await setUp({ client: { version: '2024' } });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'version', status: 426 });
  });

  it('5xx is server, and the next call goes through', async () => {
    sim.setFailure({ status: 503 });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'server', status: 503 });
    expect(await client.listPosts()).toMatchObject({ ok: true });
    expect(client.health().lastError).toBeUndefined();
  });

  it('a malformed body is server with a detail naming the field', async () => {
    sim.setFailure({ status: 200, body: { elements: [{ id: 'urn:li:share:1' }] } });
    const result = await client.listPosts();
    expect(result).toMatchObject({ ok: false, reason: 'server' });
    expect(!result.ok && result.detail).toMatch(/elements\.0\.author/);
  });

  it('a non-JSON body is server', async () => {
    sim.setFailure({ status: 200, body: '<html>oops</html>' });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'server' });
  });

  it('a 404 is not-found', async () => {
    expect(await client.listComments('urn:li:share:404')).toMatchObject({ ok: false, reason: 'not-found', status: 404 });
  });

  it('"Get a Comment": a comment there is true, one deleted is false (404 is the answer, not an error), a 500 is a failure', async () => {
    const post = sim.addPost({ text: 'Hej Helsingborg' });
    const top = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Fråga?' });
    const reply = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Och en till?', parentUrn: top.urn });
    expect(await client.commentExists(post.urn, top.urn)).toEqual({ ok: true, value: true });
    // A reply is asked for under its parent comment, as replies are listed.
    expect(await client.commentExists(top.urn, reply.urn)).toEqual({ ok: true, value: true });
    expect(sim.requests.at(-1)!.path).toBe(`/rest/socialActions/${top.urn}/comments/${reply.id}`);
    // Under the post it is not found: the target decides, as for listing.
    expect(await client.commentExists(post.urn, reply.urn)).toEqual({ ok: true, value: false });
    sim.state.comments = sim.state.comments.filter((c) => c.urn !== reply.urn);
    expect(await client.commentExists(top.urn, reply.urn)).toEqual({ ok: true, value: false });
    expect(client.health().lastError).toBeUndefined();
    sim.setFailure({ status: 500 });
    expect(await client.commentExists(post.urn, top.urn)).toMatchObject({ ok: false, reason: 'server', status: 500 });
  });

  it('no answer at all is network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = new LinkedInClient({ baseUrl: `http://127.0.0.1:${port}/rest`, accessToken: 't', version: '202503', organizationUrn: 'urn:li:organization:1' });
    expect(await offline.listPosts()).toMatchObject({ ok: false, reason: 'network' });
  });
});

describe('throttling', () => {
  it('after a 429 it backs off without touching the network, then resumes', async () => {
    sim.setFailure({ status: 429 });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'throttled', status: 429, retryAfterSeconds: 60 });
    expect(sim.requests).toHaveLength(1);

    clock.advance(30_000);
    const during = await client.listPosts();
    expect(during).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: 30 });
    expect(during.ok || during.status).toBeUndefined();
    expect(sim.requests).toHaveLength(1);
    expect(client.health().backoffUntil).toEqual(new Date(clock.now().getTime() + 30_000));

    clock.advance(31_000);
    expect(await client.listPosts()).toMatchObject({ ok: true });
    expect(sim.requests).toHaveLength(2);
    expect(client.health().backoffUntil).toBeUndefined();
  });

  it('backs off exponentially from 60 s on repeated 429s, capped at one hour', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      sim.setFailure({ status: 429 });
      const result = await client.listPosts();
      waits.push(result.ok ? 0 : (result.retryAfterSeconds ?? 0));
      clock.advance(3_600_001);
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(client.health().consecutiveThrottles).toBe(8);
  });

  it('refuses calls without the network once the daily budget is used, until midnight UTC', async () => {
    await setUp({ client: { callBudgetPerDay: 3 } });
    for (let i = 0; i < 3; i++) expect(await client.listPosts()).toMatchObject({ ok: true });
    const refused = await client.listPosts();
    expect(refused).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: 14 * 3600 });
    expect(sim.requests).toHaveLength(3);
    expect(client.health()).toMatchObject({ day: '2025-03-04', callsToday: 3, callBudgetPerDay: 3 });

    clock.set(new Date('2025-03-05T00:00:01.000Z'));
    expect(await client.listPosts()).toMatchObject({ ok: true });
    expect(sim.requests).toHaveLength(4);
    expect(client.health()).toMatchObject({ day: '2025-03-05', callsToday: 1 });
  });

  it("a restart keeps the day's calls: restored calls of today count, yesterday's do not", async () => {
    await setUp({ client: { callBudgetPerDay: 3 } });
    client.restoreCalls({ day: '2025-03-03', calls: 3 });
    expect(client.health()).toMatchObject({ callsToday: 0 });
    client.restoreCalls({ day: '2025-03-04', calls: 2 });
    expect(client.callsMade()).toEqual({ day: '2025-03-04', calls: 2 });
    expect(await client.listPosts()).toMatchObject({ ok: true });
    expect(await client.listPosts()).toMatchObject({ ok: false, reason: 'throttled' });
    expect(sim.requests).toHaveLength(1);
  });

  it('counts every page of a listing against the budget', async () => {
    await setUp({ client: { callBudgetPerDay: 2, commentPageSize: 10 } });
    const post = sim.addPost({ text: 'Trainee' });
    addComments(post.urn, 23);
    expect(await client.listComments(post.urn)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(sim.requests).toHaveLength(2);
  });
});

describe('answering and deleting', () => {
  it('a reply as the page makes the seeded unanswered question answered', async () => {
    await setUp({ sim: { seed: true } });
    const trainee = sim.state.posts.find((p) => p.text.includes('traineeprogram'))!;
    const comments = await client.listComments(trainee.urn);
    if (!comments.ok) throw new Error(comments.detail);
    const question = comments.value.find((c) => c.text === 'Hur söker man till traineeprogrammet?')!;
    const answered = comments.value.find((c) => c.text.startsWith('Kan man söka'))!;

    const answeredReplies = await client.listReplies(answered.urn);
    expect(answeredReplies.ok && client.isAnsweredByPage(answered, answeredReplies.value, [])).toBe(true);
    expect(await client.listReplies(question.urn)).toEqual({ ok: true, value: [] });
    expect(client.isAnsweredByPage(question, [], comments.value)).toBe(false);
    // Another member's reply is not the page's answer.
    sim.addComment(trainee.urn, { actorUrn: 'urn:li:person:ErikNilss2', text: 'Undrar samma sak', parentUrn: question.urn });
    const memberReplies = await client.listReplies(question.urn);
    expect(memberReplies.ok && memberReplies.value.length).toBe(1);
    expect(memberReplies.ok && client.isAnsweredByPage(question, memberReplies.value, [])).toBe(false);

    const reply = await client.replyAsPage(trainee.urn, question.urn, 'Hej Anna! Du söker via helsingborg.se/trainee.');
    if (!reply.ok) throw new Error(reply.detail);
    const stored = sim.state.comments.find((c) => c.urn === reply.value)!;
    expect(stored).toMatchObject({ actorUrn: sim.state.organizationUrn, parentUrn: question.urn });
    expect(sim.requests.at(-1)).toMatchObject({
      method: 'POST',
      body: {
        actor: sim.state.organizationUrn,
        object: trainee.urn,
        message: { text: 'Hej Anna! Du söker via helsingborg.se/trainee.' },
        parentComment: question.urn,
      },
    });

    const after = await client.listReplies(question.urn);
    if (!after.ok) throw new Error(after.detail);
    expect(after.value.map((r) => r.actorUrn)).toEqual(['urn:li:person:ErikNilss2', sim.state.organizationUrn]);
    expect(after.value[1]).toMatchObject({ urn: reply.value, parentUrn: question.urn });
    expect(client.isAnsweredByPage(question, after.value, [])).toBe(true);
  });

  it('in a flat thread, a later page comment that mentions the author counts as an answer', async () => {
    const post = sim.addPost({ text: 'Trainee' });
    const question = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Hur söker man?', createdAt: new Date(clock.now().getTime() - 60_000) });
    sim.addComment(post.urn, { actorUrn: 'urn:li:person:Other', text: 'Undrar också', mentionUrns: [MEMBER] });
    const listed = await client.listComments(post.urn);
    if (!listed.ok) throw new Error(listed.detail);
    const [asked, byMember] = listed.value;
    expect(client.isAnsweredByPage(asked, [], [byMember])).toBe(false);
    // A later page comment to everyone, mentioning nobody, is not an answer to this author.
    const toEveryone: LinkedInComment = { ...byMember, actorUrn: sim.state.organizationUrn, mentionUrns: ['urn:li:person:Other'] };
    expect(client.isAnsweredByPage(asked, [], [toEveryone])).toBe(false);

    sim.addComment(post.urn, { actorUrn: sim.state.organizationUrn, text: 'Anna Lind, läs mer på webben', mentionUrns: [MEMBER] });
    const relisted = await client.listComments(post.urn);
    if (!relisted.ok) throw new Error(relisted.detail);
    const pageComment = relisted.value.at(-1)!;
    expect(pageComment.mentionUrns).toEqual([MEMBER]);
    expect(client.isAnsweredByPage(relisted.value[0], [], relisted.value.slice(1))).toBe(true);
    // A page comment mentioning the author but written before the question answers nothing.
    const earlier: LinkedInComment = { ...pageComment, createdAt: new Date(question.createdAt.getTime() - 1) };
    expect(isAnsweredByPage(relisted.value[0], [], [earlier], sim.state.organizationUrn)).toBe(false);
  });

  it('deletes a comment as the page (204), sending actor= the encoded organization', async () => {
    const post = sim.addPost({ text: 'Trainee' });
    const comment = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Spam spam spam' });
    const result = await client.deleteComment(post.urn, comment.id);
    expect(result).toEqual({ ok: true, value: undefined });
    expect(sim.requests[0]).toMatchObject({ method: 'DELETE' });
    expect(sim.requests[0].rawUrl).toMatch(/\/comments\/\d+\?actor=urn%3Ali%3Aorganization%3A90000001$/);
    expect(sim.state.comments.map((c) => c.urn)).not.toContain(comment.urn);
    expect(sim.state.deletedCommentUrns).toContain(comment.urn);
  });

  it('a refused deletion of a member comment is forbidden and leaves the comment', async () => {
    await setUp({ sim: { refuseMemberCommentDeletes: true } });
    const post = sim.addPost({ text: 'Trainee' });
    const comment = sim.addComment(post.urn, { actorUrn: MEMBER, text: 'Otrevligt' });
    expect(await client.deleteComment(post.urn, comment.urn)).toMatchObject({ ok: false, reason: 'forbidden', status: 403 });
    expect(sim.state.comments.map((c) => c.urn)).toContain(comment.urn);
  });
});
