import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
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

/** On a server, a throwaway database: the bench truncates `jobs`, which must never hit the bot's own. */
async function throwawayDatabase(server: string | undefined): Promise<{ url?: string; drop(): Promise<void> }> {
  if (!server) return { drop: async () => undefined };
  const name = `sav_bench_jobs_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Jobs claimed and run per second by one scheduler, and by two racing on one database. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-bench-'));
  const throwaway = await throwawayDatabase(process.env.BENCH_DATABASE_URL);
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
