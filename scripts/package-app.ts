/**
 * Builds the Teams app package: build/appPackage/sav-boten.zip (manifest.json, color.png, outline.png, flat).
 *
 *   MicrosoftAppId=<id> npm run package               # uses manifest/manifest.json
 *   npm run package -- --demo                         # no app id: build/appPackage/sav-boten-demo.zip, for looking only
 *   npx tsx scripts/package-app.ts --manifest <path> --out <dir>
 *
 * Steps:
 *  1. read the manifest, put the bot's Microsoft App ID (env MicrosoftAppId) into bots[].botId
 *     (the committed manifest carries PLACEHOLDER_BOT_ID). Without the env var the script refuses, unless
 *     `--demo` asks for a demo package, which keeps the placeholder, says so loudly and is named -demo;
 *  2. validate it OFFLINE against the JSON schema of its `$schema` version, read from the schema files
 *     shipped in @microsoft/app-manifest, with ajv set up exactly like that package's own validator
 *     (AppManifestUtils.validateAgainstSchema). We don't call the package's JS: it loads strip-bom 5,
 *     which is ESM-only and cannot be required under jest. Nothing is fetched;
 *  3. extra checks the schema cannot express: one commandList per bot scope, command limits, titles
 *     without a leading slash, icon sizes (192×192 colour, 32×32 outline with transparency);
 *  4. validate each localisation file (localizationInfo.additionalLanguages, e.g. en.json with the English
 *     command menu) against the localisation schema of the same version;
 *  5. write the zip. Any problem is printed, one per line, and the process exits with code 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import * as yazl from 'yazl';

export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
export const PACKAGE_NAME = 'sav-boten.zip';
export const DEMO_PACKAGE_NAME = 'sav-boten-demo.zip';
const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_MANIFEST = path.join(REPO_ROOT, 'manifest', 'manifest.json');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'build', 'appPackage');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const BOT_SCOPES = ['team', 'personal', 'groupChat'] as const;

// Loose typing on purpose: the schema is the authority on shape, these helpers only read a few fields.
export type Manifest = Record<string, any>;

export class ManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams manifest is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

// ---------------------------------------------------------------- schema

function schemaRoot(): string {
  return path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
}

/** Schema versions shipped offline by @microsoft/app-manifest, oldest first (vDevPreview excluded). */
export function availableSchemaVersions(): string[] {
  return fs
    .readdirSync(schemaRoot())
    .filter((d) => /^v\d+\.\d+$/.test(d) && fs.existsSync(path.join(schemaRoot(), d, 'MicrosoftTeams.schema.json')))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1, a2] = a.split('.').map(Number);
      const [b1, b2] = b.split('.').map(Number);
      return a1 - b1 || a2 - b2;
    });
}

/** "1.30" from ".../json-schemas/teams/v1.30/MicrosoftTeams.schema.json" (any locale prefix). */
export function schemaVersionOf(schemaUrl: unknown): string | undefined {
  if (typeof schemaUrl !== 'string') return undefined;
  return /\/json-schemas\/teams\/v(\d+\.\d+|DevPreview)\/MicrosoftTeams\.schema\.json$/i.exec(schemaUrl)?.[1];
}

const schemas = new Map<string, object>();

/** Loads the JSON schema for a manifest version (or its localisation files) from disk (memoised). Never touches the network. */
export function loadSchema(version: string, kind: 'manifest' | 'localization' = 'manifest'): object {
  const key = `${version}:${kind}`;
  const cached = schemas.get(key);
  if (cached) return cached;
  const file = path.join(schemaRoot(), `v${version}`, kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json');
  if (!fs.existsSync(file)) {
    throw new ManifestError([
      `$schema: version ${version} is not shipped offline by @microsoft/app-manifest (available: ${availableSchemaVersions().join(', ')})`,
    ]);
  }
  // Same clean-up the package applies to remote schemas: some versions use "\a"/"\v" in regexes,
  // which are not valid JSON-string escapes for ajv's RegExp construction.
  const raw = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const schema = JSON.parse(raw) as object;
  schemas.set(key, schema);
  return schema;
}

const compiled = new Map<object, ReturnType<AjvDraft04['compile']>>();

/** Same ajv configuration as @microsoft/app-manifest's AppManifestUtils.validateAgainstSchema. */
export function validateAgainstSchema(manifest: Manifest, schema: object, opts: { unicodeRegExp?: boolean } = {}): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    const dialect = (schema as { $schema?: string }).$schema ?? '';
    const unicodeRegExp = opts.unicodeRegExp ?? true;
    const ajv = dialect.includes('2020-12')
      ? new Ajv2020({ allErrors: true, strictTypes: false, unicodeRegExp })
      : new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp });
    addFormats(ajv as AjvDraft04, ['uri', 'email', 'regex']);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(JSON.parse(JSON.stringify(manifest)))) return [];
  return (validate.errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const details = e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : '';
    return `${where} ${e.message ?? 'is invalid'}${details}`;
  });
}

