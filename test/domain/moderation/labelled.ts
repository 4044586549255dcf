import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../../src/domain/moderation';
import { evaluate, LabelledComment } from '../../../scripts/classifier/evaluate';

/** Classifies a labelled set from test/fixtures and scores it. */
export function scoreFixture(name: string) {
  const gold: LabelledComment[] = readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledComment);
  return evaluate(gold, gold.map((g) => classify(g.text)));
}

/** The four targets asserted on a scored set (in-sample sets: a guard against regressions). */
export function describeTargets(name: string, e: ReturnType<typeof scoreFixture>, n: number): void {
  describe(`issue 3 targets on the ${name} set`, () => {
    it(`reads all ${n} labelled comments`, () => expect(e.n).toBe(n));
    it('finds threats with recall ≥ 0.95 at precision ≥ 0.90', () => {
      expect(e.threat.recall).toBeGreaterThanOrEqual(0.95);
      expect(e.threat.precision).toBeGreaterThanOrEqual(0.9);
    });
    it('never proposes removing criticism', () => expect(e.criticismRemoved).toBe(0));
    it('finds questions with F1 ≥ 0.90', () => expect(e.question.f1).toBeGreaterThanOrEqual(0.9));
    it('proposes removals with F1 ≥ 0.90', () => expect(e.remove.f1).toBeGreaterThanOrEqual(0.9));
  });
}
