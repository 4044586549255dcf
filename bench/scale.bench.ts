import { mkdtempSync, rmSync } from 'node:fs';
import { throwawayDatabase } from './throwaway';
import os from 'node:os';
import path from 'node:path';
import { Outbox } from '../src/jobs/outbox';
import { Scheduler } from '../src/jobs/scheduler';
import { createLogger } from '../src/logger';
import { CommentRepository, PURGEABLE } from '../src/store/comments';
import { Database, migrate, openDatabase } from '../src/store/database';
import { keyHasPrefix } from '../src/store/keys';

/**
 * Every query stays flat as history grows: the same work timed with SMALL and with LARGE stored
 * comments (and a reminder card in the outbox for each), as the ratio large ÷ small (goal ≤ 1.2), with
 * the plan's gist. BENCH_SCALE sets LARGE (default 100 000: seeding 1 000 000 takes tens of minutes on PGlite on a small machine);
 * BENCH_DATABASE_URL runs it on a throwaway database of that PostgreSQL server.
 */
const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_SCALE ?? 100_000);
const NOW = new Date('2026-11-23T09:00:00+01:00');
const DAY = 86_400_000;
const log = createLogger('silent');

/** Comments `from`..`to`-1: answered and already purged, but ten (a day's worth) still to purge and twenty open, whatever the size. */
async function seed(db: Database, from: number, to: number): Promise<void> {
  await db.query(`insert into posts (urn, source, first_seen_at) values ('urn:li:share:1', 'bench', $1) on conflict do nothing`, [NOW]);
  // Comments arrive one at a time in life; in bulk here, the counter is summed once at the end instead.
  const counted = (await db.query(`select 1 from pg_trigger where tgname = 'comments_counts'`)).length > 0;
  if (counted) await db.query('alter table comments disable trigger comments_counts');
  for (let start = from; start < to; start += 50_000) {
    const end = Math.min(to, start + 50_000);
    await db.query(
      `insert into comments (id, post_urn, text, commented_at, seen_at, source, kind, is_question, is_threat, should_remove, classifier_version, status, deadline_at, closed_at, text_purged_at)
       select md5('c' || g)::uuid, 'urn:li:share:1', case when g % 1000 = 1 and g <= 10000 then 'kvar' else null end, $1::timestamptz - (g || ' minutes')::interval, $1::timestamptz - (g || ' minutes')::interval,
         'bench', 'question', true, false, false, 'bench', case when g % 500 = 0 and g <= 10000 then 'open' else 'answered' end,
         $1::timestamptz - (g || ' minutes')::interval + interval '1 day', case when g % 500 = 0 and g <= 10000 then null else $1::timestamptz - (g || ' minutes')::interval + interval '2 hours' end,
         case when (g % 1000 = 1 or g % 500 = 0) and g <= 10000 then null else $1::timestamptz - (g || ' minutes')::interval + interval '32 days' end
       from generate_series($2::int, $3::int - 1) g`,
      [new Date(NOW.getTime() - 40 * DAY), start, end],
    );
    await db.query(
      `insert into outbox (key, target, activity, status, created_at, sent_at, activity_id, conversation_id)
       select 'reminder:' || md5('c' || g)::uuid || ':channel', '{}'::jsonb, case when g % 1000 = 1 and g <= 10000 then '{"text":"kvar"}'::jsonb else '{}'::jsonb end, 'sent', $1, $1, 'a' || g, 'conv'
       from generate_series($2::int, $3::int - 1) g`,
      [new Date(NOW.getTime() - 40 * DAY), start, end],
    );
    await db.query(
      `insert into jobs (kind, payload, run_at, dedupe_key, status, created_at, finished_at)
       select 'comment.reminder', '{}'::jsonb, $1, 'reminder:' || md5('c' || g)::uuid || ':channel', 'done', $1, $1 from generate_series($2::int, $3::int - 1) g`,
      [new Date(NOW.getTime() - 10 * DAY), start, end],
    );
  }
  if (counted) {
    await db.query('alter table comments enable trigger comments_counts');
    await db.query(
      `insert into comment_counts (id, answered, answered_in_time)
       select true, count(*) filter (where status = 'answered'), count(*) filter (where status = 'answered' and closed_at <= deadline_at) from comments
       on conflict (id) do update set answered = excluded.answered, answered_in_time = excluded.answered_in_time`,
    );
  }
  await db.query('analyze');
}

