import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toneColor } from '../../src/teams/cards';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every element of a card template with the container style it sits on. */
function* elements(node: unknown, style = 'default'): Generator<{ el: Record<string, unknown>; style: string }> {
  if (Array.isArray(node)) {
    for (const n of node) yield* elements(n, style);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const el = node as Record<string, unknown>;
  const own = typeof el.style === 'string' && ['Container', 'ColumnSet', 'Column', 'TableCell'].includes(String(el.type)) ? el.style : style;
  yield { el, style: own };
  for (const v of Object.values(el)) yield* elements(v, own);
}

/** The TypeScript files under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('card colours that can be read on white', () => {
  test('no notice tone is drawn in Warning (yellow) text', () => {
    for (const tone of ['good', 'warning', 'attention', undefined] as const) expect(toneColor(tone)).not.toBe('Warning');
    expect(toneColor('warning')).toBe('Accent');
  });

  test('a template uses Warning text only inside a warning or emphasis container', () => {
    for (const file of readdirSync(path.join(ROOT, 'cards')).filter((f) => f.endsWith('.json'))) {
      const card = JSON.parse(readFileSync(path.join(ROOT, 'cards', file), 'utf8'));
      for (const { el, style } of elements(card)) {
        if (el.color === 'Warning') expect({ file, style }).toEqual({ file, style: expect.stringMatching(/^(warning|emphasis)$/) });
      }
    }
  });

  test('no view picks Warning as a text colour', () => {
    for (const file of sources(path.join(ROOT, 'src', 'teams'))) {
      expect({ file, warning: /['"]Warning['"]/.test(readFileSync(file, 'utf8')) }).toEqual({ file, warning: false });
    }
  });
});