/** Max commands per commandList: 10 before schema 1.24, 12 from 1.24. */
export function maxCommandsFor(version: string): number {
  const [major, minor] = version.split('.').map(Number);
  if (Number.isNaN(major)) return 12; // DevPreview
  return major > 1 || minor >= 24 ? 12 : 10;
}

/** JSON-schema validation plus the checks the schema cannot express. Returns problems, [] if valid. */
export async function validateManifest(manifest: Manifest): Promise<string[]> {
  const version = schemaVersionOf(manifest.$schema);
  if (!version) {
    return [`$schema: expected https://developer.microsoft.com/json-schemas/teams/v<version>/MicrosoftTeams.schema.json, got ${JSON.stringify(manifest.$schema)}`];
  }
  const problems: string[] = [];
  if (manifest.manifestVersion !== version && !(version === 'DevPreview' && manifest.manifestVersion === 'devPreview')) {
    problems.push(`/manifestVersion is ${JSON.stringify(manifest.manifestVersion)} but $schema is v${version}`);
  }
  let schema: object;
  try {
    schema = loadSchema(version);
  } catch (e) {
    if (e instanceof ManifestError) return [...problems, ...e.problems];
    throw e;
  }
  problems.push(...validateAgainstSchema(manifest, schema));
  problems.push(...checkBots(manifest, version));
  return problems;
}

function checkBots(manifest: Manifest, version: string): string[] {
  const problems: string[] = [];
  const bots: unknown = manifest.bots;
  if (!Array.isArray(bots) || bots.length === 0) return ['/bots: SAV-boten needs exactly one bot'];
  const max = maxCommandsFor(version);
  bots.forEach((bot: Manifest, b) => {
    const lists: Manifest[] = Array.isArray(bot?.commandLists) ? bot.commandLists : [];
    const scopes: string[] = Array.isArray(bot?.scopes) ? bot.scopes : [];
    for (const scope of BOT_SCOPES) {
      if (!scopes.includes(scope)) problems.push(`/bots/${b}/scopes: missing scope "${scope}"`);
    }
    for (const scope of scopes) {
      if (!lists.some((l) => Array.isArray(l?.scopes) && l.scopes.includes(scope))) {
        problems.push(`/bots/${b}/commandLists: no command list for scope "${scope}"`);
      }
    }
    lists.forEach((list, l) => {
      const commands: Manifest[] = Array.isArray(list?.commands) ? list.commands : [];
      if (commands.length > max) {
        problems.push(`/bots/${b}/commandLists/${l}/commands: ${commands.length} commands, schema ${version} allows at most ${max}`);
      }
      commands.forEach((c, i) => {
        if (typeof c?.title === 'string' && c.title.startsWith('/')) {
          problems.push(`/bots/${b}/commandLists/${l}/commands/${i}/title: "${c.title}" must not start with "/"`);
        }
        if (typeof c?.description !== 'string' || c.description.trim() === '') {
          problems.push(`/bots/${b}/commandLists/${l}/commands/${i}/description: missing`);
        }
      });
    });
  });
  return problems;
}

// ---------------------------------------------------------------- icons

export interface IconInfo {
  width: number;
  height: number;
  hasTransparency: boolean;
  onlyWhite: boolean;
}

export function readIcon(file: string): IconInfo {
  const png = PNG.sync.read(fs.readFileSync(file));
  let hasTransparency = false;
  let onlyWhite = true;
  for (let i = 0; i < png.data.length; i += 4) {
    const a = png.data[i + 3];
    if (a < 255) hasTransparency = true;
    if (a > 0 && (png.data[i] < 250 || png.data[i + 1] < 250 || png.data[i + 2] < 250)) onlyWhite = false;
  }
  return { width: png.width, height: png.height, hasTransparency, onlyWhite };
}

