import { scoreFixture } from './labelled';

// Blind sets for v8: written by authors who never saw the classifier, and never used for building it
// (no rule written from them, not in the model's training data). blind11 and blind12 were measured
// once, on the final v8; blind9 and blind10 were measured on a first v8 draft, and only their summary
// figures (never their texts) were seen before the final guards were set. What v8 achieves is
// asserted; the targets it misses are marked `failing`, so they turn red the day they are met.
// v6 on the same sets, for comparison: threat recall 0.794, 0.882, 0.824, 0.765.
describe.each([
  // file, threat precision, threat recall, question F1, remove F1, criticism removed (as measured)
  ['comments-blind9.jsonl', 0.91, 0.94, 0.96, 0.90, 1],
  ['comments-blind10.jsonl', 0.86, 0.94, 0.94, 0.85, 0],
  ['comments-blind11.jsonl', 0.91, 0.91, 1.0, 0.88, 0],
  ['comments-blind12.jsonl', 0.83, 0.88, 0.92, 0.85, 3],
])('issue 3 targets on %s, never used for building v8', (file, precision, recall, questionF1, removeF1, criticismRemoved) => {
  const e = scoreFixture(file);
  it(`reads all 200 labelled comments`, () => expect(e.n).toBe(200));
  it(`finds threats at least as well as measured (P ${precision}, R ${recall})`, () => {
    expect(e.threat.precision).toBeGreaterThanOrEqual(precision);
    expect(e.threat.recall).toBeGreaterThanOrEqual(recall);
  });
  it(`finds questions with F1 ≥ ${questionF1}`, () => expect(e.question.f1).toBeGreaterThanOrEqual(questionF1));
  it(`proposes removals with F1 ≥ ${removeF1}`, () => expect(e.remove.f1).toBeGreaterThanOrEqual(removeF1));
  it(`proposes removing no more than ${criticismRemoved} criticism`, () => expect(e.criticismRemoved).toBeLessThanOrEqual(criticismRemoved));
  const met = (ok: boolean) => (ok ? it : it.failing);
  met(recall >= 0.95 && precision >= 0.9)('meets the threat target: recall ≥ 0.95 at precision ≥ 0.90', () => {
    expect(e.threat.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.threat.precision).toBeGreaterThanOrEqual(0.9);
  });
  met(removeF1 >= 0.9)('meets the removal target: F1 ≥ 0.90', () => expect(e.remove.f1).toBeGreaterThanOrEqual(0.9));
  met(criticismRemoved === 0)('never proposes removing criticism', () => expect(e.criticismRemoved).toBe(0));
});
