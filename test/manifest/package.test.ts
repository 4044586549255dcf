import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yauzl from 'yauzl';
import { PNG } from 'pngjs';
import { makeOutlineIcon } from '../../scripts/make-icons';
import {
  PLACEHOLDER_BOT_ID,
  availableSchemaVersions,
  checkIcons,
  checkLocalizations,
  maxCommandsFor,
  readIcon,
  schemaVersionOf,
  validateManifest,
  type Manifest,
} from '../../scripts/package-app';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_DIR = path.join(ROOT, 'manifest');
const MANIFEST_PATH = path.join(MANIFEST_DIR, 'manifest.json');
const SCRIPT = path.join(ROOT, 'scripts', 'package-app.ts');

const loadManifest = (): Manifest => JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8'));

// Swedish in the manifest itself (its language is sv-SE), English in en.json for English-locale clients.
const EXPECTED_COMMANDS = ['boka', 'schema', 'mina', 'kommentar', 'rapportera', 'status', 'ärenden', 'bevis', 'admin', 'koppla', 'hjälp'];
const EXPECTED_COMMANDS_EN = ['book', 'schedule', 'mine', 'comment', 'report', 'status', 'escalations', 'evidence', 'admin', 'connect', 'help'];

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function runPackageScript(args: string[], env: Record<string, string | undefined>) {
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return spawnSync('npx', ['tsx', SCRIPT, ...args], { cwd: ROOT, env: childEnv, encoding: 'utf8', timeout: 60_000 });
}