/** Checks the icon files referenced by the manifest (paths relative to the manifest's folder). */
export function checkIcons(manifest: Manifest, manifestDir: string): { problems: string[]; files: Record<'color' | 'outline', string> } {
  const problems: string[] = [];
  const files = { color: '', outline: '' };
  const expected = { color: 192, outline: 32 } as const;
  for (const kind of ['color', 'outline'] as const) {
    const rel: unknown = manifest.icons?.[kind];
    if (typeof rel !== 'string') {
      problems.push(`/icons/${kind}: missing`);
      continue;
    }
    if (rel.includes('/') || rel.includes('\\')) {
      problems.push(`/icons/${kind}: "${rel}" must be a file name at the package root (the zip is flat)`);
    }
    const file = path.resolve(manifestDir, rel);
    files[kind] = file;
    if (!fs.existsSync(file)) {
      problems.push(`/icons/${kind}: file ${file} not found`);
      continue;
    }
    let info: IconInfo;
    try {
      info = readIcon(file);
    } catch (e) {
      problems.push(`/icons/${kind}: ${rel} is not a readable PNG (${(e as Error).message})`);
      continue;
    }
    const size = expected[kind];
    if (info.width !== size || info.height !== size) {
      problems.push(`/icons/${kind}: ${rel} is ${info.width}×${info.height}, must be ${size}×${size}`);
    }
    if (kind === 'outline') {
      if (!info.hasTransparency) problems.push(`/icons/outline: ${rel} must have a transparent background (alpha channel)`);
      if (!info.onlyWhite) problems.push(`/icons/outline: ${rel} must be white on transparent`);
    }
  }
  if (files.color && files.color === files.outline) problems.push('/icons: color and outline must be different files');
  return { problems, files };
}

// ---------------------------------------------------------------- localisation

/**
 * The localisation files the manifest names (localizationInfo.additionalLanguages), each validated against
 * the localisation schema of the manifest's version. Paths are relative to the manifest's folder.
 */
export function checkLocalizations(manifest: Manifest, manifestDir: string): { problems: string[]; files: string[] } {
  const problems: string[] = [];
  const files: string[] = [];
  const languages: unknown = manifest.localizationInfo?.additionalLanguages ?? [];
  const version = schemaVersionOf(manifest.$schema);
  if (!Array.isArray(languages) || !version) return { problems, files };
  languages.forEach((l: Manifest, i) => {
    const where = `/localizationInfo/additionalLanguages/${i}`;
    const rel: unknown = l?.file;
    if (typeof rel !== 'string') return; // the schema reports it
    if (rel.includes('/') || rel.includes('\\')) problems.push(`${where}/file: "${rel}" must be a file name at the package root (the zip is flat)`);
    const file = path.resolve(manifestDir, rel);
    if (!fs.existsSync(file)) {
      problems.push(`${where}/file: ${file} not found`);
      return;
    }
    let content: Manifest;
    try {
      content = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      problems.push(`${where}/file: ${rel} is not JSON (${(e as Error).message})`);
      return;
    }
    // Its key patterns ("…\\b]") are not valid regular expressions with the u flag that ajv sets by default.
    problems.push(...validateAgainstSchema(content, loadSchema(version, 'localization'), { unicodeRegExp: false }).map((p) => `${rel}: ${p}`));
    files.push(file);
  });
  return { problems, files };
}

// ---------------------------------------------------------------- package

/** Puts the app id into every bot whose botId is the placeholder. */
export function substituteBotId(manifest: Manifest, appId: string): Manifest {
  const copy: Manifest = JSON.parse(JSON.stringify(manifest));
  for (const bot of Array.isArray(copy.bots) ? copy.bots : []) {
    if (bot && (bot.botId === PLACEHOLDER_BOT_ID || bot.botId === '${{MicrosoftAppId}}')) bot.botId = appId;
  }
  return copy;
}

function writeZip(outFile: string, entries: Array<{ name: string; data: Buffer }>): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const mtime = new Date('2026-01-01T00:00:00Z'); // deterministic archives
    for (const e of entries) zip.addBuffer(e.data, e.name, { mtime, mode: 0o100644 });
    zip.end();
    const tmp = `${outFile}.tmp`;
    const out = fs.createWriteStream(tmp);
    zip.outputStream.on('error', reject).pipe(out);
    out.on('error', reject).on('close', () => {
      fs.renameSync(tmp, outFile);
      resolve();
    });
  });
}

