import { readdirSync } from 'node:fs';
import path from 'node:path';

// Runs every bench/*.bench.ts (each exports `run()` returning its figures) and prints the figures.
async function main() {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
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
