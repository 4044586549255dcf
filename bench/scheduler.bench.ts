import { mkdtempSync, rmSync } from 'node:fs';
import { throwawayDatabase } from './throwaway';
import os from 'node:os';
import path from 'node:path';
import { Scheduler } from '../src/jobs/scheduler';
import { createLogger } from '../src/logger';
import { Database, migrate, openDatabase } from '../src/store/database';

const clock = { now: () => new Date('2026-11-23T09:00:00+01:00') };
const log = createLogger('silent');

async function fill(db: Database, n: number): Promise<void> {
  await db.query(
    `insert into jobs (kind, payload, run_at, created_at) select 'noop', jsonb_build_object('i', g), $1, $1 from generate_series(1, $2) g`,
    [new Date('2026-11-23T08:00:00+01:00'), n],
  );
}

function scheduler(db: Database, instanceId: string, batchSize: number): Scheduler {
  return new Scheduler({ db, clock, log, instanceId, tickSeconds: 60, batchSize }).register('noop', async () => undefined);
}

/** Jobs claimed and run per second by one scheduler, and by two racing on one database. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-bench-'));
  const throwaway = await throwawayDatabase(process.env.BENCH_DATABASE_URL, 'sav_bench_jobs');
  const url = throwaway.url;
  const db = await openDatabase({ dataDir: dir, databaseUrl: url });
  await migrate(db);
  const n = 2000;
  const figures: Record<string, number | string> = { database: db.kind };

  for (const batch of [1, 20, 100]) {
    await db.query('truncate jobs');
    await fill(db, n);
    const t = Date.now();
    const ran = await scheduler(db, 'one', batch).tick();
    figures[`jobs/s, one instance, batch ${batch}`] = ran / ((Date.now() - t) / 1000);
  }

  await db.query('truncate jobs');
  await fill(db, n);
  const other = url ? await openDatabase({ dataDir: dir, databaseUrl: url }) : db;
  const t = Date.now();
  const counts = await Promise.all([scheduler(db, 'a', 20).tick(), scheduler(other, 'b', 20).tick()]);
  figures['jobs/s, two instances racing, batch 20'] = (counts[0] + counts[1]) / ((Date.now() - t) / 1000);
  const twice = await db.query<{ n: number }>(`select count(*)::int as n from jobs where status <> 'done' or attempts > 0`);
  figures['jobs not done exactly once (must be 0)'] = twice[0].n + (counts[0] + counts[1] - n);
  if (other !== db) await other.close();
  await db.close();
  await throwaway.drop();
  rmSync(dir, { recursive: true, force: true });
  return figures;
}
