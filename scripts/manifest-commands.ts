/**
 * `npm run manifest:commands`: writes the command menus in manifest/manifest.json (one per scope) from
 * the command table in src/teams/commands.ts, so the menu, /help and the parser cannot drift apart.
 * Only the `commands` arrays change; the rest of the file is left as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { menuCommands } from '../src/teams/commands';

const file = path.join(__dirname, '..', 'manifest', 'manifest.json');
const source = fs.readFileSync(file, 'utf8');
const lines = menuCommands().map((c) => `{ "title": ${JSON.stringify(c.title)}, "description": ${JSON.stringify(c.description)} }`);
const written = source.replace(/^( *)"commands": \[\n[\s\S]*?\n\1\]/gm, (_all, indent: string) => `${indent}"commands": [\n${lines.map((l) => `${indent}  ${l}`).join(',\n')}\n${indent}]`);
if (written === source) {
  console.log('manifest/manifest.json: the command menus already match the command table');
} else {
  fs.writeFileSync(file, written);
  console.log('manifest/manifest.json: command menus written from src/teams/commands.ts');
}
