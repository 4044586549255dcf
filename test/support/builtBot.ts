import { ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The artifact that ships, run as `npm start` runs it: `npm run build`, then `node dist/src/index.js` in a
 * process of its own. For tests that must see the real thing start, stop and die.
 */

export const ROOT = path.resolve(__dirname, '../..');
export const ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');

/** One pino log line of the child (or a plain line it printed). */
export interface LogLine {
  msg?: string;
  port?: number;
  applied?: string[];
  [key: string]: unknown;
}

/** A running built bot. */
export interface BuiltBot {
  child: ChildProcess;
  port: number;
  url: string;
  logs: LogLine[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();

/** Runs `npm run build` (clean, tsc, assets); throws with its output when it fails. */
export async function build(): Promise<void> {
  await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  });
}

/** Only what a host would set: no TEST_*, LinkedIn, SMTP or proxy variables from the developer's shell. */
export function hostEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '0' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Starts `node [-r preload] dist/src/index.js` in `cwd` with exactly `env`; does not wait for it. */
export function launch(env: NodeJS.ProcessEnv, cwd: string, preload?: string) {
  return launchCommand(process.execPath, [...(preload ? ['-r', preload] : []), ENTRY], env, cwd);
}

/** Starts `npm start` in `cwd` (a folder with the project's package.json) with exactly `env`; does not wait for it. */
export function launchNpmStart(env: NodeJS.ProcessEnv, cwd: string) {
  return launchCommand('npm', ['start', '--silent'], env, cwd);
}

function launchCommand(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  const logs: LogLine[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    let nl: number;
    while ((nl = stdout.indexOf('\n')) >= 0) {
      const line = stdout.slice(0, nl);
      stdout = stdout.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, logs, stderr: () => stderr, exited };
}

/** Starts the built bot and waits for its "listening" line (PORT=0: the log says which port it got). */
export async function startBuiltBot(env: NodeJS.ProcessEnv, cwd: string, opts: { preload?: string; timeoutMs?: number; npmStart?: boolean } = {}): Promise<BuiltBot> {
  const run = opts.npmStart ? launchNpmStart(env, cwd) : launch(env, cwd, opts.preload);
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    const listening = run.logs.find((l) => l.msg === 'SAV-boten is listening');
    if (listening && typeof listening.port === 'number') {
      return { ...run, port: listening.port, url: `http://127.0.0.1:${listening.port}` };
    }
    if (run.child.exitCode !== null || run.child.signalCode !== null || Date.now() > deadline) {
      run.child.kill('SIGKILL');
      await run.exited;
      throw new Error(`the built bot did not start:\nstdout: ${JSON.stringify(run.logs)}\nstderr: ${run.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** SIGTERM, as a host sends it; resolves with how the process ended, or 'timeout'. */
export async function stopBuiltBot(bot: Pick<BuiltBot, 'child' | 'exited'>, withinMs = 10_000) {
  bot.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), withinMs)));
  const result = await Promise.race([bot.exited, timeout]);
  clearTimeout(timer);
  return result;
}

/** Kills every child still running (for afterAll, also after a failure). */
export async function killAll(): Promise<void> {
  for (const child of children) {
    child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('close', r));
  }
}
