import type { Database } from '../../src/store/database';
import { createTestStorage, TestStorage } from '../support/database';
import { Outbox } from '../../src/jobs/outbox';
import { outboxSendJob } from '../../src/jobs/outboxSend';
import { advance, card, ERIK, log, LOUISE, newScheduler, newSender, openStore, outboxWorld, OutboxWorld, SAV_CHANNEL, secondConnection, seedConversations } from './harness';

const channelPath = `/v3/conversations/${encodeURIComponent(SAV_CHANNEL)}/activities`;

async function jobRunAt(db: Database, outboxId: string): Promise<Date> {
  const rows = await db.query<{ run_at: Date }>(`select run_at from jobs where dedupe_key = $1`, [`outbox:${outboxId}`]);
  return rows[0].run_at;
}

describe('outbox', () => {
  let storage: TestStorage;
  let db: Database;
  let w: OutboxWorld;

  beforeAll(async () => {
    storage = await createTestStorage();
    db = await openStore(storage);
  });

  afterEach(async () => {
    await w?.close();
  });

  afterAll(async () => {
    await db.close();
    await storage.cleanup();
  });

  test('a queued card reaches the channel through the connector, and its activity id is kept for updates', async () => {
    w = await outboxWorld(db);
    const { queued } = await w.outbox.enqueue({ key: 'reminder:c1:channel', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: card('Obesvarad kommentar') });
    expect(queued).toBe(true);

    expect(await w.scheduler.tick()).toBe(1);
    const [sent] = w.connector.delivered();
    expect(sent.method).toBe('POST');
    expect(sent.path.startsWith(channelPath)).toBe(true);
    expect(sent.body.attachments[0].content.body[0].text).toBe('Obesvarad kommentar');

    const row = await w.outbox.get('reminder:c1:channel');
    expect(row).toMatchObject({ status: 'sent', activityId: 'sent-1', conversationId: SAV_CHANNEL });
    expect(w.sentRows).toEqual(['reminder:c1:channel']);
    expect(await w.outbox.sentActivities('reminder:c1:')).toEqual([
      { key: 'reminder:c1:channel', activityId: 'sent-1', conversationId: SAV_CHANNEL, sentAt: w.clock.now() },
    ]);
  });

  test('the same key twice is sent once', async () => {
    w = await outboxWorld(db);
    const message = { key: 'reminder:c2:channel', target: { kind: 'conversation' as const, conversationId: SAV_CHANNEL }, activity: card('En gång') };
    const first = await w.outbox.enqueue(message);
    const second = await w.outbox.enqueue(message);
    expect(second).toEqual({ id: first.id, queued: false });
    await w.scheduler.tick();
    expect((await w.outbox.enqueue(message)).queued).toBe(false);
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(1);
  });

  test('429 with Retry-After is retried no sooner than Retry-After by the clock, then sent', async () => {
    w = await outboxWorld(db, { random: () => 0 });
    w.connector.failNext(1, { status: 429, retryAfter: 30 });
    const { id } = await w.outbox.enqueue({ key: 'k429', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'hej' } });
    const t0 = w.clock.now().getTime();

    await w.scheduler.tick();
    // One request only: the connector client's own retries (sleeping through Retry-After) are switched off.
    expect(w.connector.calls).toHaveLength(1);
    expect(await w.outbox.get('k429')).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 429 });
    expect((await jobRunAt(db, id)).getTime() - t0).toBeGreaterThanOrEqual(30_000);

    advance(w.clock, 29_000);
    await w.scheduler.tick();
    expect(w.connector.calls).toHaveLength(1);
    advance(w.clock, 1_000);
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(1);
    expect(await w.outbox.get('k429')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  test('5xx answers are retried with exponential backoff until the send goes through', async () => {
    w = await outboxWorld(db, { backoff: { baseMs: 2_000 } });
    w.connector.failNext(1, { status: 503 }).failNext(1, { status: 502 });
    const { id } = await w.outbox.enqueue({ key: 'k5xx', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'hej' } });
    const t0 = w.clock.now().getTime();

    await w.scheduler.tick();
    expect((await jobRunAt(db, id)).getTime() - t0).toBe(2_000);
    advance(w.clock, 1_999);
    await w.scheduler.tick();
    expect(w.connector.calls).toHaveLength(1);
    advance(w.clock, 1);
    await w.scheduler.tick();
    expect(w.connector.calls).toHaveLength(2);
    // Second failure: the ceiling doubles.
    expect((await jobRunAt(db, id)).getTime() - w.clock.now().getTime()).toBe(4_000);
    advance(w.clock, 4_000);
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(1);
    expect(await w.outbox.get('k5xx')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('a connector that does not answer times the send out, and it is retried later', async () => {
    w = await outboxWorld(db, { sender: newSender(db, 300) });
    w.connector.hold();
    await w.outbox.enqueue({ key: 'hung', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'hej' } });
    expect(await w.scheduler.tick()).toBe(1);
    expect(await w.outbox.get('hung')).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 0 });
    expect((await w.outbox.get('hung'))!.lastError).toContain('Timeout');

    w.connector.dropHeld();
    advance(w.clock, 60_000);
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(1);
  });

  test('a permanent failure is recorded with its error and counted; endless 5xx ends failed after maxAttempts', async () => {
    w = await outboxWorld(db, { maxAttempts: 3 });
    const since = w.clock.now();
    w.connector.failNext(1, { status: 400, code: 'BadArgument' });
    await w.outbox.enqueue({ key: 'bad', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'x' } });
    await w.scheduler.tick();
    expect(await w.outbox.get('bad')).toMatchObject({ status: 'failed', lastStatus: 400 });
    expect((await w.outbox.get('bad'))!.lastError).toContain('BadArgument');
    expect(w.connector.calls).toHaveLength(1);

    w.connector.failNext(100, { status: 500 });
    await w.outbox.enqueue({ key: 'down', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'y' } });
    for (let i = 0; i < 5; i++) {
      await w.scheduler.tick();
      advance(w.clock, 60_000);
    }
    expect(await w.outbox.get('down')).toMatchObject({ status: 'failed', attempts: 3, lastStatus: 500 });
    expect(w.connector.calls).toHaveLength(4);
    expect(await w.outbox.failures(since)).toBe(2);
    expect(await w.outbox.failures(w.clock.now())).toBe(0);
  });

  test('a personal chat that answers 403 falls back to the channel with an @mention of the person', async () => {
    w = await outboxWorld(db);
    w.connector.block(LOUISE.chat);
    await w.outbox.enqueue({
      key: 'escalation:c3:louise',
      target: { kind: 'user', userId: LOUISE.id, name: LOUISE.name, fallbackConversationId: SAV_CHANNEL },
      activity: card('Hot i kommentar'),
    });
    await w.scheduler.tick();

    const refused = w.connector.calls.find((c) => c.path.startsWith(`/v3/conversations/${encodeURIComponent(LOUISE.chat)}/`));
    expect(refused?.status).toBe(403);
    const [sent] = w.connector.delivered();
    expect(sent.path.startsWith(channelPath)).toBe(true);
    expect(sent.body.entities).toContainEqual({ type: 'mention', mentioned: { id: LOUISE.teamsId, name: LOUISE.name }, text: '<at>Louise Lind</at>' });
    const content = sent.body.attachments[0].content;
    expect(content.body[0].text).toBe('<at>Louise Lind</at>');
    expect(content.body[1].text).toBe('Hot i kommentar');
    expect(content.msteams.entities[0].mentioned.id).toBe(LOUISE.teamsId);
    expect(await w.outbox.get('escalation:c3:louise')).toMatchObject({ status: 'sent', fellBack: true, conversationId: SAV_CHANNEL });
  });

  test('a person the bot cannot reach at all is mentioned in the channel text', async () => {
    w = await outboxWorld(db);
    await w.outbox.enqueue({
      key: 'dm:stranger',
      target: { kind: 'user', userId: 'aad-stranger', name: 'Stina Okänd', fallbackConversationId: SAV_CHANNEL },
      activity: { type: 'message', text: 'Du har en kommentar att svara på.' },
    });
    await w.scheduler.tick();
    const [sent] = w.connector.delivered();
    expect(sent.path.startsWith(channelPath)).toBe(true);
    expect(sent.body.text).toBe('<at>Stina Okänd</at> Du har en kommentar att svara på.');
    expect(sent.body.entities[0].mentioned).toEqual({ id: 'aad-stranger', name: 'Stina Okänd' });
  });

  test('a person with a stored personal chat gets the message there', async () => {
    w = await outboxWorld(db);
    await w.outbox.enqueue({ key: 'dm:louise', target: { kind: 'user', userId: LOUISE.id, fallbackConversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'Hej Louise' } });
    await w.scheduler.tick();
    const [sent] = w.connector.delivered();
    expect(sent.path.startsWith(`/v3/conversations/${encodeURIComponent(LOUISE.chat)}/activities`)).toBe(true);
    expect(await w.outbox.get('dm:louise')).toMatchObject({ status: 'sent', fellBack: false, conversationId: LOUISE.chat });
  });

  test('a personal chat is opened with the Teams id from a stored reference, and reused for the next message', async () => {
    w = await outboxWorld(db);
    for (const n of [1, 2]) {
      await w.outbox.enqueue({ key: `dm:erik:${n}`, target: { kind: 'user', userId: ERIK.id }, activity: { type: 'message', text: `Hej Erik ${n}` } });
    }
    await w.scheduler.tick();
    const creates = w.connector.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(creates).toHaveLength(1);
    expect(creates[0].body).toMatchObject({ isGroup: false, members: [{ id: ERIK.teamsId }], tenantId: 'tenant-1', channelData: { tenant: { id: 'tenant-1' } } });
    const sent = w.connector.delivered();
    expect(sent.map((c) => c.body.text)).toEqual(['Hej Erik 1', 'Hej Erik 2']);
    const chat = (await w.outbox.get('dm:erik:1'))!.conversationId!;
    expect(sent.every((c) => c.path.startsWith(`/v3/conversations/${encodeURIComponent(chat)}/activities`))).toBe(true);
  });

  test('an update replaces a sent card in place with a PUT to its activity', async () => {
    w = await outboxWorld(db);
    await w.outbox.enqueue({ key: 'reminder:c4:channel', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: card('Obesvarad') });
    await w.scheduler.tick();
    const [{ activityId, conversationId }] = await w.outbox.sentActivities('reminder:c4:');

    await w.outbox.enqueue({
      key: 'reminder:c4:channel:answered',
      target: { kind: 'conversation', conversationId },
      activity: card('Besvarad av Louise'),
      updateActivityId: activityId,
    });
    await w.scheduler.tick();
    const [put] = w.connector.updates();
    expect(put.path).toBe(`${channelPath}/${activityId}`);
    expect(put.body.attachments[0].content.body[0].text).toBe('Besvarad av Louise');
    expect(await w.outbox.get('reminder:c4:channel:answered')).toMatchObject({ status: 'sent', activityId });
  });

  test('the per-thread limiter never lets more than 7 sends into one second (or 8 into two) of clock time', async () => {
    w = await outboxWorld(db);
    const total = 25;
    for (let i = 0; i < total; i++) {
      await w.outbox.enqueue({ key: `burst:${i}`, target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: `#${i}` } });
    }
    const start = w.clock.now().getTime();
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(7);
    for (let step = 0; step < 200 && w.connector.delivered().length < total; step++) {
      advance(w.clock, 100);
      await w.scheduler.tick();
    }
    expect(w.connector.delivered()).toHaveLength(total);
    const times = (await w.outbox.sentActivities('burst:')).map((s) => s.sentAt.getTime());
    const most = (windowMs: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
    expect(most(1_000)).toBeLessThanOrEqual(7);
    expect(most(2_000)).toBeLessThanOrEqual(8);
    // 25 sends at 8 per 2 s take about 6 s of clock time, not a burst.
    expect(Math.max(...times) - start).toBeGreaterThanOrEqual(5_000);
    expect(await w.outbox.failures(new Date(start))).toBe(0);
  });

  test('a message for the SAV channel waits while no channel is known, then goes out in order once one is', async () => {
    let channel: string | null = null;
    w = await outboxWorld(db, { channel: async () => channel });
    for (const n of [1, 2, 3]) await w.outbox.enqueue({ key: `wait:${n}`, target: { kind: 'channel' }, activity: { type: 'message', text: `#${n}` } });
    await w.scheduler.tick();
    expect(w.connector.delivered()).toHaveLength(0);
    expect(await w.outbox.waiting()).toBe(3);
    expect(await w.outbox.get('wait:1')).toMatchObject({ status: 'waiting', waitingFor: 'sav-channel' });
    // Nothing happens while it waits: no retries, no failures.
    advance(w.clock, 3_600_000);
    await w.scheduler.tick();
    expect(w.connector.calls).toHaveLength(0);
    expect(await w.outbox.failures(new Date(0))).toBe(0);

    channel = SAV_CHANNEL;
    expect(await w.outbox.release(['sav-channel'])).toBe(3);
    await w.scheduler.tick();
    expect(w.connector.delivered().map((c) => c.body.text)).toEqual(['#1', '#2', '#3']);
    expect(w.connector.delivered().every((c) => c.path.startsWith(channelPath))).toBe(true);
    expect(await w.outbox.waiting()).toBe(0);
  });

  test('a conversation with no stored reference, or no conversation at all yet, makes a message wait instead of failing', async () => {
    w = await outboxWorld(db);
    await db.query('truncate conversations');
    w.connector.installFor(LOUISE);
    await w.outbox.enqueue({ key: 'to-louise', target: { kind: 'user', userId: LOUISE.id }, activity: { type: 'message', text: 'Hej' } });
    await w.outbox.enqueue({ key: 'to-channel', target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: 'Hej kanalen' } });
    await w.scheduler.tick();
    expect(await w.outbox.get('to-louise')).toMatchObject({ status: 'waiting', waitingFor: 'teams' });
    expect(await w.outbox.get('to-channel')).toMatchObject({ status: 'waiting', waitingFor: SAV_CHANNEL });
    expect(w.connector.calls).toHaveLength(0);

    // The bot meets its first conversation (the channel): both go out.
    await seedConversations(db, w.connector, { louiseChat: false });
    expect(await w.outbox.release(['teams', SAV_CHANNEL])).toBe(2);
    await w.scheduler.tick();
    expect(await w.outbox.get('to-louise')).toMatchObject({ status: 'sent', conversationId: `a:personal-${LOUISE.id}` });
    expect(await w.outbox.get('to-channel')).toMatchObject({ status: 'sent', conversationId: SAV_CHANNEL });
  });

  test('two instances on one database together keep a thread under 7 sends a second and 8 in two', async () => {
    w = await outboxWorld(db);
    const other = await secondConnection(storage, db);
    const scheduler2 = newScheduler(other.db, w.clock, { instanceId: 'test-instance-2' });
    scheduler2.registerAll([outboxSendJob(new Outbox({ db: other.db, clock: w.clock, log, queue: scheduler2, sender: newSender(other.db), random: () => 1 }))]);
    try {
      const total = 30;
      for (let i = 0; i < total; i++) {
        await w.outbox.enqueue({ key: `pair:${i}`, target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: `#${i}` } });
      }
      const start = w.clock.now().getTime();
      for (let step = 0; step < 300 && w.connector.delivered().length < total; step++) {
        await Promise.all([w.scheduler.tick(), scheduler2.tick()]);
        advance(w.clock, 100);
      }
      expect(w.connector.delivered()).toHaveLength(total);
      const times = (await w.outbox.sentActivities('pair:')).map((s) => s.sentAt.getTime());
      const most = (windowMs: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
      expect(most(1_000)).toBeLessThanOrEqual(7);
      expect(most(2_000)).toBeLessThanOrEqual(8);
      expect(await w.outbox.failures(new Date(start))).toBe(0);
    } finally {
      await scheduler2.stop();
      await other.close();
    }
  });
});
