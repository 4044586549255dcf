#!/usr/bin/env node
// Part of `npm run build`: tsc only emits JavaScript (and imported JSON), but the bot also reads files at
// run time (SQL migrations next to src/store/database.ts, card templates in cards/). This copies them into
// dist/ and then checks that dist/ holds everything the compiled bot needs, so a new asset cannot be
// forgotten silently. Plain Node, no dependencies: it runs where devDependencies (tsx) are absent.
//
//   node scripts/copy-assets.cjs --clean   remove dist/ (before tsc: no stale files, e.g. a renamed migration)
//   node scripts/copy-assets.cjs           copy the assets into dist/ and verify (after tsc)
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
/** Run-time folders outside src/, copied whole to dist/<name> (src/teams/cards.ts finds dist/cards from dist/src/teams). */
const ASSET_DIRS = ['cards'];

/** Every file below `dir`, as paths relative to it. */
function walk(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...walk(dir, child));
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

/** Files under src/ that tsc does not turn into JavaScript: SQL, imported JSON and whatever comes next. */
function srcAssets() {
  return walk(path.join(ROOT, 'src'))
    .filter((f) => !/\.(ts|tsx|mts|cts)$/.test(f))
    .map((f) => ({ from: path.join(ROOT, 'src', f), to: path.join(DIST, 'src', f) }));
}

function dirAssets() {
  return ASSET_DIRS.flatMap((name) =>
    walk(path.join(ROOT, name)).map((f) => ({ from: path.join(ROOT, name, f), to: path.join(DIST, name, f) })),
  );
}

function copy(assets) {
  for (const { from, to } of assets) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
}

/** The problems with dist/: missing or different assets, TypeScript files without their JavaScript. */
function verify(assets) {
  const problems = [];
  for (const { from, to } of assets) {
    if (!fs.existsSync(to)) problems.push(`missing ${path.relative(ROOT, to)}`);
    else if (!fs.readFileSync(from).equals(fs.readFileSync(to))) problems.push(`${path.relative(ROOT, to)} differs from ${path.relative(ROOT, from)}`);
  }
  for (const f of walk(path.join(ROOT, 'src')).filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))) {
    const js = path.join(DIST, 'src', f.replace(/\.ts$/, '.js'));
    if (!fs.existsSync(js)) problems.push(`missing ${path.relative(ROOT, js)} (did tsc run?)`);
  }
  for (const name of ASSET_DIRS) {
    if (walk(path.join(ROOT, name)).length === 0) problems.push(`${name}/ is empty`);
  }
  if (!assets.some(({ from }) => from.endsWith('.sql'))) problems.push('no SQL migrations found under src/');
  return problems;
}

function main() {
  if (process.argv.includes('--clean')) {
    fs.rmSync(DIST, { recursive: true, force: true });
    return;
  }
  const assets = [...srcAssets(), ...dirAssets()];
  copy(assets);
  const problems = verify(assets);
  if (problems.length > 0) {
    console.error(`dist/ is incomplete:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`copied ${assets.length} assets into dist/`);
}

main();