/** `npm run package` without MicrosoftAppId and without `--demo`: nothing is written. */
export class MissingAppIdError extends Error {
  constructor() {
    super(
      [
        'MicrosoftAppId is not set, so no app package was written: a package without the bot\'s app id does not work in Teams.',
        'Set it to the application (client) id of the bot\'s Entra app registration:  MicrosoftAppId=<id> npm run package',
        'For a demo package to look at only (it cannot be installed for real), run:  npm run package -- --demo',
      ].join('\n'),
    );
    this.name = 'MissingAppIdError';
  }
}

export interface PackageOptions {
  manifestPath?: string;
  outDir?: string;
  appId?: string;
  /** Without an app id: write a demo package with the placeholder id instead of refusing. */
  demo?: boolean;
  log?: (msg: string) => void;
  warn?: (msg: string) => void;
}

export async function packageApp(opts: PackageOptions = {}): Promise<{ zipPath: string; manifest: Manifest; demo: boolean }> {
  const manifestPath = path.resolve(opts.manifestPath ?? DEFAULT_MANIFEST);
  const outDir = path.resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  const log = opts.log ?? console.log;
  const warn = opts.warn ?? console.warn;

  let raw: Manifest;
  try {
    raw = JSON.parse(fs.readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ManifestError([`${manifestPath}: ${(e as Error).message}`]);
  }

  let appId = opts.appId?.trim();
  const demo = !appId;
  if (!appId) {
    if (!opts.demo) throw new MissingAppIdError();
    appId = PLACEHOLDER_BOT_ID;
  } else if (!GUID.test(appId)) {
    throw new ManifestError([`/bots/0/botId: MicrosoftAppId "${appId}" is not a GUID`]);
  }
  const manifest = substituteBotId(raw, appId);

  const problems = await validateManifest(manifest);
  const icons = checkIcons(manifest, path.dirname(manifestPath));
  problems.push(...icons.problems);
  const localizations = checkLocalizations(manifest, path.dirname(manifestPath));
  problems.push(...localizations.problems);
  if (problems.length > 0) throw new ManifestError(problems);

  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, demo ? DEMO_PACKAGE_NAME : PACKAGE_NAME);
  await writeZip(zipPath, [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: manifest.icons.color, data: fs.readFileSync(icons.files.color) },
    { name: manifest.icons.outline, data: fs.readFileSync(icons.files.outline) },
    ...localizations.files.map((f) => ({ name: path.basename(f), data: fs.readFileSync(f) })),
  ]);
  log(`Validated ${path.relative(process.cwd(), manifestPath) || manifestPath} against Teams schema v${schemaVersionOf(manifest.$schema)} (offline)`);
  if (demo) {
    const line = '*'.repeat(78);
    warn([line, `DEMO PACKAGE: ${zipPath}`, `Its bot id is the placeholder ${PLACEHOLDER_BOT_ID}: it will NOT work in Teams.`, 'For a real package: MicrosoftAppId=<the bot\'s app id> npm run package', line].join('\n'));
  } else {
    log(`Wrote ${zipPath} (bot id ${appId})`);
  }
  return { zipPath, manifest, demo };
}

export function parseArgs(argv: string[]): { manifestPath?: string; outDir?: string; demo?: boolean } {
  const res: { manifestPath?: string; outDir?: string; demo?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--manifest') res.manifestPath = value();
    else if (flag === '--out') res.outDir = value();
    else if (flag === '--demo') res.demo = true;
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: tsx scripts/package-app.ts [--manifest <manifest.json>] [--out <dir>] [--demo]   (env: MicrosoftAppId; required unless --demo)');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return res;
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    await packageApp({ ...args, appId: process.env.MicrosoftAppId });
  } catch (e) {
    if (e instanceof ManifestError) {
      console.error('Teams manifest validation failed:');
      for (const p of e.problems) console.error(`  - ${p}`);
    } else if (e instanceof MissingAppIdError) {
      console.error(e.message);
    } else {
      console.error(`package-app: ${(e as Error).message}`);
    }
    process.exit(1);
  }
}

if (require.main === module) void main();
