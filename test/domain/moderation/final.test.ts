import { describeTargets, scoreFixture } from './labelled';

// The final set (240 comments, a fourth author). Blind until v3 was measured on it (threat R 0.625,
// remove F1 0.811). v4's rules were NOT written from its misses; its leave-one-author-out figure
// (model trained on the other three sets, thresholds chosen there) is threat P 0.967 R 0.725,
// question F1 0.936, remove F1 0.866, criticism removed 0 — short of the targets. v5 (rules still not written from its
// misses; model trained on the other four sets) reaches threat P 0.971 R 0.825, question F1 0.936, remove F1 0.894,
// criticism removed 0 — still short. The shipped model is trained on it too,
// so the figures below are in-sample: they guard against regressions, not measure generalisation.
const e = scoreFixture('comments-final.jsonl');

describeTargets('final', e, 240);
