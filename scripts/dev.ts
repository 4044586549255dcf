/**
 * `npm run dev`: SAV-boten on the embedded database + the Microsoft 365 Agents Playground (a local
 * Teams-like web client), no Azure, no tunnel, no network.
 *
 *   1. starts the bot: `node_modules/.bin/tsx src/index.ts` (PORT, default 3978) and waits until
 *      GET /healthz answers 200 (max 60 s; if the bot dies first, its exit code is printed after its output);
 *   2. starts the Playground against http://127.0.0.1:$PORT/api/messages, channel msteams, UI on
 *      $PLAYGROUND_PORT (default 56150; the Playground picks a random port when that one is taken — the
 *      printed URL is the real one), mock users/team/channels from .m365agentsplayground.yml;
 *   3. prints `SAV-boten kör: öppna http://localhost:<port> i webbläsaren`.
 *
 * Output of every child is prefixed ([bot], [playground], …). Ctrl-C / SIGTERM stops all children
 * (their whole process groups); if one child exits by itself, the others are stopped too (exit code 1).
 *
 * Environment: PORT, DEV_BOT_ENTRY (bot entry file, default src/index.ts), PLAYGROUND_PORT, PLAYGROUND_TZ (time zone the Playground reports, default
 * Europe/Stockholm), TEAMSAPPTESTER_BROWSER (default "none": do not open a browser; set e.g. "default"
 * to let the Playground open one). Everything else is passed to the bot unchanged.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const PORT = process.env.PORT ?? '3978';
const PLAYGROUND_PORT = process.env.PLAYGROUND_PORT ?? '56150';
const BOT_URL = `http://127.0.0.1:${PORT}`;

/** One child process of the dev environment. */
interface ChildSpec {
  /** Prefix of its output lines, e.g. "bot" → "[bot] …". */
  name: string;
  command: string;
  args: string[];
  /** Extra environment (on top of this process's environment). */
  env?: NodeJS.ProcessEnv;
  /**
   * Resolves with the URL to show (or undefined) once the child is ready. Receives a function that
   * returns everything the child printed so far. Default: ready at once.
   */
  ready?: (output: () => string) => Promise<string | undefined>;
  /** Max wait for `ready`, default 60 s. */
  readyTimeoutMs?: number;
}

// The LinkedIn simulator stands in for LinkedIn, with demo posts and comments.
const SIM_PORT = process.env.LINKEDIN_SIM_PORT ?? '3979';
const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
// Louise Lind of .m365agentsplayground.yml: superadmin in dev, so /status works and nothing goes unseen.
const PLAYGROUND_USER = '5e0b1a2c-0000-4000-8000-000000000001';

const CHILDREN: ChildSpec[] = [
  {
    name: 'linkedin',
    command: path.join(BIN, 'tsx'),
    args: ['scripts/linkedin-sim.ts'],
    env: { LINKEDIN_SIM_PORT: SIM_PORT },
    ready: async () => {
      await waitFor(() => httpOk(`${SIM_URL}/_sim/state`));
      return undefined;
    },
  },
  {
    name: 'bot',
    command: path.join(BIN, 'tsx'),
    args: [process.env.DEV_BOT_ENTRY ?? 'src/index.ts'],
    env: {
      PORT,
      BOT_LANGUAGE: process.env.BOT_LANGUAGE ?? 'sv',
      SUPERADMINS: process.env.SUPERADMINS ?? PLAYGROUND_USER,
      LINKEDIN_API_BASE_URL: process.env.LINKEDIN_API_BASE_URL ?? `${SIM_URL}/rest`,
      LINKEDIN_ACCESS_TOKEN: process.env.LINKEDIN_ACCESS_TOKEN ?? 'sim-token',
      LINKEDIN_ORGANIZATION_URN: process.env.LINKEDIN_ORGANIZATION_URN ?? 'urn:li:organization:90000001',
      LINKEDIN_POLL_SECONDS: process.env.LINKEDIN_POLL_SECONDS ?? '15',
      SCHEDULER_TICK_SECONDS: process.env.SCHEDULER_TICK_SECONDS ?? '5',
      // A demo at any hour: reminders otherwise wait for working time (weekdays 08–17).
      WORKING_HOURS: process.env.WORKING_HOURS ?? '00:00-23:59',
      WORKING_DAYS: process.env.WORKING_DAYS ?? 'mon-sun',
      HOLIDAYS: process.env.HOLIDAYS ?? 'none',
    },
    ready: async () => {
      await waitFor(() => httpOk(`${BOT_URL}/healthz`));
      return undefined;
    },
  },

  {
    name: 'playground',
    command: path.join(BIN, 'agentsplayground'),
    args: ['-e', `${BOT_URL}/api/messages`, '-c', 'msteams', '-p', PLAYGROUND_PORT, '--dt'],
    env: {
      TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH:
        process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? path.join(ROOT, '.m365agentsplayground.yml'),
      // Its own log file; by default it would create ./devTools/ in the repo.
      M365_AGENTS_PLAYGROUND_LOGFILE:
        process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(os.tmpdir(), 'sav-boten-playground.log'),
      TZ: process.env.PLAYGROUND_TZ ?? 'Europe/Stockholm',
    },
    ready: async (output) => {
      // "Listening on <port>" — the real port (it falls back to a random one when PLAYGROUND_PORT is taken).
      let port: string | undefined;
      await waitFor(async () => {
        port = /Listening on (\d+)/.exec(output())?.[1];
        return port !== undefined && (await httpOk(`http://127.0.0.1:${port}/`));
      });
      return `http://localhost:${port}`;
    },
    readyTimeoutMs: 30_000,
  },
];

