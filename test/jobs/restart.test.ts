import { Outbox } from '../../src/jobs/outbox';
import { outboxSendJob } from '../../src/jobs/outboxSend';
import { createTestStorage, TestStorage } from '../support/database';
import { FakeConnector } from '../support/fakeConnector';
import { advance, log, newScheduler, newSender, openStore, SAV_CHANNEL, seedConversations, TestClock } from './harness';

describe('outbox across a crash', () => {
  let storage: TestStorage;
  let connector: FakeConnector;

  beforeAll(async () => {
    storage = await createTestStorage();
    connector = await new FakeConnector().start();
  });

  afterAll(async () => {
    await connector.stop();
    await storage.cleanup();
  });

  test('a bot that dies in the middle of a run delivers every queued message exactly once after it restarts', async () => {
    const clock = new TestClock(new Date('2026-11-23T09:00:00+01:00'));
    const keys = Array.from({ length: 6 }, (_, i) => `weekly:${i}`);

    // First life: queue six sends; the process stalls after three of them went out.
    const db1 = await openStore(storage);
    await seedConversations(db1, connector);
    const scheduler1 = newScheduler(db1, clock, { instanceId: 'bot-1', leaseSeconds: 60 });
    let delivered = 0;
    const outbox1 = new Outbox({
      db: db1,
      clock,
      log,
      queue: scheduler1,
      sender: newSender(db1),
      onSent: () => {
        if (++delivered === 3) connector.hold();
      },
    });
    scheduler1.registerAll([outboxSendJob(outbox1)]);
    for (const key of keys) {
      await outbox1.enqueue({ key, target: { kind: 'conversation', conversationId: SAV_CHANNEL }, activity: { type: 'message', text: key } });
    }
    const firstRun = scheduler1.tick().catch(() => 'crashed');
    while (!connector.calls.some((c) => c.status === undefined)) await new Promise((r) => setTimeout(r, 5));

    // Crash: the database goes away under the process, and the send in flight never reaches Teams.
    await db1.close();
    connector.dropHeld();
    await firstRun;
    expect(connector.delivered().map((c) => c.body.text)).toEqual(keys.slice(0, 3));

    // Second life on the same storage. The jobs the dead process had claimed wait for its lease to run out.
    const db2 = await openStore(storage);
    const scheduler2 = newScheduler(db2, clock, { instanceId: 'bot-2', leaseSeconds: 60 });
    scheduler2.registerAll([outboxSendJob(new Outbox({ db: db2, clock, log, queue: scheduler2, sender: newSender(db2) }))]);
    expect(await scheduler2.tick()).toBe(0);
    advance(clock, 61_000);
    expect(await scheduler2.tick()).toBe(3);
    advance(clock, 60_000);
    expect(await scheduler2.tick()).toBe(0);

    const sentKeys = connector.delivered().map((c) => c.body.text as string);
    expect([...sentKeys].sort()).toEqual(keys);
    const states = await db2.query<{ key: string; status: string }>('select key, status from outbox order by key');
    expect(states.every((s) => s.status === 'sent')).toBe(true);
    const jobs = await db2.query<{ status: string }>(`select status from jobs`);
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    await scheduler2.stop();
    await db2.close();
  });
});
