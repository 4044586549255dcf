/**
 * `npm run dev`: SAV-boten on the embedded database + the Microsoft 365 Agents Playground (a local
 * Teams-like web client), no Azure, no tunnel, no network.
 *
 *   0. reads `.env` in the working directory (the real environment wins over it; a missing file is fine)
 *      and checks that the bot's and the simulator's ports are free (one line naming the port if not);
 *   1. starts the LinkedIn simulator (LINKEDIN_SIM_PORT, default 3979) with demo posts and comments;
 *   2. starts the bot: `tsx src/index.ts` (PORT, default 3978) and waits until GET /healthz answers 200
 *      (max 60 s; if the bot dies first, its exit code is printed after its output);
 *   3. starts the Playground against http://127.0.0.1:$PORT/api/messages, channel msteams, UI on
 *      $PLAYGROUND_PORT (default 56150; the Playground picks a random port when that one is taken — the
 *      printed URL is the real one), mock users/team/channels from .m365agentsplayground.yml;
 *   4. prints `SAV-boten kör: öppna http://localhost:<port> i webbläsaren`, and half a minute later puts a
 *      new question on the simulator: its reminder card reaches the Playground within a minute of start.
 *
 * Output of every child is prefixed ([bot], [playground], …). Ctrl-C / SIGTERM stops all children
 * (their whole process groups, together; SIGKILL after 5 s); a second Ctrl-C kills them at once. If one
 * child exits by itself, the others are stopped too (exit code 1). The children run in the working
 * directory, so `DATA_DIR=./data` is ./data there (the repository, under `npm run dev`).
 *
 * Environment: PORT, DEV_BOT_ENTRY (bot entry file, default src/index.ts), PLAYGROUND_PORT, PLAYGROUND_TZ (time zone the Playground reports, default
 * Europe/Stockholm), TEAMSAPPTESTER_BROWSER (default "none": do not open a browser; set e.g. "default"
 * to let the Playground open one), DEV_DEMO_COMMENT_SECONDS (default 30). Everything else is passed to
 * the bot; the demo's own defaults (devBotEnv) apply only to variables neither set nor in `.env`.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { HolidayCalendar, localDay } from '../src/domain/calendar';
import { loadEnvFile } from '../src/envFile';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
// Children run in the working directory, but take the repository's TypeScript settings.
const TSX = [path.join(BIN, 'tsx'), '--tsconfig', path.join(ROOT, 'tsconfig.json')] as const;

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

// Louise Lind of .m365agentsplayground.yml: superadmin in dev, so /status works and nothing goes unseen.
const PLAYGROUND_USER = '5e0b1a2c-0000-4000-8000-000000000001';

/**
 * The bot's environment in the demo: these defaults, under whatever `env` sets (the real environment and
 * `.env`). Everything not named here keeps the bot's own default (src/config.ts), Swedish holidays too.
 */
export function devBotEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const simUrl = `http://127.0.0.1:${env.LINKEDIN_SIM_PORT ?? '3979'}`;
  return {
    PORT: env.PORT ?? '3978',
    // The Playground always says en-US; the bot's users are Swedish.
    BOT_LANGUAGE: env.BOT_LANGUAGE ?? 'sv',
    SUPERADMINS: env.SUPERADMINS ?? PLAYGROUND_USER,
    LINKEDIN_API_BASE_URL: env.LINKEDIN_API_BASE_URL ?? `${simUrl}/rest`,
    LINKEDIN_ACCESS_TOKEN: env.LINKEDIN_ACCESS_TOKEN ?? 'sim-token',
    LINKEDIN_ORGANIZATION_URN: env.LINKEDIN_ORGANIZATION_URN ?? 'urn:li:organization:90000001',
    LINKEDIN_POLL_SECONDS: env.LINKEDIN_POLL_SECONDS ?? '10',
    // The simulator has no daily limit: at LinkedIn's 450 calls a day the demo's posts would be read only
    // every few minutes, and the demo question's reminder would take that long.
    LINKEDIN_DAILY_CALL_BUDGET: env.LINKEDIN_DAILY_CALL_BUDGET ?? '100000',
    SCHEDULER_TICK_SECONDS: env.SCHEDULER_TICK_SECONDS ?? '5',
    // A demo at any hour and on weekends: reminders otherwise wait for working time (weekdays 08–17).
    // Public holidays stay on (HOLIDAYS defaults to SE), as the booking warnings should show them.
    WORKING_HOURS: env.WORKING_HOURS ?? '00:00-23:59',
    WORKING_DAYS: env.WORKING_DAYS ?? 'mon-sun',
  };
}

