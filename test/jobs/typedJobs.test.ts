import { z } from 'zod';
import { defineJob } from '../../src/jobs/job';
import type { Database } from '../../src/store/database';
import { createTestStorage, TestStorage } from '../support/database';
import { emptyTables, newScheduler, openStore, TestClock } from './harness';

describe('typed jobs', () => {
  let storage: TestStorage;
  let db: Database;

  beforeAll(async () => {
    storage = await createTestStorage();
    db = await openStore(storage);
  });
  beforeEach(() => emptyTables(db));
  afterAll(async () => {
    await db.close();
    await storage.cleanup();
  });

  const noteJob = (seen: number[]) => defineJob({ kind: 'note', schema: z.object({ n: z.number() }), handler: async ({ n }) => void seen.push(n) });

  test('a registered kind gets its payload checked and typed', async () => {
    const seen: number[] = [];
    const scheduler = newScheduler(db, new TestClock(new Date('2026-11-23T09:00:00+01:00'))).registerAll([noteJob(seen)]);
    await scheduler.schedule('note', { n: 7 }, new Date('2026-11-23T08:00:00+01:00'));
    expect(await scheduler.tick()).toBe(1);
    expect(seen).toEqual([7]);
  });

  test('a payload that does not fit the schema is a failed attempt, not a run', async () => {
    const seen: number[] = [];
    const scheduler = newScheduler(db, new TestClock(new Date('2026-11-23T09:00:00+01:00'))).registerAll([noteJob(seen)]);
    const { id } = await scheduler.schedule('note', { n: 'seven' }, new Date('2026-11-23T08:00:00+01:00'));
    await scheduler.tick();
    expect(seen).toEqual([]);
    const [row] = await db.query<{ attempts: number; status: string }>('select attempts, status from jobs where id = $1', [id]);
    expect(row).toMatchObject({ attempts: 1, status: 'pending' });
  });

  test('a recurring job is declared with its kind, and ensureRecurring creates its row', async () => {
    const scheduler = newScheduler(db, new TestClock(new Date('2026-11-23T09:00:00+01:00'))).registerAll([
      defineJob({ kind: 'daily', schema: z.unknown(), handler: async () => ({ retryAt: new Date('2026-11-24T09:00:00+01:00') }), recurring: { staleAfterSeconds: 90_000 } }),
    ]);
    await scheduler.ensureRecurring();
    expect((await scheduler.recurringStatus()).map((r) => r.kind)).toEqual(['daily']);
  });
});
