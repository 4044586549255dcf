import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { planPoll, PostActivity } from '../../src/linkedin/pollPlan';
import { devBotEnv } from '../../scripts/dev';

/**
 * `npm run dev` as a newcomer meets it: the demo's settings show the reminder within a minute and keep
 * Swedish holidays, a port still taken by an earlier run is named in one line, and Ctrl-C (even twice)
 * leaves no child holding a port.
 */

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** `tsx scripts/dev.ts` in `cwd` with only what a developer's shell would have, plus `env`. */
function runDev(cwd: string, env: Record<string, string>) {
  const child = spawn(TSX, [path.join(ROOT, 'scripts', 'dev.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(cwd, 'playground.log'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (out += s));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

describe('the demo settings of npm run dev', () => {
  it('keep Swedish holidays on and are a valid configuration; what the developer sets wins', () => {
    const env = devBotEnv({});
    expect(env).not.toHaveProperty('HOLIDAYS');
    expect(loadConfig(env).HOLIDAYS).toBe('SE');
    expect(devBotEnv({ BOT_LANGUAGE: 'en', HOLIDAYS: 'none' }).BOT_LANGUAGE).toBe('en');
  });

  it('read the newest demo post at every poll all day long, so the demo question (after 30 s) is seen within a minute', () => {
    const config = loadConfig(devBotEnv({}));
    const pollSeconds = config.LINKEDIN_POLL_SECONDS;
    expect(30 + pollSeconds + config.SCHEDULER_TICK_SECONDS).toBeLessThan(60);

    // The simulator's two demo posts (3 and 26 hours old), one open question; from 00:00 UTC, the worst
    // case for a daily budget that is spent at an even pace, through the whole day.
    const start = Date.parse('2026-12-07T00:00:05Z');
    const posts: PostActivity[] = [
      { urn: 'trainee', publishedAt: new Date(start - 3 * 3_600_000), lastCommentAt: new Date(start - 25 * 60_000), polledAt: null, openQuestions: 1, repliesCheckedAt: null },
      { urn: 'chili', publishedAt: new Date(start - 26 * 3_600_000), lastCommentAt: new Date(start - 25 * 3_600_000), polledAt: null, openQuestions: 0, repliesCheckedAt: null },
    ];
    let spent = 0;
    let listedAt: Date | null = null;
    for (let t = start; t < start + 86_400_000; t += pollSeconds * 1000) {
      const now = new Date(t);
      const budget = { perDay: config.LINKEDIN_DAILY_CALL_BUDGET, callsLeft: config.LINKEDIN_DAILY_CALL_BUDGET - spent, secondsLeft: Math.ceil((start - 5000 + 86_400_000 - t) / 1000) };
      const plan = planPoll({ now, pollSeconds, budget, postsListedAt: listedAt, posts });
      // The demo question goes to the newest post: it is read at every poll.
      expect([now.toISOString(), plan.posts.some((p) => p.urn === 'trainee')]).toEqual([now.toISOString(), true]);
      spent += plan.posts.length + (plan.listPosts ? 1 : 0) + plan.posts.filter((p) => p.replies).length;
      if (plan.listPosts) listedAt = now;
      for (const p of posts) {
        p.polledAt = now;
        if (plan.posts.find((x) => x.urn === p.urn)?.replies) p.repliesCheckedAt = now;
      }
    }
  });
});

describe('npm run dev (scripts/dev.ts)', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'sav-dev-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('names a port that is taken in one line, says what to do, and starts nothing', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const simPort = (squatter.address() as net.AddressInfo).port;
    try {
      const dev = runDev(cwd, { LINKEDIN_SIM_PORT: String(simPort), PORT: String(await freePort()) });
      expect(await dev.exited).toBe(1);
      expect(dev.output().trim()).toBe(
        `[dev] Port ${simPort} (the LinkedIn simulator) is already in use, probably by an earlier npm run dev still running: stop it (lsof -i :${simPort} shows the process) or start with LINKEDIN_SIM_PORT=<another port>.`,
      );
    } finally {
      squatter.close();
    }
  }, 30_000);

  it('stops the simulator, the bot and the Playground on Ctrl-C, also when Ctrl-C is pressed twice', async () => {
    const ports = { sim: await freePort(), bot: await freePort(), playground: await freePort() };
    const dev = runDev(cwd, { LINKEDIN_SIM_PORT: String(ports.sim), PORT: String(ports.bot), PLAYGROUND_PORT: String(ports.playground), DEV_DEMO_COMMENT_SECONDS: '600' });
    try {
      const until = Date.now() + 150_000;
      while (!dev.output().includes('SAV-boten kör')) {
        if (Date.now() > until || dev.child.exitCode !== null) throw new Error(`npm run dev did not start:\n${dev.output()}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      for (const port of Object.values(ports)) expect([port, await listening(port)]).toEqual([port, true]);
      // The bot keeps its data in the working directory, and no deprecation warning shows.
      expect(existsSync(path.join(cwd, 'data'))).toBe(true);
      expect(dev.output()).not.toMatch(/DEP0111|DeprecationWarning/);

      dev.child.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 100));
      dev.child.kill('SIGINT');
      await dev.exited;
      // A killed process lets go of its port within moments; one left running never does.
      for (const port of Object.values(ports)) {
        const deadline = Date.now() + 5_000;
        while ((await listening(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        expect([port, await listening(port)]).toEqual([port, false]);
      }
    } finally {
      dev.child.kill('SIGKILL');
    }
  }, 200_000);
});