describe('Teams manifest', () => {
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    // Validation must be offline: any attempt to fetch a schema fails the test.
    globalThis.fetch = (() => {
      throw new Error('network access during manifest validation');
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('uses the newest schema version shipped offline (and at least 1.19)', () => {
    const m = loadManifest();
    const version = schemaVersionOf(m.$schema);
    expect(version).toBeDefined();
    const versions = availableSchemaVersions();
    expect(versions[versions.length - 1]).toBe(version);
    expect(m.manifestVersion).toBe(version);
    const [major, minor] = version!.split('.').map(Number);
    expect(major > 1 || minor >= 19).toBe(true);
  });

  it('validates against its JSON schema with no problems', async () => {
    expect(await validateManifest(loadManifest())).toEqual([]);
  });

  it('describes SAV-boten by Helsingborgs stad', () => {
    const m = loadManifest();
    expect(m.name.short).toBe('SAV-boten');
    expect(m.developer.name).toBe('Helsingborgs stad');
    expect(m.developer.websiteUrl).toBe('https://helsingborg.se');
    expect(m.developer.privacyUrl).toMatch(/^https:\/\/helsingborg\.se\//);
    expect(m.developer.termsOfUseUrl).toMatch(/^https:\/\/helsingborg\.se\//);
    expect(m.description.short).toMatch(/LinkedIn/);
    expect(m.description.full).toMatch(/kommentar/);
    expect(m.bots).toHaveLength(1);
    expect(m.bots[0].botId).toBe(PLACEHOLDER_BOT_ID);
    expect(m.bots[0].supportsFiles).toBe(false);
    expect([...m.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('has a commandList for every scope with all commands, within the limit', () => {
    const m = loadManifest();
    const max = maxCommandsFor(m.manifestVersion);
    for (const scope of ['team', 'personal', 'groupChat']) {
      const lists = m.bots[0].commandLists.filter((l: Manifest) => l.scopes.includes(scope));
      expect(lists).toHaveLength(1);
      const commands: Array<{ title: string; description: string }> = lists[0].commands;
      expect(commands.length).toBeLessThanOrEqual(max);
      expect(commands.map((c) => c.title)).toEqual(EXPECTED_COMMANDS);
      for (const c of commands) {
        expect(c.title).not.toMatch(/^\//);
        expect(c.description).toMatch(/t\.ex\. /); // every description carries an example
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
      expect(commands.find((c) => c.title === 'boka')!.description).toBe('Boka en dag i LinkedIn-schemat, t.ex. boka 3 dec Möt vår nya undersköterska');
    }
  });

  it('gives English-locale clients the English command menu (en.json), valid against the localisation schema', () => {
    const m = loadManifest();
    expect(m.localizationInfo).toEqual({ defaultLanguageTag: 'sv-SE', additionalLanguages: [{ languageTag: 'en-US', file: 'en.json' }] });
    expect(checkLocalizations(m, MANIFEST_DIR).problems).toEqual([]);
    const en = JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, 'en.json'), 'utf8'));
    m.bots[0].commandLists.forEach((_l: Manifest, l: number) => {
      const titles = EXPECTED_COMMANDS_EN.map((_c, i) => en[`bots[0].commandLists[${l}].commands[${i}].title`]);
      expect(titles).toEqual(EXPECTED_COMMANDS_EN);
      expect(en[`bots[0].commandLists[${l}].commands[0].description`]).toMatch(/e\.g\. book /);
    });
  });

  it('reports a localisation file that breaks its schema', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sav-l10n-'));
    fs.writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ 'name.short': 'SAV-boten', 'description.short': 'x' }));
    const problems = checkLocalizations(loadManifest(), dir).problems.join('\n');
    expect(problems).toMatch(/en\.json: .*description\.full/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('knows the per-version command limit', () => {
    expect(maxCommandsFor('1.19')).toBe(10);
    expect(maxCommandsFor('1.23')).toBe(10);
    expect(maxCommandsFor('1.24')).toBe(12);
    expect(maxCommandsFor('1.30')).toBe(12);
  });

  it('reports a missing commandList for a scope and slash-prefixed titles', async () => {
    const m = loadManifest();
    m.bots[0].commandLists = m.bots[0].commandLists.filter((l: Manifest) => !l.scopes.includes('groupChat'));
    m.bots[0].commandLists[0].commands[0].title = '/book';
    const problems = await validateManifest(m);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no command list for scope "groupChat"'),
        expect.stringContaining('/bots/0/commandLists/0/commands/0/title'),
      ]),
    );
  });

  it('has icons of the right size; outline is white on transparent', () => {
    const color = readIcon(path.join(MANIFEST_DIR, 'color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.hasTransparency).toBe(false);
    const outline = readIcon(path.join(MANIFEST_DIR, 'outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.hasTransparency).toBe(true);
    expect(outline.onlyWhite).toBe(true);
    expect(checkIcons(loadManifest(), MANIFEST_DIR).problems).toEqual([]);
  });

  it('the outline icon carries the colour icon\'s speech bubble, and is what scripts/make-icons.ts draws', () => {
    const at = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    const outline = PNG.sync.read(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    expect(outline.data.equals(makeOutlineIcon().data)).toBe(true);
    // The bubble sits where the colour icon has it (lower right, its centre at 140,136 of 192): its middle
    // dot is drawn, and a ring around it is drawn too, with a gap between dot and ring.
    expect(at(outline, 23, 22)).toBeGreaterThan(200);
    expect(at(outline, 23, 19)).toBeLessThan(60);
    expect(at(outline, 23, 16)).toBeGreaterThan(120);
  });

  it('rejects swapped icons', () => {
    const m = loadManifest();
    m.icons = { color: 'outline.png', outline: 'color.png' };
    const problems = checkIcons(m, MANIFEST_DIR).problems.join('\n');
    expect(problems).toMatch(/\/icons\/color: outline\.png is 32×32, must be 192×192/);
    expect(problems).toMatch(/\/icons\/outline: color\.png is 192×192, must be 32×32/);
    expect(problems).toMatch(/\/icons\/outline: .*transparent/);
  });
});

describe('package script (npx tsx scripts/package-app.ts)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sav-manifest-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('writes a flat zip with the bot id substituted', async () => {
    const appId = '12345678-9abc-4def-8123-456789abcdef';
    const out = path.join(tmp, 'ok');
    const res = runPackageScript(['--out', out], { MicrosoftAppId: appId });
    expect(res.stderr).not.toMatch(/validation failed/);
    expect(res.status).toBe(0);
    const entries = await readZip(path.join(out, 'sav-boten.zip'));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(packaged.bots[0].botId).toBe(appId);
    expect(JSON.stringify(packaged)).not.toContain(PLACEHOLDER_BOT_ID);
    expect(entries.get('color.png')!.equals(fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')))).toBe(true);
    expect(entries.get('outline.png')!.equals(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')))).toBe(true);
  });

  it('refuses without MicrosoftAppId, says how to set it, and writes nothing', () => {
    const out = path.join(tmp, 'refused');
    const res = runPackageScript(['--out', out], { MicrosoftAppId: undefined });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/MicrosoftAppId is not set, so no app package was written/);
    expect(res.stderr).toContain('MicrosoftAppId=<id> npm run package');
    expect(res.stderr).toContain('--demo');
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(out)).toBe(false);
  });

  it('with --demo writes a package named as a demo, with the placeholder id, and says so loudly', async () => {
    const out = path.join(tmp, 'demo');
    const res = runPackageScript(['--out', out, '--demo'], { MicrosoftAppId: undefined });
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(/DEMO PACKAGE/);
    expect(res.stderr).toMatch(/will NOT work in Teams/);
    expect(fs.existsSync(path.join(out, 'sav-boten.zip'))).toBe(false);
    const entries = await readZip(path.join(out, 'sav-boten-demo.zip'));
    expect(JSON.parse(entries.get('manifest.json')!.toString('utf8')).bots[0].botId).toBe(PLACEHOLDER_BOT_ID);
  });

  it('fails with a message naming the broken field, and writes no zip', () => {
    const dir = path.join(tmp, 'broken');
    fs.mkdirSync(dir);
    for (const f of ['color.png', 'outline.png', 'en.json']) fs.copyFileSync(path.join(MANIFEST_DIR, f), path.join(dir, f));
    const m = loadManifest();
    m.developer.privacyUrl = 'helsingborg.se/integritet'; // not an http(s) URL
    const broken = path.join(dir, 'manifest.json');
    fs.writeFileSync(broken, JSON.stringify(m, null, 2));
    const out = path.join(tmp, 'broken-out');
    const res = runPackageScript(['--manifest', broken, '--out', out], { MicrosoftAppId: '12345678-9abc-4def-8123-456789abcdef' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/validation failed/);
    expect(res.stderr).toContain('/developer/privacyUrl');
    expect(fs.existsSync(path.join(out, 'sav-boten.zip'))).toBe(false);
  });

  it('rejects a MicrosoftAppId that is not a GUID', () => {
    const res = runPackageScript(['--out', path.join(tmp, 'badid')], { MicrosoftAppId: 'not-a-guid' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('/bots/0/botId');
  });
});
