import type { Database } from '../../src/store/database';
import { createTestStorage, TestStorage } from '../support/database';
import { advance, emptyTables, newScheduler, openStore, secondConnection, TestClock } from './harness';

const START = '2026-11-23T09:00:00+01:00';

async function jobRow(db: Database, id: string) {
  const rows = await db.query<{ status: string; attempts: number; run_at: Date; last_error: string | null; locked_by: string | null }>(
    'select status, attempts, run_at, last_error, locked_by from jobs where id = $1',
    [id],
  );
  return rows[0];
}

describe('scheduler', () => {
  let storage: TestStorage;
  let db: Database;
  let clock: TestClock;

  // Creating a database is slow (PGlite runs initdb): one per file, emptied before each test.
  beforeAll(async () => {
    storage = await createTestStorage();
    db = await openStore(storage);
  });

  beforeEach(async () => {
    await emptyTables(db);
    clock = new TestClock(new Date(START));
  });

  afterAll(async () => {
    await db.close();
    await storage.cleanup();
  });

  test('due jobs run once, and a second tick finds nothing to do', async () => {
    const scheduler = newScheduler(db, clock);
    const ran: unknown[] = [];
    scheduler.register('note', async (payload) => void ran.push(payload));
    await scheduler.schedule('note', { n: 1 }, new Date('2026-11-23T08:00:00+01:00'));
    await scheduler.schedule('note', { n: 2 }, clock.now());

    expect(await scheduler.tick()).toBe(2);
    expect(await scheduler.tick()).toBe(0);
    expect(ran).toEqual([{ n: 1 }, { n: 2 }]);
  });

  test('a future job waits until the clock reaches it', async () => {
    const scheduler = newScheduler(db, clock);
    let runs = 0;
    scheduler.register('later', async () => void runs++);
    await scheduler.schedule('later', null, new Date('2026-11-23T09:10:00+01:00'));

    expect(await scheduler.tick()).toBe(0);
    advance(clock, 9 * 60_000);
    expect(await scheduler.tick()).toBe(0);
    advance(clock, 60_000);
    expect(await scheduler.tick()).toBe(1);
    expect(runs).toBe(1);
  });

  test('a second schedule with the same dedupe key does nothing, even after the first has run', async () => {
    const scheduler = newScheduler(db, clock);
    let runs = 0;
    scheduler.register('reminder', async () => void runs++);
    const first = await scheduler.schedule('reminder', { comment: 'c1' }, clock.now(), 'reminder:c1:channel');
    const second = await scheduler.schedule('reminder', { comment: 'c1' }, clock.now(), 'reminder:c1:channel');
    expect(first.scheduled).toBe(true);
    expect(second).toEqual({ scheduled: false, id: first.id });

    await scheduler.tick();
    const third = await scheduler.schedule('reminder', { comment: 'c1' }, clock.now(), 'reminder:c1:channel');
    expect(third).toEqual({ scheduled: false, id: first.id });
    await scheduler.tick();
    expect(runs).toBe(1);
  });

  test('cancel removes the pending jobs of a key prefix and leaves look-alike keys alone', async () => {
    const scheduler = newScheduler(db, clock);
    const ran: string[] = [];
    scheduler.register('reminder', async (p) => void ran.push((p as { key: string }).key));
    for (const key of ['reminder:1:channel', 'reminder:1:dm', 'reminder:10:channel']) {
      await scheduler.schedule('reminder', { key }, clock.now(), key);
    }
    expect(await scheduler.cancel('reminder:1:')).toBe(2);
    await scheduler.tick();
    expect(ran).toEqual(['reminder:10:channel']);
    // A cancelled key may be scheduled again.
    expect((await scheduler.schedule('reminder', { key: 'reminder:1:dm' }, clock.now(), 'reminder:1:dm')).scheduled).toBe(true);
  });

  test('a failing handler is retried with exponential backoff and then marked failed with its error', async () => {
    const scheduler = newScheduler(db, clock);
    let runs = 0;
    scheduler.register(
      'flaky',
      async () => {
        runs++;
        throw new Error(`LinkedIn said no (${runs})`);
      },
      { maxAttempts: 3, baseSeconds: 30, capSeconds: 3600 },
    );
    const { id } = await scheduler.schedule('flaky', null, clock.now());

    await scheduler.tick();
    let job = await jobRow(db, id);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'LinkedIn said no (1)' });
    expect(job.run_at.getTime() - clock.now().getTime()).toBe(30_000);

    advance(clock, 29_000);
    expect(await scheduler.tick()).toBe(0);
    advance(clock, 1_000);
    expect(await scheduler.tick()).toBe(1);
    job = await jobRow(db, id);
    expect(job).toMatchObject({ status: 'pending', attempts: 2 });
    expect(job.run_at.getTime() - clock.now().getTime()).toBe(60_000);

    advance(clock, 60_000);
    await scheduler.tick();
    expect(await jobRow(db, id)).toMatchObject({ status: 'failed', attempts: 3, last_error: 'LinkedIn said no (3)' });
    advance(clock, 24 * 3600_000);
    expect(await scheduler.tick()).toBe(0);
    expect(runs).toBe(3);
  });

  test('a handler that fails once and then succeeds ends done', async () => {
    const scheduler = newScheduler(db, clock);
    let runs = 0;
    scheduler.register('once', async () => {
      if (++runs === 1) throw new Error('hiccup');
    });
    const { id } = await scheduler.schedule('once', null, clock.now());
    await scheduler.tick();
    advance(clock, 30_000);
    await scheduler.tick();
    expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(runs).toBe(2);
  });

  test("a job claimed by an instance that died is taken over after its lease, and the dead instance's late finish changes nothing", async () => {
    const second = await secondConnection(storage, db);
    try {
      const dying = newScheduler(db, clock, { instanceId: 'dying', leaseSeconds: 60 });
      const survivor = newScheduler(second.db, clock, { instanceId: 'survivor', leaseSeconds: 60 });
      let hang!: () => void;
      const stuck = new Promise<void>((resolve) => (hang = resolve));
      let dyingStarted = false;
      dying.register('work', async () => {
        dyingStarted = true;
        await stuck;
      });
      let survivorRuns = 0;
      survivor.register('work', async () => void survivorRuns++);
      const { id } = await survivor.schedule('work', null, clock.now());

      const abandoned = dying.tick();
      while (!dyingStarted) await new Promise((r) => setTimeout(r, 5));
      expect(await jobRow(db, id)).toMatchObject({ status: 'running', locked_by: 'dying' });

      expect(await survivor.tick()).toBe(0);
      advance(clock, 59_000);
      expect(await survivor.tick()).toBe(0);
      advance(clock, 2_000);
      expect(await survivor.tick()).toBe(1);
      expect(survivorRuns).toBe(1);
      expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 1, locked_by: null });

      // The "dead" instance wakes up and finishes: the job stays as the survivor left it.
      hang();
      await abandoned;
      expect(await jobRow(db, id)).toMatchObject({ status: 'done', attempts: 1 });
    } finally {
      await second.close();
    }
  });

  test('work that fell due while the bot was down runs once on the first tick after a restart', async () => {
    const before = newScheduler(db, clock);
    before.register('digest', async () => undefined);
    await before.schedule('digest', { week: 48 }, new Date('2026-11-23T12:00:00+01:00'), 'digest:48');
    await before.schedule('digest', { week: 49 }, new Date('2026-11-23T13:00:00+01:00'), 'digest:49');
    await db.close();

    // The bot is down over lunch; it comes back at 15:00.
    clock.set('2026-11-23T15:00:00+01:00');
    db = await openStore(storage);
    const after = newScheduler(db, clock);
    const ran: unknown[] = [];
    after.register('digest', async (p) => void ran.push(p));
    expect(await after.start()).toBe(2);
    await after.stop();
    expect(ran).toEqual([{ week: 48 }, { week: 49 }]);
    expect(await after.tick()).toBe(0);
  });

  test('stop hands the rest of a claimed batch back, so the next instance need not wait for the lease', async () => {
    const first = newScheduler(db, clock, { instanceId: 'first', batchSize: 10 });
    let stopping: Promise<void> | undefined;
    let firstRuns = 0;
    first.register('work', async () => {
      firstRuns++;
      stopping ??= first.stop();
    });
    for (let i = 0; i < 5; i++) await first.schedule('work', { i }, clock.now());
    expect(await first.tick()).toBe(1);
    await stopping;

    const next = newScheduler(db, clock, { instanceId: 'next' });
    let nextRuns = 0;
    next.register('work', async () => void nextRuns++);
    expect(await next.tick()).toBe(4);
    expect(firstRuns + nextRuns).toBe(5);
  });

  test('two scheduler instances ticking concurrently on one database never run the same job twice', async () => {
    const second = await secondConnection(storage, db);
    try {
      const runsById = new Map<string, string[]>();
      const make = (name: string, on: Database) => {
        const s = newScheduler(on, clock, { instanceId: name, batchSize: 7 });
        s.register('send', async (_p, job) => {
          runsById.set(job.id, [...(runsById.get(job.id) ?? []), name]);
          // Yield, so the other instance gets to claim while this one is busy.
          await on.query('select 1');
        });
        return s;
      };
      const a = make('a', db);
      const b = make('b', second.db);
      const total = 150;
      for (let i = 0; i < total; i++) await a.schedule('send', { i }, new Date(clock.now().getTime() - (i % 10) * 1000));

      const counts = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(total);
      expect(runsById.size).toBe(total);
      expect([...runsById.values()].filter((r) => r.length > 1)).toEqual([]);
      // With two pools the instances really do race (PGlite serialises them on its one connection).
      if (storage.env.DATABASE_URL) expect(new Set([...runsById.values()].flat())).toEqual(new Set(['a', 'b']));
      const left = await db.query<{ n: number }>(`select count(*)::int as n from jobs where status <> 'done'`);
      expect(left[0].n).toBe(0);
    } finally {
      await second.close();
    }
  });

  test('a recurring job whose instances kept dying is not given up: the next instance runs it, the count clears, the recurrence goes on', async () => {
    const scheduler = newScheduler(db, clock, { leaseSeconds: 60 });
    let runs = 0;
    scheduler.recurring('poll', async () => {
      runs++;
      return { retryAt: new Date(clock.now().getTime() + 300_000) };
    }, { staleAfterSeconds: 3600 });
    await scheduler.ensureRecurring();
    // Ten instances in a row died holding it (twice the five attempts after which a one-off job is given
    // up); the last one's lease has run out.
    await db.query(`update jobs set status = 'running', locked_by = 'dead-10', locked_until = $1, attempts = 10 where dedupe_key = 'poll'`, [clock.now()]);
    advance(clock, 1_000);
    await scheduler.tick();
    expect(runs).toBe(1);
    const [row] = await db.query<{ status: string; attempts: number; run_at: Date; last_success_at: Date | null }>(`select status, attempts, run_at, last_success_at from jobs where dedupe_key = 'poll'`);
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(row.last_success_at).toEqual(clock.now());
    expect(row.run_at.getTime() - clock.now().getTime()).toBe(300_000);
  });

  test('a one-off job whose instances kept dying is still given up after its attempts', async () => {
    const scheduler = newScheduler(db, clock, { leaseSeconds: 60 });
    let runs = 0;
    scheduler.register('once', async () => void runs++);
    const { id } = await scheduler.schedule('once', null, clock.now());
    await db.query(`update jobs set status = 'running', locked_by = 'dead-5', locked_until = $2, attempts = 4 where id = $1`, [id, clock.now()]);
    advance(clock, 1_000);
    await scheduler.tick();
    expect(runs).toBe(0);
    expect((await jobRow(db, id)).status).toBe('failed');
  });

  test('start repairs a recurring job that ended (failed or done) and creates a missing one', async () => {
    const scheduler = newScheduler(db, clock);
    scheduler.recurring('poll', async () => ({ retryAt: new Date(clock.now().getTime() + 300_000) }), { staleAfterSeconds: 3600 });
    scheduler.recurring('retention', async () => ({ retryAt: new Date(clock.now().getTime() + 86_400_000) }), { staleAfterSeconds: 2 * 86_400 });
    await scheduler.schedule('poll', {}, clock.now(), 'poll');
    await db.query(`update jobs set status = 'failed', attempts = 5, last_error = 'gave up after 5 attempts (instances died running it)' where dedupe_key = 'poll'`);
    await scheduler.ensureRecurring();
    const rows = await db.query<{ dedupe_key: string; status: string; attempts: number }>(`select dedupe_key, status, attempts from jobs order by dedupe_key`);
    expect(rows).toEqual([
      { dedupe_key: 'poll', status: 'pending', attempts: 0 },
      { dedupe_key: 'retention', status: 'pending', attempts: 0 },
    ]);
    expect(await scheduler.tick()).toBe(2);
    // A second start changes nothing that runs.
    await scheduler.ensureRecurring();
    expect(await scheduler.tick()).toBe(0);
  });

  test('a recurring job without a success for longer than its period is stale: in its status and told to onStale', async () => {
    const told: string[][] = [];
    const scheduler = newScheduler(db, clock, { onStale: async (stale) => void told.push(stale.map((s) => s.kind)) });
    scheduler.recurring('poll', async () => {
      throw new Error('LinkedIn is down');
    }, { staleAfterSeconds: 3600 });
    await scheduler.ensureRecurring();
    await scheduler.tick();
    expect((await scheduler.recurringStatus())[0]).toMatchObject({ kind: 'poll', stale: false, attempts: 1, lastError: 'LinkedIn is down' });
    expect(told).toEqual([]);
    advance(clock, 2 * 3_600_000);
    await scheduler.tick();
    expect((await scheduler.recurringStatus())[0]).toMatchObject({ kind: 'poll', stale: true, status: 'pending' });
    expect(told).toEqual([['poll']]);
    // Told at most every few minutes, not at every tick.
    await scheduler.tick();
    expect(told).toHaveLength(1);
  });
});