/** The median of `times` runs of `work` after one to warm up; `prepare` runs before each, untimed. */
async function timed(work: () => Promise<unknown>, times = 7, prepare?: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  await prepare?.();
  await work();
  for (let i = 0; i < times; i++) {
    await prepare?.();
    const t = process.hrtime.bigint();
    await work();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/** The plan's gist: its scan nodes, e.g. "Index Only Scan using comments_open; Seq Scan on comment_counts". */
async function gist(db: Database, sql: string, params: unknown[]): Promise<string> {
  if (db.kind === 'postgres') {
    const rows = await db.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/^->\s*/, '').replace(/\s+\(cost.*$/, '')).join('; ');
  }
  // PGlite plans the statement with its parameters inlined (EXPLAIN takes none).
  const inlined = sql.replace(/\$(\d+)/g, (_, i) => literal(params[Number(i) - 1]));
  const rows = await db.query<{ 'QUERY PLAN': string }>(`explain ${inlined}`);
  return rows.map((r) => r['QUERY PLAN']).filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/^->\s*/, '').replace(/\s+\(cost.*$/, '')).join('; ');
}

function literal(v: unknown): string {
  if (v instanceof Date) return `'${v.toISOString()}'::timestamptz`;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `array[${v.map(literal).join(',')}]::text[]`;
  return `'${String(v).replace(/'/g, "''")}'`;
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-bench-scale-'));
  const throwaway = await throwawayDatabase(process.env.BENCH_DATABASE_URL, 'sav_bench_scale');
  const db = await openDatabase({ dataDir: dir, databaseUrl: throwaway.url });
  try {
    await migrate(db);
    const clock = { now: () => NOW };
    const comments = new CommentRepository(db);
    const scheduler = new Scheduler({ db, clock, log, instanceId: 'bench', tickSeconds: 60 }).register('noop', async () => undefined);
    const outbox = new Outbox({ db, clock, log, queue: scheduler, sender: {} as never, retryHorizonMs: DAY, channel: async () => null, reachability: {} as never });
    const cutoff = new Date(NOW.getTime() - 30 * DAY);

    /** The measures, each at the size seeded so far. */
    const measure = async () => {
      const probe = `reminder:${await db.query<{ id: string }>(`select md5('c' || 5)::uuid::text as id`).then((r) => r[0].id)}:`;
      return {
        '/status counts': await timed(() => comments.counts(NOW)),
        // The purge in steady state: a day's worth of comments (one in a thousand here) to forget.
        'daily text purge': await timed(
          () => comments.purgeText(cutoff, NOW),
          5,
          () => db.query(`update comments set text = 'kvar', text_purged_at = null where text_purged_at = $1`, [NOW]),
        ),
        'outbox purge (emptying old cards)': await timed(() => outbox.purge(cutoff, new Date(NOW.getTime() - 365 * DAY)), 3),
        'sentActivities by key': await timed(() => outbox.sentActivities(probe)),
        'scheduler cancel by key prefix': await timed(() => scheduler.cancel(probe)),
        'one scheduler tick (10 due jobs)': await timed(
          () => scheduler.tick(),
          5,
          () => db.query(`insert into jobs (kind, payload, run_at, created_at) select 'noop', '{}'::jsonb, $1, $1 from generate_series(1, 10)`, [NOW]),
        ),
      };
    };
    await seed(db, 1, SMALL + 1);
    // Once to warm the caches (and, on PostgreSQL, set the new rows' hint bits), then for the figures.
    await measure();
    const small = await measure();
    let t = Date.now();
    await seed(db, SMALL + 1, LARGE + 1);
    const seedSeconds = (Date.now() - t) / 1000;
    await measure();
    const large = await measure();
    const probe = 'reminder:00000000-0000-0000-0000-000000000000:';
    const plans = {
      '/status counts': await gist(db, `select count(*) from comments where status = 'open' and deadline_at < $1`, [NOW]),
      'daily text purge': await gist(db, `select id from comments where ${PURGEABLE} limit 1000`, [cutoff]),
      'sentActivities by key': await gist(db, `select key from outbox where ${keyHasPrefix('key', '$1')} and status = 'sent'`, [probe]),
      'outbox emptying': await gist(db, `select id from outbox where status in ('sent', 'failed') and coalesce(sent_at, failed_at, created_at) < $1 and activity <> '{}'::jsonb`, [cutoff]),
    };
    const figures: Record<string, number | string> = {
      database: db.kind,
      sizes: `${SMALL} vs ${LARGE} comments (seeding the difference took ${seedSeconds.toFixed(0)} s)`,
    };
    for (const k of Object.keys(small) as (keyof typeof small)[]) {
      figures[`${k} (× at ${LARGE / 1000}k vs ${SMALL / 1000}k, goal ≤ 1.2)`] = large[k] / small[k];
      figures[`${k} (ms at ${SMALL / 1000}k, at ${LARGE / 1000}k)`] = `${small[k].toFixed(2)}, ${large[k].toFixed(2)}`;
    }
    for (const [k, v] of Object.entries(plans)) figures[`plan: ${k}`] = v;
    return figures;
  } finally {
    await db.close();
    await throwaway.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
