import { describeTargets, scoreFixture } from './labelled';

// The holdout set (240 comments, a third author). v3 and v4 rules were written with its misses in
// view and the model is trained on it, so these figures are in-sample. The leave-one-author-out
// figure (`npx tsx scripts/train-classifier.ts --loao`) is given in the v4 commit message.
const e = scoreFixture('comments-holdout.jsonl');

describeTargets('holdout', e, 240);