// ─────────────────────────────────────────────────────────────────────────────────────────────

interface Running {
  spec: ChildSpec;
  child: ChildProcess;
  output: string;
  /** Set once `ready` resolved; an exit before that is reported by main(), not by the exit watcher. */
  isReady: boolean;
  exited: Promise<number | null>;
}

const running: Running[] = [];
let stopping = false;

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok;
  } catch {
    return false;
  }
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 250));
}

function start(spec: ChildSpec): Running {
  const child = spawn(spec.command, spec.args, {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: Ctrl-C reaches only us, and we stop the whole group
  });
  const r: Running = {
    spec,
    child,
    output: '',
    isReady: !spec.ready,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)))),
  };
  const prefix = `[${spec.name}]`;
  for (const [stream, sink] of [
    [child.stdout!, process.stdout],
    [child.stderr!, process.stderr],
  ] as const) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      r.output += line + '\n';
      sink.write(`${prefix} ${line}\n`);
    });
  }
  child.once('error', (err) => console.error(`${prefix} could not start ${spec.command}: ${err.message}`));
  void r.exited.then((code) => {
    if (stopping || !r.isReady) return;
    console.error(`${prefix} exited unexpectedly (code ${code}). Stopping the others.`);
    void shutdown(1);
  });
  running.push(r);
  return r;
}

async function stopChild(r: Running): Promise<void> {
  if (r.child.exitCode !== null || r.child.signalCode !== null || r.child.pid === undefined) return;
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-r.child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timeout = new Promise<'timeout'>((res) => setTimeout(() => res('timeout'), 5000).unref());
  if ((await Promise.race([r.exited, timeout])) === 'timeout') {
    console.error(`[${r.spec.name}] did not stop within 5 s, killing it.`);
    kill('SIGKILL');
    await r.exited;
  }
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Reverse order: the Playground first, the bot last.
    for (const r of [...running].reverse()) await stopChild(r);
  }
  process.exit(code);
}

async function postDemoQuestion(): Promise<void> {
  try {
    const state = (await (await fetch(`${SIM_URL}/_sim/state`)).json()) as { posts: { urn: string; createdAt: string }[] };
    const newest = [...state.posts].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
    if (!newest) return;
    await fetch(`${SIM_URL}/_sim/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postUrn: newest.urn, text: 'Hej! Hur ser en vanlig arbetsdag ut som trainee hos er?', actorUrn: 'urn:li:person:demoAsker' }),
    });
    console.log('[dev] En ny fråga lades till på LinkedIn-simulatorn.');
  } catch (err) {
    console.error(`[dev] Kunde inte lägga till demofrågan: ${(err as Error).message}`);
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));

  let url: string | undefined;
  for (const spec of CHILDREN) {
    const r = start(spec);
    if (!spec.ready) continue;
    const limit = spec.readyTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      spec.ready(() => r.output).then((u) => ({ ok: true as const, url: u })),
      r.exited.then((c) => ({ ok: false as const, why: `exited with code ${c} before it was ready` })),
      new Promise<{ ok: false; why: string }>(
        (res) => (timer = setTimeout(() => res({ ok: false, why: `was not ready within ${limit / 1000} s` }), limit)),
      ),
    ]);
    clearTimeout(timer);
    if (!outcome.ok) {
      stopping = true;
      const tail = r.output.trimEnd().split('\n').slice(-40).join('\n');
      console.error(`\n[${spec.name}] ${outcome.why}. Its last output:\n${tail || '(nothing)'}`);
      await shutdown(1);
    } else {
      r.isReady = true;
      if (outcome.url) url = outcome.url;
    }
  }

  console.log(`\nSAV-boten kör: öppna ${url ?? 'http://localhost:' + PLAYGROUND_PORT} i webbläsaren`);
  console.log('(Ctrl-C stoppar boten, LinkedIn-simulatorn och Playground.)\n');
  // A fresh question on the simulated page a little later, so the newcomer sees a reminder card arrive.
  const delay = Number(process.env.DEV_DEMO_COMMENT_SECONDS ?? 30);
  console.log(`Om ${delay} sekunder kommer en ny fråga på LinkedIn-simulatorn; påminnelsekortet dyker upp i Playground strax därefter.`);
  setTimeout(() => void postDemoQuestion(), delay * 1000).unref();
}

void main().catch(async (err) => {
  console.error(err);
  await shutdown(1);
});
