import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from '../test/support/builtBot';
import { FakeConnector } from '../test/support/fakeConnector';

/**
 * SAV-boten against a bare teams-ai echo bot (bench/echoBot.cjs) started in the same run, on the same
 * machine, each in a process of its own: every figure is a ratio, so a busy machine moves both sides.
 *
 * SAV-boten runs as it ships (`node dist/src/index.js`, built first) on the embedded database unless
 * BENCH_TSX=1 (then `node --import tsx src/index.ts`); BENCH_DATABASE_URL runs it on PostgreSQL.
 * BENCH_TURNS sets the sequential turns (default 150). BENCH_CPU_PROF=<dir> runs SAV-boten with `node --cpu-prof`
 * and leaves one .cpuprofile per SAV-boten process in <dir> (open it in Chrome DevTools, or summarise it with
 * `node bench/cpuProfile.cjs <file>`); the profiler slows SAV-boten, so its ratios are not comparable then.
 */
const ROOT = path.resolve(__dirname, '..');
const TSX = process.env.BENCH_TSX === '1';
const SEQUENTIAL = Number(process.env.BENCH_TURNS ?? 150);
const EDITORS = 50;
const ROUNDS = 4;
const CHANNEL = '19:bench@thread.tacv2';
/**
 * Node's flags from `npm start` (package.json: `node <flags> scripts/start.cjs`), so that SAV-boten runs here as
 * it ships; BENCH_NODE_FLAGS replaces them (`BENCH_NODE_FLAGS= ` for none).
 */
const START_FLAGS = (process.env.BENCH_NODE_FLAGS ?? /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+scripts\/start\.cjs/.exec(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start)?.[1] ?? '')
  .split(/\s+/)
  .filter(Boolean);
const TEAM = 'team-bench';

