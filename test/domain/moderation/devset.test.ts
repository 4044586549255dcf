import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify, REMOVABLE_KINDS } from '../../../src/domain/moderation';
import { evaluate, isHeldOut, LabelledComment } from '../../../scripts/classifier/evaluate';

// The labelled dev set, copied into the repo: the project's own data.
const DEV_SET = resolve(__dirname, '../../fixtures/comments-dev.jsonl');

const gold: LabelledComment[] = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as LabelledComment);
const predicted = gold.map((g) => classify(g.text));

describe('the classifier on the whole dev set meets the targets', () => {
  const e = evaluate(gold, predicted);

  it('reads all 240 labelled comments', () => expect(e.n).toBe(240));
  it('finds threats with recall ≥ 0.95 at precision ≥ 0.90', () => {
    expect(e.threat.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.threat.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('finds questions with F1 ≥ 0.90', () => expect(e.question.f1).toBeGreaterThanOrEqual(0.9));
  it('proposes removals with F1 ≥ 0.90', () => expect(e.remove.f1).toBeGreaterThanOrEqual(0.9));
  it('never proposes removing criticism', () => expect(e.criticismRemoved).toBe(0));
});

describe('the held-out quarter (never looked at while building)', () => {
  const idx = gold.map((g, i) => i).filter((i) => isHeldOut(gold[i].id));
  const e = evaluate(idx.map((i) => gold[i]), idx.map((i) => predicted[i]));
  it('is a real quarter of the set', () => expect(e.n).toBeGreaterThan(40));
  it('never proposes removing criticism', () => expect(e.criticismRemoved).toBe(0));
});

describe('every proposal is internally consistent', () => {
  it('remove follows from the kind, threat only with kind threat, no question on removals', () => {
    for (const p of predicted) {
      expect(p.remove).toBe(REMOVABLE_KINDS.has(p.kind));
      expect(p.threat).toBe(p.kind === 'threat');
      if (p.remove) expect(p.question).toBe(false);
      if (p.remove) expect(p.reasons.length).toBeGreaterThan(0);
    }
  });
});
