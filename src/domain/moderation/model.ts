/**
 * The statistical half of the classifier: a linear model (multinomial logistic regression over
 * the ten kinds, plus a logistic "asks a question" output) over the features of features.ts.
 *
 * The weights are generated at build time by `scripts/train-classifier.ts` (deterministic: same
 * data, same weights) and stored in weights.json beside this file. Nothing is fetched or
 * trained at run time.
 */
import { extractFeatures, FeatureVector } from './features';

/** Weights as stored in weights.json. */
export interface ModelWeights {
  /** Output names: the kinds in order, then "question". */
  readonly outputs: readonly string[];
  /** Feature names; row i of `weights` belongs to vocab[i]. */
  readonly vocab: readonly string[];
  /** Row-major, vocab.length × outputs.length, rounded. */
  readonly weights: readonly number[];
  /** One bias per output. */
  readonly bias: readonly number[];
  /** How the weights were made (data files, sizes, hyper-parameters), for the version hash. */
  readonly meta: Readonly<Record<string, string | number>>;
  /** Decision thresholds chosen by cross-validation (see classify.ts `decide`). */
  readonly thresholds?: {
    readonly threat: number; readonly threatAlone: number; readonly overOther: number; readonly removable: number; readonly removableAlone: number; readonly question: number;
  };
}

/** What the model says about one comment. */
export interface ModelOutput {
  /** Probability per kind (sums to 1). */
  readonly kind: Readonly<Record<string, number>>;
  /** Probability that the comment asks a question. */
  readonly question: number;
}

/** A loaded model, ready to score texts. */
export class LinearModel {
  private readonly rows = new Map<string, number>();
  private readonly kinds: readonly string[];
  private readonly width: number;
  private readonly w: Float64Array;
  private readonly b: Float64Array;

  constructor(private readonly weights: ModelWeights) {
    this.width = weights.outputs.length;
    this.kinds = weights.outputs.slice(0, this.width - 1);
    weights.vocab.forEach((name, i) => this.rows.set(name, i * this.width));
    this.w = Float64Array.from(weights.weights);
    this.b = Float64Array.from(weights.bias);
  }

  /** Scores a feature vector. */
  score(fv: FeatureVector): ModelOutput {
    const z = Float64Array.from(this.b);
    for (const name of fv.names) {
      const row = this.rows.get(name);
      if (row === undefined) continue;
      for (let j = 0; j < this.width; j++) z[j] += this.w[row + j] * fv.value;
    }
    const k = this.kinds.length;
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, z[j]);
    let sum = 0;
    const exp = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      exp[j] = Math.exp(z[j] - max);
      sum += exp[j];
    }
    const kind: Record<string, number> = {};
    for (let j = 0; j < k; j++) kind[this.kinds[j]] = exp[j] / sum;
    return { kind, question: 1 / (1 + Math.exp(-z[k])) };
  }

  /** Scores a normalised text with the given rule cues. */
  scoreText(plain: string, cues: readonly string[] = []): ModelOutput {
    return this.score(extractFeatures(plain, cues));
  }

  /** The stored weights' description, for the version hash. */
  get meta(): Readonly<Record<string, string | number>> {
    return this.weights.meta;
  }
}
