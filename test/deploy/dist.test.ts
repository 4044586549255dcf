import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../src/store/database';
import { build, hostEnv, killAll, launch, launchNpmStart, ROOT, startBuiltBot, stopBuiltBot } from '../support/builtBot';
import { createTestStorage, TestStorage } from '../support/database';

/**
 * The built artifact, started the way `npm start` starts it: `npm run build`, then
 * `NODE_ENV=production node dist/src/index.js`, from a foreign (empty) working directory and with only the
 * environment a host would give it. Catches a dist/ that compiles but cannot start (missing migrations, cards).
 * `npm start` itself runs in a host folder laid out as after `npm ci && npm run build`: it starts dist/,
 * reads `.env` there under the real environment, and without dist/ says what to do.
 */

const APP_ID = '00000000-0000-4000-8000-0000000000a1';
const TENANT_ID = '00000000-0000-4000-8000-0000000000b2';

let storage: TestStorage;
let cwd: string;

function botEnv(): NodeJS.ProcessEnv {
  return hostEnv({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT_ID,
    DATA_DIR: storage.env.DATA_DIR,
    DATABASE_URL: storage.env.DATABASE_URL,
  });
}

const startBot = () => startBuiltBot(botEnv(), cwd);

function messageActivity(id: string) {
  return {
    type: 'message',
    id,
    text: 'boka',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:intruder', aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Intruder' },
    recipient: { id: `28:${APP_ID}` },
    conversation: { id: 'a:intruder-conversation', conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    timestamp: new Date().toISOString(),
  };
}

