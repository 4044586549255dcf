/**
 * Trains the linear model of model.ts. Used by `scripts/train-classifier.ts` at build time and
 * by the cross-validation test; never at run time.
 *
 * Full-batch gradient descent with AdaGrad steps on softmax cross-entropy (kinds) plus logistic
 * loss (question), L2-regularised. No randomness, and documents are visited in the order given,
 * so the same data always gives the same weights.
 */
import { FeatureVector } from '../../src/domain/moderation/features';
import { ModelWeights } from '../../src/domain/moderation/model';

/** One training example. */
export interface TrainingExample {
  /** Features of the comment. */
  readonly features: FeatureVector;
  /** Index of the true kind in `kinds`. */
  readonly kind: number;
  /** Whether it asks a question. */
  readonly question: boolean;
}

/** Hyper-parameters. */
export interface TrainingOptions {
  /** Epochs of full-batch descent. */
  readonly epochs: number;
  /** L2 strength per example. */
  readonly l2: number;
  /** AdaGrad step size. */
  readonly rate: number;
  /** A feature must occur in at least this many comments. */
  readonly minCount: number;
  /** Extra weight on examples of some kinds (e.g. threats, whose recall matters most). */
  readonly kindWeight: Readonly<Record<string, number>>;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 150,
  l2: 1e-4,
  rate: 0.5,
  minCount: 2,
  kindWeight: {},
};

/** Trains weights for the given kinds on the examples. */
export function train(
  kinds: readonly string[],
  examples: readonly TrainingExample[],
  options: TrainingOptions = DEFAULT_TRAINING,
  meta: Readonly<Record<string, string | number>> = {},
): ModelWeights {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const n of ex.features.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, c]) => c >= options.minCount).map(([n]) => n).sort();
  const index = new Map(vocab.map((n, i) => [n, i]));
  const docs = examples.map((ex) => Int32Array.from(ex.features.names.map((n) => index.get(n) ?? -1).filter((i) => i >= 0)));
  const values = examples.map((ex) => ex.features.value);

  const k = kinds.length;
  const width = k + 1;
  const w = new Float64Array(vocab.length * width);
  const b = new Float64Array(width);
  const gw = new Float64Array(w.length);
  const gb = new Float64Array(width);
  const hw = new Float64Array(w.length).fill(1e-8);
  const hb = new Float64Array(width).fill(1e-8);
  const sampleWeight = examples.map((ex) => options.kindWeight[kinds[ex.kind]] ?? 1);
  const total = sampleWeight.reduce((a, x) => a + x, 0);
  const z = new Float64Array(width);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gw.fill(0);
    gb.fill(0);
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d];
      const v = values[d];
      z.set(b);
      for (const f of doc) {
        const row = f * width;
        for (let j = 0; j < width; j++) z[j] += w[row + j] * v;
      }
      let max = -Infinity;
      for (let j = 0; j < k; j++) max = Math.max(max, z[j]);
      let sum = 0;
      for (let j = 0; j < k; j++) {
        z[j] = Math.exp(z[j] - max);
        sum += z[j];
      }
      const sw = sampleWeight[d] / total;
      for (let j = 0; j < k; j++) z[j] = (z[j] / sum - (j === examples[d].kind ? 1 : 0)) * sw;
      z[k] = (1 / (1 + Math.exp(-z[k])) - (examples[d].question ? 1 : 0)) * sw;
      for (let j = 0; j < width; j++) gb[j] += z[j];
      for (const f of doc) {
        const row = f * width;
        for (let j = 0; j < width; j++) gw[row + j] += z[j] * v;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const g = gw[i] + options.l2 * w[i];
      hw[i] += g * g;
      w[i] -= (options.rate * g) / Math.sqrt(hw[i]);
    }
    for (let j = 0; j < width; j++) {
      hb[j] += gb[j] * gb[j];
      b[j] -= (options.rate * gb[j]) / Math.sqrt(hb[j]);
    }
  }

  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    outputs: [...kinds, 'question'],
    vocab,
    weights: Array.from(w, round),
    bias: Array.from(b, round),
    meta: { ...meta, examples: examples.length, epochs: options.epochs, l2: options.l2, rate: options.rate, minCount: options.minCount },
  };
}
