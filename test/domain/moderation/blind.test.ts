import { scoreFixture } from './labelled';

// Blind sets: blind7 was first measured after v6 was built without it; blind8 has never been used for
// building at all (no rule written from it, not in the model's training data). What v6 achieves there is
// asserted; the one unmet target is marked `failing`, so it turns red the day it is met.
describe.each([
  ['comments-blind7.jsonl', 0.82],
  ['comments-blind8.jsonl', 0.79],
])('issue 3 targets on %s, never used for building v6', (file, threatRecallNow) => {
  const e = scoreFixture(file);
  it('never proposes removing criticism', () => expect(e.criticismRemoved).toBe(0));
  it('finds threats at precision ≥ 0.90', () => expect(e.threat.precision).toBeGreaterThanOrEqual(0.9));
  it(`finds at least the ${threatRecallNow} of threats it found when measured`, () => expect(e.threat.recall).toBeGreaterThanOrEqual(threatRecallNow));
  it('proposes removals with F1 ≥ 0.90', () => expect(e.remove.f1).toBeGreaterThanOrEqual(0.9));
  it.failing('finds threats with recall ≥ 0.95 (not met: 0.82 and 0.79)', () => expect(e.threat.recall).toBeGreaterThanOrEqual(0.95));
});
