/**
 * Measuring the classifier honestly: a fixed split of the labelled comments into a part for
 * building rules and a held-out part, and the figures the targets are stated in.
 */
import { createHash } from 'node:crypto';
import { COMMENT_KINDS, CommentKind, REMOVABLE_KINDS } from '../../src/domain/moderation/classify';

/** A labelled comment, as in comments-dev.jsonl. */
export interface LabelledComment {
  /** Comment id. */
  readonly id: string;
  /** The text. */
  readonly text: string;
  /** Language label (sv, nb, en, fi-sv). */
  readonly lang?: string;
  /** The true kind. */
  readonly kind: CommentKind;
  /** Whether it asks a question. */
  readonly question: boolean;
  /** Whether it is a threat. */
  readonly threat: boolean;
  /** Whether it should be removed. */
  readonly remove: boolean;
}

/** What the classifier said about one comment (the fields that are measured). */
export interface Prediction {
  /** Proposed kind. */
  readonly kind: CommentKind;
  /** Proposed question flag. */
  readonly question: boolean;
  /** Proposed threat flag. */
  readonly threat: boolean;
  /** Proposed remove flag. */
  readonly remove: boolean;
}

/** Precision, recall and F1 of one binary decision. */
export interface BinaryScore {
  /** Correct positives / proposed positives (1 when nothing was proposed). */
  readonly precision: number;
  /** Correct positives / true positives (1 when there were none). */
  readonly recall: number;
  /** Harmonic mean of precision and recall. */
  readonly f1: number;
  /** True positives. */
  readonly tp: number;
  /** False positives. */
  readonly fp: number;
  /** False negatives. */
  readonly fn: number;
  /** Number of true positives in the gold labels. */
  readonly support: number;
}

/** Every figure the targets are stated in. */
export interface Evaluation {
  /** Number of comments measured. */
  readonly n: number;
  /** Share of comments whose kind was right. */
  readonly kindAccuracy: number;
  /** Per-kind precision, recall, F1. */
  readonly perKind: Readonly<Record<CommentKind, BinaryScore>>;
  /** confusion[gold][predicted] = count. */
  readonly confusion: Readonly<Record<CommentKind, Readonly<Record<CommentKind, number>>>>;
  /** The threat flag. */
  readonly threat: BinaryScore;
  /** The question flag. */
  readonly question: BinaryScore;
  /** The remove flag. */
  readonly remove: BinaryScore;
  /** Gold criticism that was proposed for removal (must be 0). */
  readonly criticismRemoved: number;
}

/**
 * The held-out part: a quarter of the comments, chosen by the first byte of the SHA-256 of the
 * id. Deterministic and independent of file order, so the split never drifts.
 */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(id).digest()[0] % 4 === 0;
}

/** Scores one binary decision from (gold, predicted) pairs. */
export function binaryScore(pairs: readonly (readonly [boolean, boolean])[]): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, pred] of pairs) {
    if (gold && pred) tp++;
    else if (!gold && pred) fp++;
    else if (gold && !pred) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, support: tp + fn };
}

/** Compares predictions with gold labels, item by item in the same order. */
export function evaluate(gold: readonly LabelledComment[], predicted: readonly Prediction[]): Evaluation {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const confusion = {} as Record<CommentKind, Record<CommentKind, number>>;
  for (const g of COMMENT_KINDS) {
    confusion[g] = {} as Record<CommentKind, number>;
    for (const p of COMMENT_KINDS) confusion[g][p] = 0;
  }
  let correct = 0;
  let criticismRemoved = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    confusion[g.kind][p.kind]++;
    if (g.kind === p.kind) correct++;
    if (g.kind === 'criticism' && p.remove) criticismRemoved++;
  });
  const perKind = {} as Record<CommentKind, BinaryScore>;
  for (const k of COMMENT_KINDS) perKind[k] = binaryScore(gold.map((g, i) => [g.kind === k, predicted[i].kind === k] as const));
  return {
    n: gold.length,
    kindAccuracy: gold.length ? correct / gold.length : 1,
    perKind,
    confusion,
    threat: binaryScore(gold.map((g, i) => [g.threat, predicted[i].threat] as const)),
    question: binaryScore(gold.map((g, i) => [g.question, predicted[i].question] as const)),
    remove: binaryScore(gold.map((g, i) => [g.remove, predicted[i].remove] as const)),
    criticismRemoved,
  };
}

/** Whether a removal proposal follows from the kind: used to check consistency in tests. */
export function isRemovable(kind: CommentKind): boolean {
  return REMOVABLE_KINDS.has(kind);
}
