/**
 * End-to-end harness: Microsoft 365 Agents Playground (a local Teams-like web client) driven by
 * headless Chromium through playwright-core.
 *
 *   const bot = await startEchoBot();                       // or SAV-boten itself
 *   const pg = await startPlayground({ botEndpoint: bot.endpoint });
 *   const b = await openBrowser();
 *   await b.page.goto(pg.url);                              // opens "Personal Chat" with the bot
 *   await sendMessage(b.page, '/card');
 *   await fillCardInput(b.page, { label: 'Rubrik' }, 'Hej');
 *   await fillCardInput(b.page, { id: 'date' }, '2026-12-01');      // Input.Date: YYYY-MM-DD
 *   await fillCardInput(b.page, { label: 'Kanal' }, 'Instagram');    // ChoiceSet: title (or value)
 *   await clickCardButton(b.page, 'Skicka');                // Action.Execute → invoke
 *   await waitForText(b.page, 'Mottaget: Hej');
 *   await b.close(); await pg.stop(); await bot.stop();
 *
 * Team channel: `await selectConversation(page, 'SAV-nätverket - SAV')`, then
 * `sendMessage(page, 'boka', { mention: 'SAV-boten' })` — like Teams, the Playground delivers a channel
 * post to the bot ONLY when it @mentions the bot (a thread reply without a mention is not delivered).
 *
 * Facts the helpers rely on (Playground 0.2.28, Fluent UI v9 + adaptivecards renderer):
 *   - message box: `[data-lexical-editor="true"][role="textbox"]`; Enter sends. In a channel the first box
 *     is "Start a new post", every thread has its own reply box after it.
 *   - conversations in the left pane: `[role="treeitem"][aria-label="<name>"]`, names "Personal Chat",
 *     the group chat's name, and "<team> - <channel>" (e.g. "SAV-nätverket - General").
 *   - cards: `.ac-adaptiveCard`; each input sits in `.ac-input-container`, its label is
 *     `<label for="__ac-…">` (DOM ids are random, NOT the card's input ids).
 *   - Input.Date is a Fluent DatePicker: clicking it opens a calendar popup that covers the card, so we
 *     focus it and type the date (YYYY-MM-DD) + Tab instead. Input.ChoiceSet (compact) is a Fluent
 *     Combobox whose options are `[role="option"]` in a portal.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The repo's mock users/team/channels (Louise Lind, team "SAV-nätverket", channel "SAV"). */
export const PLAYGROUND_CONFIG = path.join(REPO_ROOT, '.m365agentsplayground.yml');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MESSAGE_BOX = '[data-lexical-editor="true"][role="textbox"]';
/** Top-level cards only (a shown Action.ShowCard renders a nested `.ac-adaptiveCard`). */
const TOP_CARD = '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)';

// ---------------------------------------------------------------------------------------------
// Chromium availability
// ---------------------------------------------------------------------------------------------

