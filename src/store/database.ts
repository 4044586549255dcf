import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something that runs SQL: the database itself or an open transaction. */
export interface Sql {
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** The one database the bot talks to: embedded PGlite or a PostgreSQL server, same SQL. */
export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  /** Writes dirty pages out so the write-ahead log can be recycled: PGlite has no checkpointer of its own. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
// Calendar days stay 'YYYY-MM-DD' strings: a JavaScript Date would shift them by the server's time zone.
const keepText = (v: string) => v;
const toNumber = (v: string) => Number(v);

/**
 * Settings for the embedded PostgreSQL, on top of PGlite's own (`PGlite.defaultStartParams`, which keep
 * its fsync setting: durability is as before). Measured (bench/lean.bench.ts): the default 128 MB of
 * shared buffers grow the WASM heap and keep ~130 MB more resident than 16 MB do, for a database this
 * small; PGlite runs no checkpointer, so without a checkpoint (the `database.checkpoint` job) and a
 * small max_wal_size, pg_wal grows for the life of the process.
 */
export const PGLITE_SETTINGS = ['shared_buffers=16MB', 'max_wal_size=64MB', 'min_wal_size=32MB'];

async function openPglite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir);
  await fs.mkdir(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await initdbInChild(dir);
  const db = await PGlite.create(dir, {
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])],
    parsers: { [DATE_OID]: keepText, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
  });
  const run = async <T>(q: { query: PGlite['query'] }, text: string, params?: unknown[]) =>
    (await q.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (text, params) => run(tx, text, params) })),
    exec: async (script) => {
      await db.exec(script);
    },
    ping: async () => {
      try {
        await db.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    checkpoint: async () => {
      await db.exec('checkpoint');
    },
    close: () => db.close(),
  };
}

/**
 * Creates a new PGlite data folder (initdb) in a short-lived child process: initdb runs a second WASM
 * instance and peaks near 900 MB, memory the serving process would otherwise keep. It is built in a
 * folder inside `dir` and moved up with PG_VERSION last, so a start cut short leaves no half-made database.
 */
async function initdbInChild(dir: string): Promise<void> {
  const staging = path.join(dir, '.initdb');
  await fs.rm(staging, { recursive: true, force: true });
  const script = 'require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close())';
  await promisify(execFile)(process.execPath, ['-e', script, require.resolve('@electric-sql/pglite'), staging], { env: {}, maxBuffer: 16 * 2 ** 20 });
  const entries = (await fs.readdir(staging)).sort((a, b) => Number(a === 'PG_VERSION') - Number(b === 'PG_VERSION'));
  for (const entry of entries) await fs.rename(path.join(staging, entry), path.join(dir, entry));
  await fs.rmdir(staging);
}

function openPostgres(url: string): Database {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === DATE_OID) return keepText;
      if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, types: types as pg.CustomTypesConfig, max: 10 });
  // An idle client losing its connection must not crash the bot; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params)).rows,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: async (text, params) => (await client.query(text, params)).rows });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (script) => {
      await pool.query(script);
    },
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    // The server's own checkpointer does this.
    checkpoint: async () => undefined,
    close: () => pool.end(),
  };
}

/** Opens PostgreSQL when `databaseUrl` is set, otherwise embedded PGlite in `dataDir`. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
// Any constant works: it only keeps two instances from migrating one server at the same time.
const MIGRATION_LOCK = 4_711_001;

/** Applies the versioned SQL files in `migrations/` that this database has not seen, in order. */
export async function migrate(db: Database): Promise<string[]> {
  const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ version: string }>('select version from schema_migrations')).map((r) => r.version));
    for (const file of files) {
      if (done.has(file)) continue;
      const script = await fs.readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      for (const statement of splitStatements(script)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
      applied.push(file);
    }
  });
  return applied;
}

/** Splits a migration on `;` at line ends; a function body keeps its inner `;` on one line. */
function splitStatements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