interface Running {
  child: ChildProcess;
  url: string;
  startMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function start(kind: 'sav' | 'echo', dataDir: string, connector: string): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  let args: string[];
  if (kind === 'echo') args = ['--disable-warning=DEP0111', path.join(__dirname, 'echoBot.cjs')];
  else {
    Object.assign(env, {
      DATA_DIR: dataDir,
      TEAMS_SERVICE_URL: connector,
      DAY_CAPACITY: '20',
      COMMANDS_PER_MINUTE: '100000',
      ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    });
    args = TSX ? ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')] : [path.join(ROOT, 'dist', 'src', 'index.js')];
    args.unshift(...START_FLAGS);
    if (process.env.BENCH_CPU_PROF) args.unshift('--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`);
  }
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: path.dirname(dataDir), env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    await sleep(10);
  }
  return { child, url, startMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function stop(r: Running): Promise<void> {
  if (r.child.exitCode !== null) return;
  const exited = new Promise((resolve) => r.child.once('exit', resolve));
  r.child.kill('SIGTERM');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, MiB. */
function rssOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** CPU time a process has used, ms. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Mondays to Thursdays from 11 January 2027, away from holidays: days a quick booking takes without a question. */
function bookableDays(): string[] {
  const days: string[] = [];
  const skip = new Set(['2027-03-25', '2027-03-29', '2027-04-01', '2027-05-06', '2027-05-27']);
  for (let d = new Date(Date.UTC(2027, 0, 11)); days.length < 60; d = new Date(d.getTime() + 86_400_000)) {
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 4 && !skip.has(iso)) days.push(iso);
  }
  return days;
}

function activity(connector: string, user: number, text: string, where: 'personal' | 'channel' = 'personal') {
  const id = `bench-${user}`;
  return {
    type: 'message',
    id: randomUUID(),
    text,
    channelId: 'msteams',
    serviceUrl: connector,
    timestamp: new Date().toISOString(),
    locale: 'sv-SE',
    from: { id: `29:${id}`, name: `Redaktör ${user}`, aadObjectId: id },
    recipient: { id: '28:sav-boten', name: 'SAV-boten' },
    conversation: where === 'channel' ? { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: 't' } : { id: `a:${id}`, conversationType: 'personal', tenantId: 't' },
    channelData: where === 'channel' ? { team: { id: TEAM }, channel: { id: CHANNEL }, tenant: { id: 't' } } : { tenant: { id: 't' } },
  };
}

async function turn(url: string, body: unknown): Promise<number> {
  const t = process.hrtime.bigint();
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.text();
  if (res.status >= 300) throw new Error(`turn answered ${res.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Sequential and concurrent `/book` turns; CPU per turn from the process's own counters. */
async function turns(r: Running, connector: string, days: string[]) {
  let n = 0;
  const text = () => `/book ${days[n++ % days.length]} Bänkinlägg ${n}`;
  // The first turn of a fresh process: what loads or parses on first use is in its reply.
  const first = await turn(r.url, activity(connector, 0, text()));
  for (let i = 1; i < 10; i++) await turn(r.url, activity(connector, 0, text()));
  const cpu0 = cpuOf(r.child.pid!);
  const sequential: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await turn(r.url, activity(connector, 1, text())));
  const cpuPerTurn = (cpuOf(r.child.pid!) - cpu0) / SEQUENTIAL;
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      for (let k = 0; k < ROUNDS; k++) concurrent.push(await turn(r.url, activity(connector, 100 + e, text())));
    }),
  );
  return { first, p50: pct(sequential, 50), p99: pct(concurrent, 99), cpuPerTurn };
}

/** A card action (Action.Execute) from `user`: an invoke, answered in the HTTP response with a card. */
function cardAction(connector: string, user: number, verb: string, data: Record<string, unknown>) {
  return { ...activity(connector, user, ''), type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/**
 * Sequential card actions: SAV-boten's booking form sent (`booking.submit`, a booking with its checks, the
 * stored request id and the answering card), the echo bot's own action; p50 and CPU per action.
 */
async function actions(r: Running, connector: string, kind: 'sav' | 'echo', days: string[]) {
  const n = Math.max(20, Math.round(SEQUENTIAL / 2));
  const body = (i: number) =>
    kind === 'echo'
      ? cardAction(connector, 2, 'echo', { text: `Åtgärd ${i}` })
      : cardAction(connector, 2, 'booking.submit', { requestId: randomUUID(), day: days[(i * 7) % days.length], title: `Formulärinlägg ${i}`, department: 'Kulturförvaltningen', postType: 'inlagg', category: 'vardag', goal: 'engagera', timeOfDay: '' });
  for (let i = 0; i < 5; i++) await turn(r.url, body(i));
  const cpu0 = cpuOf(r.child.pid!);
  const times: number[] = [];
  for (let i = 5; i < n + 5; i++) times.push(await turn(r.url, body(i)));
  return { p50: pct(times, 50), cpuPerAction: (cpuOf(r.child.pid!) - cpu0) / n };
}

async function startMedian(kind: 'sav' | 'echo', dataDir: string, connector: string, times: number) {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const r = await start(kind, dataDir, connector);
    ms.push(r.startMs);
    await stop(r);
  }
  return pct(ms, 50);
}

export async function run(): Promise<Record<string, number | string>> {
  if (!TSX) await build();
  const connector = await new FakeConnector().start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-lean-'));
  const dataDir = path.join(dir, 'data');
  try {
    // Cold starts: the echo bot, SAV-boten's first start (initdb) and later starts on existing data.
    const echoStart = await startMedian('echo', dataDir, connector.url, 3);
    const first = await start('sav', dataDir, connector.url);
    const firstRss = rssOf(first.child.pid!);
    await stop(first);
    const savStart = await startMedian('sav', dataDir, connector.url, 3);

    // Idle memory a few seconds after start (the scheduler's first tick has run).
    const echo = await start('echo', dataDir, connector.url);
    const sav = await start('sav', dataDir, connector.url);
    await sleep(4000);
    const echoRss = rssOf(echo.child.pid!);
    const savRss = rssOf(sav.child.pid!);

    const days = bookableDays();
    const e = await turns(echo, connector.url, days);
    // SAV-boten's first turn is a booking too (then the channel's schedule card is posted).
    const savFirst = await turn(sav.url, activity(connector.url, 0, `/book ${days[days.length - 1]} Första bänkinlägget`));
    // The channel's schedule card, posted once: every booking below should update it, coalesced.
    await turn(sav.url, activity(connector.url, 0, '/schema', 'channel'));
    const updatesBefore = connector.updates().length;
    const s = await turns(sav, connector.url, days);
    await sleep(4000);
    const cardUpdates = connector.updates().length - updatesBefore;
    const savRssAfter = rssOf(sav.child.pid!);
    const ea = await actions(echo, connector.url, 'echo', days);
    const sa = await actions(sav, connector.url, 'sav', days);
    const walMiB = existsSync(path.join(dataDir, 'pg_wal')) ? duMiB(path.join(dataDir, 'pg_wal')) : 0;
    await stop(echo);
    await stop(sav);

    const bookings = 11 + SEQUENTIAL + EDITORS * ROUNDS;
    return {
      machine: `${os.cpus().length}× ${os.cpus()[0]?.model.trim()}, load ${os.loadavg()[0].toFixed(1)}`,
      'SAV-boten runs': `${TSX ? 'tsx src/index.ts' : ['node', ...START_FLAGS, 'dist/src/index.js'].join(' ')} on ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
      '/book turn p50, 1 editor (× echo, goal ≤ 2)': s.p50 / e.p50,
      [`/book turn p99, ${EDITORS} editors at once (× echo, goal ≤ 3)`]: s.p99 / e.p99,
      'CPU per /book turn (× echo)': s.cpuPerTurn / e.cpuPerTurn,
      'first /book turn after start (× echo)': savFirst / e.first,
      'card action (booking form sent) p50 (× echo\'s card action)': sa.p50 / ea.p50,
      'CPU per card action (× echo)': sa.cpuPerAction / ea.cpuPerAction,
      'RSS idle after start (× echo)': savRss / echoRss,
      'RSS idle after start (MiB, goal ≤ 300)': savRss,
      [`RSS after ${bookings} bookings (MiB)`]: savRssAfter,
      'RSS right after the first start (MiB)': firstRss,
      'cold start to /healthz 200 (× echo, goal ≤ 1.3)': savStart / echoStart,
      'first start on empty data (× echo; PGlite: initdb)': first.startMs / echoStart,
      [`schedule card updates for ${bookings} bookings`]: cardUpdates,
      'pg_wal after the run (MiB)': walMiB,
      'echo: p50 ms, p99 ms, CPU ms/turn, RSS MiB, start ms, first turn ms': [e.p50, e.p99, e.cpuPerTurn, echoRss, echoStart, e.first].map((x) => x.toFixed(1)).join(', '),
      'SAV: p50 ms, p99 ms, CPU ms/turn, RSS MiB, start ms, first turn ms': [s.p50, s.p99, s.cpuPerTurn, savRss, savStart, savFirst].map((x) => x.toFixed(1)).join(', '),
      'card action p50 ms, CPU ms/action: echo; SAV': `${ea.p50.toFixed(1)}, ${ea.cpuPerAction.toFixed(1)}; ${sa.p50.toFixed(1)}, ${sa.cpuPerAction.toFixed(1)}`,
    };
  } finally {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function duMiB(dir: string): number {
  let bytes = 0;
  for (const f of readdirSync(dir)) {
    const s = statSync(path.join(dir, f));
    if (s.isFile()) bytes += s.size;
  }
  return bytes / 2 ** 20;
}