/** True when the Chromium binary (CHROMIUM_PATH, default /usr/bin/chromium) exists and is executable. */
export function chromiumAvailable(): boolean {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `describe` for browser tests. Without Chromium: skipped locally (with a warning saying why), but in CI
 * (`process.env.CI` set) it registers a failing test, so a missing browser can never pass silently.
 */
export function describeWithChromium(name: string, fn: () => void): void {
  if (chromiumAvailable()) {
    describe(name, fn);
    return;
  }
  const why =
    `Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) ` +
    `or set CHROMIUM_PATH.`;
  if (process.env.CI) {
    describe(name, () => {
      test('Chromium is installed (required in CI)', () => {
        throw new Error(why);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${why}`);
    describe.skip(name, fn);
  }
}

// ---------------------------------------------------------------------------------------------
// Playground process
// ---------------------------------------------------------------------------------------------

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  botEndpoint: string;
  /** Port for the Playground UI; default: a free port. */
  port?: number;
  /** Mock-data file; default: the repo's .m365agentsplayground.yml. */
  configPath?: string;
  /** Time zone the Playground reports as `localTimezone`; default Europe/Stockholm. */
  timeZone?: string;
  /** Max wait for the UI, default 30 s. */
  timeoutMs?: number;
  /** Extra environment for the Playground process. */
  env?: NodeJS.ProcessEnv;
}

export interface RunningPlayground {
  /** UI address, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** The mocked Bot Connector the bot replies to: `http://localhost:<port>/_connector`. */
  serviceUrl: string;
  /** Everything the Playground printed so far (stdout + stderr). */
  output(): string;
  /** Kills the Playground and its process group; resolves once it has exited. */
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago (bind port 0 on 127.0.0.1, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `agentsplayground -e <botEndpoint> -c msteams -p <port> --dt` (telemetry off) in its own
 * process group, with TEAMSAPPTESTER_BROWSER=none (do not open a browser), the repo's mock data
 * (M365_AGENTS_PLAYGROUND_CONFIG_PATH) and its log file in a temp dir (it would otherwise write
 * ./devTools/ in the working directory). Resolves when `GET /` answers 200.
 * The Playground falls back to a random port when the asked one is taken; the real one is read from
 * its "Listening on <port>" line.
 */
export async function startPlayground(opts: PlaygroundOptions): Promise<RunningPlayground> {
  const wanted = opts.port ?? (await freePort());
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [cli, '-e', opts.botEndpoint, '-c', 'msteams', '-p', String(wanted), '--dt'];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    detached: true, // own process group, so stop() can kill everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: opts.configPath ?? PLAYGROUND_CONFIG,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
      TZ: opts.timeZone ?? 'Europe/Stockholm',
      ...opts.env,
    },
  });

  let out = '';
  let port = wanted;
  const onData = (d: Buffer) => {
    out += d.toString();
    const m = /Listening on (\d+)/.exec(out);
    if (m) port = Number(m[1]);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let dead = false;
  child.once('exit', () => (dead = true));

  const stop = async () => {
    await killGroup(child, exited);
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (dead) {
      await stop();
      throw new Error(`Playground exited before its UI answered. Output:\n${out}`);
    }
    if (/Listening on \d+/.test(out) && (await httpOk(`http://127.0.0.1:${port}/`))) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Playground UI did not answer on port ${port} within the timeout. Output:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    serviceUrl: `http://localhost:${port}/_connector`,
    output: () => out,
    stop,
  };
}

async function killGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  kill('SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

export interface OpenBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium (CHROMIUM_PATH or /usr/bin/chromium) with a fresh profile: `launch` uses its own
 * temporary user-data dir, and the page lives in a new context (locale sv-SE, Europe/Stockholm, so the
 * Playground shows Swedish times/dates; this does NOT change the `locale` the bot receives, which the
 * Playground hard-codes to en-US). Viewport 1400×1000.
 */
export async function openBrowser(): Promise<OpenBrowser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  recordCards(page);
  return {
    browser,
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

/**
 * Opens a conversation from the left pane: "Personal Chat", the group chat's name, or
 * "<team> - <channel>" (with the repo's mock data: "SAV-gruppchatt", "SAV-nätverket - General",
 * "SAV-nätverket - SAV"). Selecting a channel the first time sends installationUpdate +
 * conversationUpdate (membersAdded = the bot) for it.
 */
export async function selectConversation(page: Page, name: string): Promise<void> {
  await page.locator(`[role="treeitem"][aria-label="${name}"]`).click();
  await page.locator(MESSAGE_BOX).first().waitFor({ state: 'visible' });
}

export interface SendOptions {
  /** @mention this bot/user first (needed in channels: the Playground only delivers posts mentioning the bot). */
  mention?: string;
  /** Channels: write in the reply box of the last thread instead of "Start a new post". */
  reply?: boolean;
  /** Max wait for the Playground to accept the message, default 15 s. */
  timeoutMs?: number;
}

/**
 * Types `text` in the message box and presses Enter; resolves when the Playground has accepted it
 * (its POST /_conversation/v1/conversations/{id}/messages answered — by then the bot has been called).
 * Newlines in `text` become Shift+Enter.
 */
export async function sendMessage(page: Page, text: string, opts: SendOptions = {}): Promise<void> {
  const boxes = page.locator(MESSAGE_BOX);
  const box = opts.reply ? boxes.last() : boxes.first();
  await box.click();
  if (opts.mention) {
    await page.keyboard.type(`@${opts.mention}`);
    await page
      .locator('#typeahead-menu [role="menuitem"]')
      .filter({ hasText: opts.mention })
      .first()
      .click({ timeout: 5000 });
    await page.keyboard.type(' ');
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(lines[i]);
  }
  const accepted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/_conversation\/v1\/conversations\/.+\/messages$/.test(r.url()),
    { timeout: opts.timeoutMs ?? 15_000 },
  );
  await page.keyboard.press('Enter');
  const res = await accepted;
  if (!res.ok()) throw new Error(`Playground refused the message: HTTP ${res.status()} ${await res.text()}`);
}

/**
 * Runs in the browser: finds the middle pane (the open conversation: messages, cards, message boxes),
 * marks it with `data-e2e-pane="conversation"` and returns its text, or null when there is none yet.
 * Self-contained on purpose (Playwright sends its source to the page).
 */
function markConversationPane(): string | null {
  // The project compiles without the DOM lib, so the browser globals are untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = (globalThis as any).document;
  const editor = doc.querySelector('[data-lexical-editor="true"][role="textbox"]');
  const nav = doc.querySelector('[role="region"][aria-label="Chat and Teams Channel"]');
  if (!editor || !nav) return null;
  // The pane is the ancestor of the editor whose parent also holds the left pane.
  let pane = editor;
  while (pane.parentElement && !pane.parentElement.contains(nav)) pane = pane.parentElement;
  if (pane.getAttribute('data-e2e-pane') !== 'conversation') {
    for (const e of doc.querySelectorAll('[data-e2e-pane]')) e.removeAttribute('data-e2e-pane');
    pane.setAttribute('data-e2e-pane', 'conversation');
  }
  return pane.innerText as string;
}

/**
 * The open conversation's pane (messages, cards, message boxes) — so that text in the left pane's
 * previews or in the log panel does not count.
 */
export async function conversationPane(page: Page): Promise<Locator> {
  await page.waitForFunction(markConversationPane, undefined, { timeout: 10_000 });
  return page.locator('[data-e2e-pane="conversation"]');
}

/**
 * Waits until `text` (substring, or RegExp) is visible in the open conversation — messages and card
 * text, not the left pane or the log panel. Default timeout 15 s. On timeout the error shows what the
 * conversation did show.
 */
export async function waitForText(page: Page, text: string | RegExp, timeoutMs = 15_000): Promise<void> {
  const matches = (seen: string) => (typeof text === 'string' ? seen.includes(text) : text.test(seen));
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  for (;;) {
    seen = await page.evaluate(markConversationPane).catch(() => null);
    if (seen !== null && matches(seen)) return;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `waitForText(${String(text)}) timed out after ${timeoutMs} ms. The conversation shows:\n${seen ?? '(no conversation open)'}`,
  );
}

/** The last top-level Adaptive Card in the open conversation. */
export async function lastCard(page: Page): Promise<Locator> {
  const pane = await conversationPane(page);
  const cards = pane.locator(TOP_CARD);
  await cards.last().waitFor({ state: 'visible' });
  return cards.last();
}

export type CardInputRef = { id: string; label?: never } | { label: string; id?: never };

/**
 * Sets an input of the LAST card in the open conversation, found by its label (the card input's
 * `label`, exact text, a trailing required-marker "*" ignored) or by its card `id`.
 *
 * `id` works for cards this page received after {@link recordCards} (which {@link openBrowser} calls):
 * the card JSON gives the input's position, which picks the n-th `.ac-input-container` of the rendered
 * card (inputs inside Action.ShowCard are not counted). `label` needs no bookkeeping.
 *
 * How each input type is set:
 *   - Input.Text / Input.Number (`<input>` / `<textarea>`): fill.
 *   - Input.Date (Fluent DatePicker): focus, select all, type `value` (YYYY-MM-DD), Tab. The card
 *     submits YYYY-MM-DD. (Clicking would open a calendar popup that covers the card.)
 *   - Input.ChoiceSet compact (Fluent Combobox): open it and click the option whose text is `value`
 *     (a choice title, or a choice value when the card JSON is known); an array selects several.
 *   - Input.ChoiceSet expanded (radios / checkboxes) and Input.Toggle: check the matching box.
 */
export async function fillCardInput(page: Page, ref: CardInputRef, value: string | string[] | boolean): Promise<void> {
  const card = await lastCard(page);
  const container = await findInputContainer(page, card, ref);
  const kind = await container.evaluate((el) => {
    if (el.querySelector('.fui-DatePicker')) return 'date';
    if (el.querySelector('.fui-Combobox, [role="combobox"]')) return 'combobox';
    if (el.querySelector('input[type="radio"]')) return 'radio';
    if (el.querySelector('input[type="checkbox"]')) return 'checkbox';
    if (el.querySelector('textarea')) return 'textarea';
    return 'text';
  });
  const values = (Array.isArray(value) ? value : [String(value)]).map((v) => choiceTitle(page, ref, v));

  switch (kind) {
    case 'text':
    case 'textarea':
      await container.locator('input, textarea').first().fill(values[0]);
      return;
    case 'date': {
      const input = container.locator('input').first();
      await input.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(values[0]);
      await page.keyboard.press('Tab');
      return;
    }
    case 'combobox': {
      const input = container.locator('input[role="combobox"]').first();
      for (const v of values) {
        if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
        await page.getByRole('option', { name: v, exact: true }).first().click();
      }
      if ((await input.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
      return;
    }
    case 'radio':
      await container.getByRole('radio', { name: values[0], exact: true }).check();
      return;
    case 'checkbox': {
      const boxes = container.locator('input[type="checkbox"]');
      if ((await boxes.count()) === 1 && typeof value === 'boolean') {
        await boxes.first().setChecked(value);
        return;
      }
      for (const v of values) await container.getByRole('checkbox', { name: v, exact: true }).check();
      return;
    }
  }
}

/**
 * Clicks the button titled `title` (exact) on the last card in the open conversation that has such a
 * button. When the click sends an invoke (Action.Execute → `adaptiveCard/action`) it waits for the bot's
 * answer and returns what the Playground's invoke endpoint answered: the bot's invoke response body
 * without `statusCode`, e.g. `{ type: 'application/vnd.microsoft.card.adaptive', value: <card> }`;
 * otherwise (no invoke within 2 s) undefined.
 * The Playground then replaces the card with a returned card and shows "Your response was sent to the app".
 */
export async function clickCardButton(page: Page, title: string, timeoutMs = 15_000): Promise<unknown> {
  const pane = await conversationPane(page);
  const button = pane.locator(TOP_CARD).getByRole('button', { name: title, exact: true }).last();
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  const invoke = page
    .waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/_conversation/v1/invoke'), { timeout: 2000 })
    .catch(() => undefined);
  await button.click();
  const req = await invoke;
  if (!req) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const res = await Promise.race([
    req.response(),
    new Promise<null>((r) => (timer = setTimeout(() => r(null), timeoutMs))),
  ]).finally(() => clearTimeout(timer));
  if (!res) throw new Error(`No answer to the "${title}" invoke within ${timeoutMs} ms`);
  return res.json().catch(() => undefined);
}

// ------------------------------------------------------------------------------------------------
// Card JSON bookkeeping (for fillCardInput({ id }))
// ------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const cardsSeen = new WeakMap<Page, Json[]>();

/**
 * Starts recording the Adaptive Cards the page receives (websocket messages of the Playground's
 * conversation stream, and invoke responses). {@link openBrowser} calls it; call it yourself (before
 * `page.goto`) for a page you made another way. Returns the (growing) list of cards seen.
 */
export function recordCards(page: Page): Json[] {
  let list = cardsSeen.get(page);
  if (list) return list;
  const seen: Json[] = [];
  list = seen;
  cardsSeen.set(page, seen);
  const collect = (payload: unknown) => {
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach(walk);
      const o = v as Json;
      if (o.type === 'AdaptiveCard') {
        seen.push(o);
        return;
      }
      Object.values(o).forEach(walk);
    };
    walk(payload);
  };
  page.on('websocket', (ws) => {
    if (!ws.url().includes('_ws_conversation')) return;
    ws.on('framereceived', (f) => {
      try {
        collect(JSON.parse(String(f.payload)));
      } catch {
        /* not JSON */
      }
    });
  });
  page.on('response', (r) => {
    if (r.url().endsWith('/_conversation/v1/invoke')) r.json().then(collect, () => undefined);
  });
  return seen;
}

/** Input ids of a card in render order (body, containers, columns, tables; not ShowCard actions). */
export function cardInputIds(card: Json): string[] {
  const ids: string[] = [];
  const visit = (el: unknown) => {
    if (!el || typeof el !== 'object') return;
    if (Array.isArray(el)) return el.forEach(visit);
    const o = el as Json;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') ids.push(o.id);
    visit(o.items);
    visit(o.columns);
    visit(o.rows);
    visit(o.cells);
    visit(o.body);
  };
  visit(card.body);
  return ids;
}

function findCardJsonWithInput(page: Page, id: string): Json | undefined {
  const seen = cardsSeen.get(page) ?? [];
  for (let i = seen.length - 1; i >= 0; i--) if (cardInputIds(seen[i]).includes(id)) return seen[i];
  return undefined;
}

/** Maps a choice *value* to its title when the card JSON is known; otherwise returns `v` unchanged. */
function choiceTitle(page: Page, ref: CardInputRef, v: string): string {
  const seen = cardsSeen.get(page) ?? [];
  for (let i = seen.length - 1; i >= 0; i--) {
    let match: string | undefined;
    const visit = (el: unknown) => {
      if (match || !el || typeof el !== 'object') return;
      if (Array.isArray(el)) return el.forEach(visit);
      const o = el as Json;
      if (o.type === 'Input.ChoiceSet' && (ref.id ? o.id === ref.id : o.label === ref.label)) {
        const choice = (o.choices as { title: string; value: string }[] | undefined)?.find((c) => c.value === v);
        if (choice) match = choice.title;
      }
      Object.values(o).forEach(visit);
    };
    visit(seen[i]);
    if (match) return match;
  }
  return v;
}

async function findInputContainer(page: Page, card: Locator, ref: CardInputRef): Promise<Locator> {
  recordCards(page);
  if (ref.label !== undefined) {
    const forId = await card.evaluate((el, label) => {
      const norm = (s: string) => s.replace(/\s*\*\s*$/, '').trim();
      const match = [...el.querySelectorAll('label')].find((l) => norm(l.textContent ?? '') === label);
      return match?.getAttribute('for') ?? null;
    }, ref.label);
    if (!forId) throw new Error(`No input labelled "${ref.label}" on the last card`);
    return card.locator('.ac-input-container').filter({ has: page.locator(`[id="${forId}"]`) }).first();
  }
  const json = findCardJsonWithInput(page, ref.id);
  if (!json) {
    throw new Error(
      `fillCardInput({ id: '${ref.id}' }): no card with that input id was seen by this page ` +
        `(call recordCards(page) before page.goto, or use { label })`,
    );
  }
  const index = cardInputIds(json).indexOf(ref.id);
  const containers = card.locator('.ac-input-container:not(.ac-adaptiveCard .ac-adaptiveCard .ac-input-container)');
  const count = await containers.count();
  if (index >= count) throw new Error(`Card input "${ref.id}" is #${index + 1} but the last card renders ${count} inputs`);
  return containers.nth(index);
}