/** The children, in start order, for the environment `env`. */
function children(env: NodeJS.ProcessEnv): ChildSpec[] {
  const bot = devBotEnv(env);
  const simPort = env.LINKEDIN_SIM_PORT ?? '3979';
  const simUrl = `http://127.0.0.1:${simPort}`;
  const botUrl = `http://127.0.0.1:${bot.PORT}`;
  return [
    {
      name: 'linkedin',
      command: TSX[0],
      args: [...TSX.slice(1), path.join(ROOT, 'scripts', 'linkedin-sim.ts')],
      env: { LINKEDIN_SIM_PORT: simPort },
      ready: async () => {
        await waitFor(() => httpOk(`${simUrl}/_sim/state`));
        return undefined;
      },
    },
    {
      name: 'bot',
      command: TSX[0],
      args: [...TSX.slice(1), path.resolve(ROOT, env.DEV_BOT_ENTRY ?? 'src/index.ts')],
      env: bot,
      ready: async () => {
        await waitFor(() => httpOk(`${botUrl}/healthz`));
        return undefined;
      },
    },
    {
      name: 'playground',
      command: path.join(BIN, 'agentsplayground'),
      args: ['-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', playgroundPort(env), '--dt'],
      env: {
        TEAMSAPPTESTER_BROWSER: env.TEAMSAPPTESTER_BROWSER ?? 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? path.join(ROOT, '.m365agentsplayground.yml'),
        // Its own log file; by default it would create ./devTools/ in the working directory.
        M365_AGENTS_PLAYGROUND_LOGFILE: env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(os.tmpdir(), 'sav-boten-playground.log'),
        TZ: env.PLAYGROUND_TZ ?? 'Europe/Stockholm',
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
}

const playgroundPort = (env: NodeJS.ProcessEnv) => env.PLAYGROUND_PORT ?? '56150';

/** The ports that must be free before anything starts, and whose they are (the Playground finds its own). */
function portsNeeded(env: NodeJS.ProcessEnv): { port: number; what: string; variable: string }[] {
  return [
    { port: Number(env.LINKEDIN_SIM_PORT ?? 3979), what: 'the LinkedIn simulator', variable: 'LINKEDIN_SIM_PORT' },
    { port: Number(env.PORT ?? 3978), what: 'the bot', variable: 'PORT' },
  ];
}

/** Whether something listens on `port` on this machine (the bot and the simulator listen on 127.0.0.1). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRINUSE'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

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
    cwd: process.cwd(),
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

/** Sends `sig` to a child's whole process group (tsx runs the script in a process of its own). */
function signalGroup(r: Running, sig: NodeJS.Signals): void {
  // The group, not the child: the child (npx, tsx's wrapper) may already have exited while the process
  // that holds the port, in the same group, still runs.
  if (r.child.pid === undefined) return;
  try {
    process.kill(-r.child.pid, sig);
  } catch {
    /* the whole group is gone */
  }
}

/** Whether any process of the child's group is still alive. */
function groupAlive(r: Running): boolean {
  if (r.child.pid === undefined) return false;
  try {
    process.kill(-r.child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopChild(r: Running): Promise<void> {
  if (!groupAlive(r)) return;
  signalGroup(r, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (groupAlive(r) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
  if (groupAlive(r)) {
    console.error(`[${r.spec.name}] did not stop within 5 s, killing it.`);
    signalGroup(r, 'SIGKILL');
  }
}

/**
 * Stops every child, all at once, and exits. A second call (a second Ctrl-C) kills what is still running
 * at once; nothing here exits before every child has been signalled, so none is left holding its port.
 */
async function shutdown(code: number): Promise<never> {
  if (stopping) {
    for (const r of running) signalGroup(r, 'SIGKILL');
    process.exit(code);
  }
  stopping = true;
  await Promise.all(running.map(stopChild));
  process.exit(code);
}

// Last resort, whatever path exits (an uncaught error included): no child outlives this process.
process.on('exit', () => {
  for (const r of running) signalGroup(r, 'SIGKILL');
});

async function postDemoQuestion(simUrl: string): Promise<void> {
  try {
    const state = (await (await fetch(`${simUrl}/_sim/state`)).json()) as { posts: { urn: string; createdAt: string }[] };
    const newest = [...state.posts].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
    if (!newest) return;
    await fetch(`${simUrl}/_sim/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ postUrn: newest.urn, text: 'Hej! Hur ser en vanlig arbetsdag ut som trainee hos er?', actorUrn: 'urn:li:person:demoAsker' }),
    });
    console.log('[dev] En ny fråga lades till på LinkedIn-simulatorn.');
  } catch (err) {
    console.error(`[dev] Kunde inte lägga till demofrågan: ${(err as Error).message}`);
  }
}

/** What the demo question's reminder will do today: on a day off the answer clock rests, as in production. */
function demoDayNote(env: NodeJS.ProcessEnv): string | null {
  const holidays = env.HOLIDAYS ?? 'SE';
  if (holidays === 'none') return null;
  const today = localDay(new Date(), env.TIMEZONE ?? 'Europe/Stockholm');
  const special = new HolidayCalendar(holidays).special(today);
  return special?.dayOff
    ? `Idag är ${special.name}, en ledig dag: påminnelsen om demofrågan väntar till nästa arbetsdag, som i produktion (HOLIDAYS=none stänger av helgdagarna).`
    : null;
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));

  try {
    loadEnvFile();
  } catch (err) {
    console.error(`[dev] Could not read .env: ${(err as Error).message}`);
    process.exit(1);
  }
  const env = process.env;
  for (const { port, what, variable } of portsNeeded(env)) {
    if (await portTaken(port)) {
      console.error(
        `[dev] Port ${port} (${what}) is already in use, probably by an earlier npm run dev still running: stop it (lsof -i :${port} shows the process) or start with ${variable}=<another port>.`,
      );
      process.exit(1);
    }
  }

  let url: string | undefined;
  for (const spec of children(env)) {
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
    if (stopping) return; // a signal or another child's exit is stopping everything already
    if (!outcome.ok) {
      const tail = r.output.trimEnd().split('\n').slice(-40).join('\n');
      console.error(`\n[${spec.name}] ${outcome.why}. Its last output:\n${tail || '(nothing)'}`);
      await shutdown(1);
    } else {
      r.isReady = true;
      if (outcome.url) url = outcome.url;
    }
  }

  console.log(`\nSAV-boten kör: öppna ${url ?? 'http://localhost:' + playgroundPort(env)} i webbläsaren`);
  console.log('(Ctrl-C stoppar boten, LinkedIn-simulatorn och Playground.)\n');
  // A fresh question on the simulated page a little later, so the newcomer sees a reminder card arrive.
  const delay = Number(env.DEV_DEMO_COMMENT_SECONDS ?? 30);
  console.log(`Om ${delay} sekunder kommer en ny fråga på LinkedIn-simulatorn; påminnelsekortet dyker upp i Playground strax därefter.`);
  const note = demoDayNote(env);
  if (note) console.log(note);
  const simUrl = `http://127.0.0.1:${env.LINKEDIN_SIM_PORT ?? '3979'}`;
  setTimeout(() => void postDemoQuestion(simUrl), delay * 1000).unref();
}

if (require.main === module) {
  void main().catch(async (err) => {
    console.error(err);
    await shutdown(1);
  });
}
