import { readdirSync } from 'node:fs';
import path from 'node:path';

/** What `npm run bench` runs without a name: the figures of issue 17, as ratios against an echo bot (a few minutes). */
const DEFAULT = ['lean', 'scale'];

// Runs bench/*.bench.ts (each exports `run()` returning its figures) and prints one line per figure:
// `npm run bench` the default set, `npm run bench -- <name>` those whose file name contains it, `-- all` every one.
async function main() {
  const only = process.argv[2];
  const wanted = (f: string) => (only === 'all' ? true : only ? f.includes(only) : DEFAULT.some((d) => f.startsWith(`${d}.`)));
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && wanted(f)).sort();
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { run: () => Promise<Record<string, number | string>> };
    const started = Date.now();
    const figures = await mod.run();
    console.log(`\n${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(44)} ${typeof v === 'number' ? +v.toFixed(2) : v}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
