/**
 * `npm run manifest:commands`: writes the command menus from the command table in src/teams/commands.ts,
 * so the menu, /help and the parser cannot drift apart:
 *   manifest/manifest.json  the Swedish menus (the manifest's own language is sv-SE), one per scope;
 *   manifest/en.json        the English menus, as the localisation Teams shows English-locale clients.
 * Only the commands change; the rest of both files is left as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { menuCommands } from '../src/teams/commands';

const dir = path.join(__dirname, '..', 'manifest');

/** manifest.json with its `commands` arrays replaced by the Swedish menu. */
export function withSwedishMenus(source: string): string {
  const lines = menuCommands('sv').map((c) => `{ "title": ${JSON.stringify(c.title)}, "description": ${JSON.stringify(c.description)} }`);
  return source.replace(/^( *)"commands": \[\n[\s\S]*?\n\1\]/gm, (_all, indent: string) => `${indent}"commands": [\n${lines.map((l) => `${indent}  ${l}`).join(',\n')}\n${indent}]`);
}

/** en.json with its command keys replaced by the English menu, for each of the manifest's command lists. */
export function withEnglishMenus(localisation: Record<string, unknown>, manifest: { bots: { commandLists: unknown[] }[] }): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(localisation).filter(([key]) => !key.startsWith('bots[')));
  const menu = menuCommands('en');
  manifest.bots[0].commandLists.forEach((_list, l) =>
    menu.forEach((c, i) => {
      kept[`bots[0].commandLists[${l}].commands[${i}].title`] = c.title;
      kept[`bots[0].commandLists[${l}].commands[${i}].description`] = c.description;
    }),
  );
  return kept;
}

function write(file: string, content: string): void {
  const name = path.relative(path.join(dir, '..'), file);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) {
    console.log(`${name}: the command menus already match the command table`);
    return;
  }
  fs.writeFileSync(file, content);
  console.log(`${name}: command menus written from src/teams/commands.ts`);
}

function main(): void {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = withSwedishMenus(fs.readFileSync(manifestFile, 'utf8'));
  write(manifestFile, manifest);
  const englishFile = path.join(dir, 'en.json');
  const english = JSON.parse(fs.readFileSync(englishFile, 'utf8')) as Record<string, unknown>;
  write(englishFile, `${JSON.stringify(withEnglishMenus(english, JSON.parse(manifest)), null, 2)}\n`);
}

if (require.main === module) main();