async function waitUntil(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A folder laid out as a host has it after `npm ci && npm run build`: package.json, scripts/start.cjs, dist/, node_modules/. */
function hostFolder(opts: { built: boolean }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-host-'));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  mkdirSync(path.join(dir, 'scripts'));
  copyFileSync(path.join(ROOT, 'scripts', 'start.cjs'), path.join(dir, 'scripts', 'start.cjs'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  if (opts.built) symlinkSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'));
  return dir;
}

/** npm wants a home for its cache and configuration; nothing else of the developer's shell. */
const npmEnv = (extra: Record<string, string | undefined> = {}) => hostEnv({ HOME: process.env.HOME, ...extra });

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

beforeAll(async () => {
  await build();
  storage = await createTestStorage();
  cwd = mkdtempSync(path.join(os.tmpdir(), 'sav-dist-cwd-'));
}, 180_000);

afterAll(async () => {
  await killAll();
  await storage?.cleanup();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

describe('the built bot (dist/)', () => {
  it('loads at start only what start needs: no date-fns index or locale index, PDF or mail library, classifier tables', async () => {
    // What the composition root pulls in when index.js requires it (every module of the app but the lazy ones).
    const script = `require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'compose.js'))}); process.stdout.write(JSON.stringify(Object.keys(require.cache)))`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--disable-warning=DEP0111', '-e', script], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 });
    const loaded = (JSON.parse(stdout) as string[]).map((f) => f.split(path.sep).join('/'));
    expect(loaded.some((f) => f.endsWith('/dist/src/teams/app.js'))).toBe(true);
    const unwanted = [/\/node_modules\/date-fns\/(index|locale)\.c?js$/, /\/node_modules\/pdfkit\//, /\/node_modules\/nodemailer\//, /\/dist\/src\/domain\/moderation\/classify\.js$/];
    expect(loaded.filter((f) => unwanted.some((u) => u.test(f)))).toEqual([]);
  });

  it('starts from a foreign directory, refuses unauthenticated traffic, stops on SIGTERM and starts again on the same data', async () => {
    const bot = await startBot();
    expect(bot.logs.find((l) => l.msg === 'database migrated')?.applied?.length).toBeGreaterThan(0);

    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: storage.env.DATABASE_URL ? 'postgres' : 'pglite' });

    // No token, and a token that is not a JWT: both refused locally, without any network call.
    expect((await post(bot.url, messageActivity('intruder-1'))).status).toBe(401);
    expect((await post(bot.url, messageActivity('intruder-2'), { Authorization: 'Bearer garbage' })).status).toBe(401);
    // Each refusal is one log line, not a stack trace; and no deprecation warning that is not ours.
    await waitUntil(() => bot.logs.filter((l) => l.msg === 'activity refused: not authenticated').length === 2);
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
    expect(bot.stderr()).not.toMatch(/DEP0111|DeprecationWarning/);

    const first = await stopBuiltBot(bot);
    expect(first).toEqual({ code: 0, signal: null });
    expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));

    // Nothing of the refused activities reached the store.
    const db = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.DATA_DIR });
    try {
      for (const table of ['handled_activities', 'conversations', 'people']) {
        expect([table, (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n]).toEqual([table, 0]);
      }
    } finally {
      await db.close();
    }

    // Same data again: nothing left to migrate, and healthy.
    const again = await startBot();
    expect(again.logs.some((l) => l.msg === 'database migrated')).toBe(false);
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
    expect(await stopBuiltBot(again)).toEqual({ code: 0, signal: null });

    // The working directory is the host's, not the bot's: nothing was written there.
    expect(readdirSync(cwd)).toEqual([]);
  }, 90_000);

  it('refuses to start in production with a missing or incomplete app registration, with a message and no stack trace', async () => {
    const dataDir = path.join(cwd, '..', `${path.basename(cwd)}-never`);
    const cases = [
      { env: hostEnv({ DATA_DIR: dataDir }), expected: [/MicrosoftAppId: required when NODE_ENV=production/] },
      {
        env: hostEnv({ DATA_DIR: dataDir, MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant' }),
        expected: [/MicrosoftAppPassword: required/, /MicrosoftAppTenantId: required/],
      },
    ];
    await Promise.all(
      cases.map(async ({ env, expected }) => {
        const run = launch(env, cwd);
        const result = await Promise.race([run.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000).unref())]);
        expect(result).toEqual({ code: 1, signal: null });
        expect(run.stderr()).toMatch(/^Invalid configuration:/m);
        for (const pattern of expected) expect(run.stderr()).toMatch(pattern);
        expect(run.stderr()).not.toMatch(/^\s+at /m);
      }),
    );
    // It failed before touching any storage.
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('npm start runs dist/ with .env from its working directory, the real environment winning over it', async () => {
    const host = hostFolder({ built: true });
    const dataDir = path.join(host, 'data-from-dotenv');
    try {
      // The app registration and the data folder come only from .env; PORT and LOG_LEVEL are also set by
      // the host (PORT=0, LOG_LEVEL=info), so the file's PORT=1 and LOG_LEVEL=silent must not apply.
      writeFileSync(
        path.join(host, '.env'),
        [
          '# written by dist.test.ts',
          `MicrosoftAppId=${APP_ID}`,
          'MicrosoftAppPassword="not-a-real-secret"',
          `MicrosoftAppTenantId=${TENANT_ID}`,
          `DATA_DIR=${storage.env.DATABASE_URL ? '' : dataDir}`,
          `DATABASE_URL=${storage.env.DATABASE_URL ?? ''}`,
          'PORT=1',
          'LOG_LEVEL=silent',
          '',
        ].join('\n'),
      );
      const bot = await startBuiltBot(npmEnv(), host, { npmStart: true, timeoutMs: 60_000 });
      expect(bot.port).toBeGreaterThan(1);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      expect((await post(bot.url, messageActivity('intruder-3'))).status).toBe(401);
      if (!storage.env.DATABASE_URL) expect(existsSync(dataDir)).toBe(true);
      expect(bot.stderr()).toBe('');
      expect(await stopBuiltBot(bot)).toMatchObject({ code: 0 });
    } finally {
      rmSync(host, { recursive: true, force: true });
    }
  }, 90_000);

  it('npm start without dist/ says in one line how to build it, and exits 1', async () => {
    const host = hostFolder({ built: false });
    try {
      const run = launchNpmStart(npmEnv(), host);
      const result = await Promise.race([run.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000).unref())]);
      expect(result).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toMatch(/^SAV-boten is not built: dist\/src\/index\.js is missing\..*npm run build/m);
      expect(run.stderr()).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(host, { recursive: true, force: true });
    }
  }, 30_000);

  it('a port already taken stops the start with one line that names it, no stack trace', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '0.0.0.0', resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      const run = launch({ ...botEnv(), PORT: String(port) }, cwd);
      const result = await Promise.race([run.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 40_000).unref())]);
      expect(result).toEqual({ code: 1, signal: null });
      expect(run.stderr().trim()).toMatch(new RegExp(`^SAV-boten could not start: port ${port} is already in use\\b[^\\n]*set PORT to a free port\\.$`));
      expect(run.stderr()).not.toMatch(/^\s+at /m);
    } finally {
      squatter.close();
    }
  }, 60_000);
});
