import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../src/domain/moderation';
import { ExpectedCase, scoreFunctional } from './score';
import { buildFunctionalSuite } from './suite';

// The classifier on the functional suite (ours, four languages, built from templates × targets) and
// on the held-out set written apart from it (Swedish and English; only its summary figures were
// ever looked at). The targets are not all met: each figure is asserted as a floor at what
// v9 measures, so a crash fails and a gain shows. `npm run eval:classifier -- --functional` prints
// every functionality per language.

const suite = buildFunctionalSuite();
const s = scoreFunctional(suite, suite.map((c) => classify(c.text)));

describe('the functional suite (targets: hateful removed ≥ 0.90, threats flagged ≥ 0.95, contrast removed ≤ 0.05, criticism never)', () => {
  it('has thousands of cases in four languages', () => {
    expect(s.n).toBeGreaterThan(6000);
    expect(new Set(suite.map((c) => c.lang))).toEqual(new Set(['sv', 'nb', 'en', 'fi-sv']));
  });
  it('proposes removal for at least 79 % of the hateful cases (v9: 79.4 %, v8: 61.9 %)', () => expect(s.hatefulRemoved.rate).toBeGreaterThanOrEqual(0.79));
  it('flags at least 83.5 % of the threats (v9: 83.8 %, v8: 72.1 %)', () => expect(s.threatsFlagged.rate).toBeGreaterThanOrEqual(0.835));
  it('proposes removal for at most 4.5 % of the harmless contrast cases (v9: 4.4 %, v8: 22.3 %)', () => expect(s.contrastRemoved.rate).toBeLessThanOrEqual(0.045));
  it('proposes removing no more than 8 of the criticism cases (v9: 8 of 429; target 0)', () => expect(s.criticismRemoved.hits).toBeLessThanOrEqual(8));
  it('sends every empty or punctuation-only comment to a person', () => {
    const unreadable = suite.filter((c) => c.functionality === 'unreadable_empty_emoji' || c.functionality === 'unreadable_url_only');
    expect(unreadable.filter((c) => !classify(c.text).needsLook).map((c) => JSON.stringify(c.text))).toEqual([]);
  });
  it('sends at least 90 % of the comments in languages it cannot read to a person (v9: 110 of 120), and no readable case', () => {
    const foreign = suite.filter((c) => c.functionality === 'unreadable_foreign');
    expect(foreign.filter((c) => classify(c.text).needsLook).length / foreign.length).toBeGreaterThanOrEqual(0.9);
    expect(suite.filter((c) => !c.needsLook && classify(c.text).needsLook).map((c) => c.id)).toEqual([]);
  });
});

const heldOut: ExpectedCase[] = readFileSync(resolve(__dirname, '../fixtures/heldout/functional-heldout.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as ExpectedCase);
const h = scoreFunctional(heldOut, heldOut.map((c) => classify(c.text)));

describe('the held-out functional set, written apart from the suite and the classifier', () => {
  it('reads all 1,052 cases', () => expect(h.n).toBe(1052));
  it('proposes removal for at least 64 % of the hateful cases (v9: 64.2 %, v8: 60.0 %)', () => expect(h.hatefulRemoved.rate).toBeGreaterThanOrEqual(0.64));
  it('flags at least 73 % of the threats (v9: 73.8 %, v8: 72.2 %)', () => expect(h.threatsFlagged.rate).toBeGreaterThanOrEqual(0.73));
  it('proposes removal for at most 9.2 % of the harmless contrast cases (v9: 9.1 %, v8: 17.8 %)', () => expect(h.contrastRemoved.rate).toBeLessThanOrEqual(0.092));
  it('proposes removing no more than 1 criticism case (v9: 1 of 60, v8: 2; target 0)', () => expect(h.criticismRemoved.hits).toBeLessThanOrEqual(1));
});
