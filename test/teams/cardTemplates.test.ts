import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';
import { cardNames, parsedCardCount, renderCard } from '../../src/teams/cards';

const CARDS = path.resolve(__dirname, '..', '..', 'cards');

/** What rendering did before templates were kept: read, parse and bind on every call. */
function fresh(name: string, data: object): unknown {
  return new Template(JSON.parse(readFileSync(path.join(CARDS, `${name}.json`), 'utf8'))).expand({ $root: data });
}

/** The `${a.b}` paths a template binds, each given a value of its own; arrays where a template repeats. */
function dataFor(name: string, variant: string): Record<string, unknown> {
  const text = readFileSync(path.join(CARDS, `${name}.json`), 'utf8');
  const data: Record<string, unknown> = {};
  for (const [, expr] of text.matchAll(/\$\{([A-Za-z_][\w.]*)\}/g)) {
    const parts = expr.split('.');
    let scope = data;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) scope[p] ??= `${variant}:${expr}`;
      else scope = (scope[p] ??= {}) as Record<string, unknown>;
    });
  }
  // `$data` bindings repeat an element per item: two items, each with the same fields as the root.
  for (const [, expr] of text.matchAll(/"\$data":\s*"\$\{([A-Za-z_][\w.]*)\}"/g)) {
    const item = (n: number) => ({ ...JSON.parse(JSON.stringify(data)), title: `${variant} item ${n}`, value: `v${n}` });
    let scope = data;
    const parts = expr.split('.');
    parts.forEach((p, i) => {
      if (i === parts.length - 1) scope[p] = [item(1), item(2)];
      else scope = (scope[p] ??= {}) as Record<string, unknown>;
    });
  }
  return data;
}

describe('card templates: each parsed once, bound like a fresh template', () => {
  test('the first card parses its own template only, and it stays parsed', () => {
    // Before: the first card of the process parsed all the templates in cards/ (a quarter of a second).
    expect(parsedCardCount()).toBe(0);
    renderCard('notice', { heading: 'h', message: 'm', color: 'Good', actions: [] });
    expect(parsedCardCount()).toBe(1);
    renderCard('notice', { heading: 'h2', message: 'm2', color: 'Attention', actions: [] });
    expect(parsedCardCount()).toBe(1);
  });

  test('every template in cards/ renders exactly as a freshly parsed one, for empty and filled data, in any order', () => {
    const names = cardNames();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      for (const data of [{}, dataFor(name, 'a'), dataFor(name, 'b')]) {
        const expected = JSON.stringify(fresh(name, data));
        expect({ name, card: JSON.stringify(renderCard(name, data)) }).toEqual({ name, card: expected });
      }
    }
    // A kept template carries nothing from one binding to the next.
    for (const name of [...names].reverse()) {
      const data = dataFor(name, 'c');
      expect({ name, card: JSON.stringify(renderCard(name, data)) }).toEqual({ name, card: JSON.stringify(fresh(name, data)) });
    }
    expect(parsedCardCount()).toBe(names.length);
  });

  test('filled data reaches the card (the comparison above is not between two empty cards)', () => {
    const card = JSON.stringify(renderCard('notice', dataFor('notice', 'z')));
    expect(card).toContain('z:heading');
    expect(card).toContain('z:message');
  });

  test('a name that is no template, or a path, is refused', () => {
    expect(() => renderCard('no-such-card', {})).toThrow('No card template named no-such-card');
    expect(() => renderCard('../package', {})).toThrow('No card template named ../package');
  });
});
