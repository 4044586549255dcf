import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkpointJob } from '../../src/jobs/checkpoint';
import type { Database } from '../../src/store/database';
import { CommentRepository } from '../../src/store/comments';
import { OutboxRepository } from '../../src/store/outbox';
import { createTestStorage, TestStorage } from '../support/database';
import { newScheduler, openStore, TestClock } from './harness';

/**
 * The database work behind issue 17 (lean): the counter /status reads, the batched retention purge,
 * look-ups by key prefix, the checkpoint job and the first start's initdb. The figures are in
 * `npm run bench`; these prove the behaviour.
 */
const NOW = new Date('2026-11-23T09:00:00+01:00');
const DAY = 86_400_000;

describe('lean storage', () => {
  let storage: TestStorage;
  let db: Database;
  // Creating a database is slow (initdb): one per file, emptied before each test.
  beforeAll(async () => {
    storage = await createTestStorage();
    db = await openStore(storage);
  });
  beforeEach(async () => {
    await db.query('truncate comments, posts, outbox, jobs, comment_counts cascade');
    await db.query(`insert into posts (urn, source, first_seen_at) values ('urn:li:share:1', 'test', $1)`, [NOW]);
  });
  afterAll(async () => {
    await db.close();
    await storage.cleanup();
  });

  /** Stores a comment; `closedDaysAgo` null leaves it open. */
  async function comment(id: number, status: string, closedDaysAgo: number | null, deadlineDaysAgo = 0): Promise<string> {
    const rows = await db.query<{ id: string }>(
      `insert into comments (id, post_urn, text, author_name, commented_at, seen_at, source, kind, is_question, is_threat, should_remove, classifier_version, status, deadline_at, closed_at)
       values (md5($1::text)::uuid, 'urn:li:share:1', 'Hej?', 'Anna', $2, $2, 'test', 'question', true, false, false, 'v', $3, $4, $5) returning id`,
      [String(id), new Date(NOW.getTime() - 60 * DAY), status, new Date(NOW.getTime() - deadlineDaysAgo * DAY), closedDaysAgo === null ? null : new Date(NOW.getTime() - closedDaysAgo * DAY)],
    );
    return rows[0].id;
  }

  async function countedByScan(): Promise<{ answered: number; answeredInTime: number }> {
    const [r] = await db.query<{ a: number; t: number }>(
      `select count(*) filter (where status = 'answered')::int as a, count(*) filter (where status = 'answered' and closed_at <= deadline_at)::int as t from comments`,
    );
    return { answered: r.a, answeredInTime: r.t };
  }

  test('the answered counter /status reads follows comments as they are answered, reopened, changed and deleted', async () => {
    const repo = new CommentRepository(db);
    const inTime = await comment(1, 'answered', 2, 1);
    const late = await comment(2, 'answered', 1, 2);
    const open = await comment(3, 'open', null, -1);
    await comment(4, 'not_a_question', 3);
    expect(await repo.counts(NOW)).toMatchObject({ answered: 2, answeredInTime: 1, open: 1, overdue: 0 });

    await db.query(`update comments set status = 'answered', closed_at = $2 where id = $1`, [open, NOW]);
    await db.query(`update comments set status = 'open', closed_at = null where id = $1`, [inTime]);
    await db.query(`update comments set deadline_at = $2 where id = $1`, [late, NOW]);
    const counts = await repo.counts(NOW);
    expect({ answered: counts.answered, answeredInTime: counts.answeredInTime }).toEqual(await countedByScan());
    // The reopened comment's deadline (a day ago) has passed.
    expect(counts).toMatchObject({ answered: 2, answeredInTime: 2, open: 1, overdue: 1 });

    await db.query(`delete from comments where id = $1`, [late]);
    expect(await repo.counts(NOW)).toMatchObject({ ...(await countedByScan()), answered: 1, open: 1, overdue: 1 });
  });

  test('the retention purge forgets every text past the period in batches, empties their cards, and leaves the rest', async () => {
    const repo = new CommentRepository(db);
    const old = [];
    for (let i = 0; i < 25; i++) old.push(await comment(100 + i, 'answered', 40));
    const recent = await comment(200, 'answered', 5);
    const open = await comment(201, 'open', null);
    for (const id of [old[0], old[24], recent]) {
      await db.query(`insert into outbox (key, target, activity, status, created_at) values ($1, '{}', '{"text":"Hej?"}', 'sent', $2)`, [`reminder:${id}:channel`, NOW]);
    }
    // Text goes only once the half-year archive holding it exists (issue 15): one archive covering every comment here.
    const [file] = await db.query<{ id: string }>(`insert into files (name, content_type, content, created_at) values ('arkiv', 'text/plain', '', $1) returning id`, [NOW]);
    await db.query(
      `insert into archives (period, period_start, period_end, pdf_file_id, csv_file_id, json_file_id, counts, created_at, mail_status)
       values ('test', '2000-01-01', '2100-01-01', $1, $1, $1, '{}', $2, 'stored')`,
      [file.id, NOW],
    );
    expect(await repo.purgeText(new Date(NOW.getTime() - 30 * DAY), NOW, 10)).toBe(25);
    const texts = await db.query<{ id: string; text: string | null }>('select id, text from comments');
    for (const t of texts) expect(t.text === null).toBe(old.includes(t.id));
    expect(texts.find((t) => t.id === open)!.text).toBe('Hej?');
    const cards = await db.query<{ key: string; activity: object }>('select key, activity from outbox order by key');
    for (const c of cards) expect(Object.keys(c.activity).length === 0).toBe(!c.key.includes(recent));
    // Nothing is left to purge: a second run changes nothing.
    expect(await repo.purgeText(new Date(NOW.getTime() - 30 * DAY), NOW, 10)).toBe(0);
  });

  test('sent messages and pending jobs are found by key prefix, never their neighbours ("reminder:1:" is not "reminder:10:")', async () => {
    const outbox = new OutboxRepository(db);
    for (const key of ['reminder:1:channel', 'reminder:1:editor', 'reminder:10:channel', 'reminder:1', 'reminder;1:x']) {
      await db.query(`insert into outbox (key, target, activity, status, created_at, sent_at, activity_id, conversation_id) values ($1, '{}', '{}', 'sent', $2, $2, $1, 'c')`, [key, NOW]);
    }
    expect((await outbox.sentActivities('reminder:1:')).map((s) => s.key).sort()).toEqual(['reminder:1:channel', 'reminder:1:editor']);
    const scheduler = newScheduler(db, new TestClock(NOW));
    for (const key of ['reminder:1:first', 'reminder:1:overdue', 'reminder:10:first']) await scheduler.schedule('noop', {}, NOW, key);
    expect(await scheduler.cancel('reminder:1:')).toBe(2);
    expect((await db.query<{ dedupe_key: string }>('select dedupe_key from jobs')).map((r) => r.dedupe_key)).toEqual(['reminder:10:first']);
  });

  test('the checkpoint job runs on the open database and comes back in a quarter of an hour', async () => {
    const outcome = await checkpointJob({ clock: new TestClock(NOW), database: db }).handler(undefined, { id: 'j', kind: 'database.checkpoint', attempts: 0 });
    expect(outcome).toEqual({ retryAt: new Date(NOW.getTime() + 15 * 60_000) });
    expect(await db.ping()).toBe(true);
  });

  test('a first start creates the embedded database whole, leaving no staging folder behind', () => {
    if (storage.env.DATABASE_URL) return;
    expect(existsSync(path.join(storage.env.DATA_DIR, 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(storage.env.DATA_DIR, '.initdb'))).toBe(false);
  });
});
