/**
 * Trains the statistical half of the comment classifier and writes
 * src/domain/moderation/weights.json. Deterministic: the same data gives the same file.
 *
 * 1. Operating point by leave-one-author-out (one file per author): each file is scored by a model
 *    trained on the other files, and the out-of-author predictions on the sets the rules were not
 *    written from ({@link RULES_UNSEEN}) are pooled. The two threat thresholds of the hybrid
 *    decision (rules first, model second) are chosen for the highest pooled threat recall at
 *    precision ≥ THREAT_PRECISION (0.92), then the removal thresholds for the best remove F1 at
 *    precision ≥ REMOVE_PRECISION (0.95), then the question threshold (see
 *    {@link chooseOperatingPoint}). Rules-only and k-fold model-only figures are printed beside them.
 * 2. The model is trained on all the files and written with the chosen thresholds.
 *
 * Usage: `npx tsx scripts/train-classifier.ts [--folds 5] [--no-write] [--loao] [files…]`
 * (default files: the labelled sets in {@link AUTHOR_FILES}). `--loao` prints, for each set, the
 * hybrid trained (and its operating point chosen) on the other sets, and the pooled figures.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyse, COMMENT_KINDS, decide, DecisionThresholds, RuleView } from '../src/domain/moderation/classify';
import { evaluate, Evaluation, LabelledComment } from './classifier/evaluate';
import { extractFeatures, FeatureVector } from '../src/domain/moderation/features';
import { LinearModel, ModelOutput, ModelWeights } from '../src/domain/moderation/model';
import { DEFAULT_TRAINING, train, TrainingOptions } from './classifier/train';

const ROOT = resolve(__dirname, '..');
/** The labelled sets, each by a different author. */
export const AUTHOR_FILES = [
  resolve(ROOT, 'test/fixtures/comments-dev.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-challenge.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-holdout.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-final.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-blind5.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-blind6.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-blind7.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-blind8.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-train-a.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-train-b.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-train-c.jsonl'),
  resolve(ROOT, 'test/fixtures/comments-train-d.jsonl'),
];
const DEFAULT_FILES = AUTHOR_FILES;
const OUT = resolve(ROOT, 'src/domain/moderation/weights.json');

/** Training options used for the shipped weights (threat examples count double: recall first). */
export const OPTIONS: TrainingOptions = { ...DEFAULT_TRAINING, kindWeight: { threat: 2 } };

/** Fold of a comment: sha256(id) % k, independent of file order. */
export function foldOf(id: string, k: number): number {
  return createHash('sha256').update(`fold:${id}`).digest()[0] % k;
}

/** Reads JSONL files of labelled comments. */
export function readLabelled(files: readonly string[]): LabelledComment[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledComment));
}

/** What the rules see and the features of every comment. */
export function prepare(data: readonly LabelledComment[]): { views: RuleView[]; features: FeatureVector[] } {
  const views = data.map((d) => analyse(d.text));
  return { views, features: views.map((v) => extractFeatures(v.plain, v.cues)) };
}

export function trainOn(data: readonly LabelledComment[], features: readonly FeatureVector[], idx: readonly number[], meta = {}): ModelWeights {
  return train(COMMENT_KINDS, idx.map((i) => ({ features: features[i], kind: COMMENT_KINDS.indexOf(data[i].kind), question: data[i].question })), OPTIONS, meta);
}

/** Out-of-fold model outputs for every comment. */
export function crossValidate(data: readonly LabelledComment[], features: readonly FeatureVector[], k: number): ModelOutput[] {
  const out: ModelOutput[] = new Array(data.length);
  for (let f = 0; f < k; f++) {
    const trainIdx = data.map((_, i) => i).filter((i) => foldOf(data[i].id, k) !== f);
    const model = new LinearModel(trainOn(data, features, trainIdx));
    data.forEach((d, i) => {
      if (foldOf(d.id, k) === f) out[i] = model.score(features[i]);
    });
  }
  return out;
}

/** Pooled out-of-author predictions: for each set, the model trained on the other sets scores it. */
export function outOfAuthor(sets: readonly LabelledComment[][], prepared: readonly { views: RuleView[]; features: FeatureVector[] }[]): { data: LabelledComment[]; views: RuleView[]; out: ModelOutput[] } {
  const data: LabelledComment[] = [];
  const views: RuleView[] = [];
  const out: ModelOutput[] = [];
  sets.forEach((test, a) => {
    const others = sets.map((_, i) => i).filter((i) => i !== a);
    const trainData = others.flatMap((i) => sets[i]);
    const trainFeatures = others.flatMap((i) => prepared[i].features);
    const model = new LinearModel(trainOn(trainData, trainFeatures, trainData.map((_, i) => i)));
    test.forEach((d, i) => {
      data.push(d);
      views.push(prepared[a].views[i]);
      out.push(model.score(prepared[a].features[i]));
    });
  });
  return { data, views, out };
}

/**
 * Pooled out-of-author threat precision aimed at: precision is spent on recall, since a person
 * confirms every flag and a missed threat costs more than a dismissed one.
 */
export const THREAT_PRECISION = Number(process.env.THREAT_PRECISION ?? 0.92);
/** Pooled out-of-author removal precision aimed at. */
export const REMOVE_PRECISION = Number(process.env.REMOVE_PRECISION ?? 0.95);

/**
 * The sets the rules were not written from (they were written with the first six in view): the
 * operating point is judged on these alone, since on the others the rules look better than they are.
 */
export const RULES_UNSEEN = new Set(['comments-blind7.jsonl', 'comments-blind8.jsonl', 'comments-train-a.jsonl', 'comments-train-b.jsonl', 'comments-train-c.jsonl', 'comments-train-d.jsonl']);

/**
 * Chooses the operating point by leave-one-author-out over `sets`: every set is scored by a model
 * trained on the other sets, and the predictions on the sets in `judged` (by default every set)
 * are pooled. Then
 * 1. the two threat thresholds give the highest pooled threat recall at precision ≥
 *    {@link THREAT_PRECISION} (ties: higher precision, then fewer criticisms flagged);
 * 2. the removal thresholds the best pooled remove F1 at precision ≥ {@link REMOVE_PRECISION} with no
 *    more criticism removed than the threat path already does;
 * 3. the question threshold the best question F1.
 */
export function chooseOperatingPoint(
  sets: readonly LabelledComment[][],
  prepared: readonly { views: RuleView[]; features: FeatureVector[] }[],
  judged: (i: number) => boolean = () => true,
): { th: DecisionThresholds; e: Evaluation } {
  const pooled = outOfAuthor(sets, prepared);
  const owner = sets.flatMap((s, i) => s.map(() => i));
  const keep = pooled.data.map((_, i) => i).filter((i) => judged(owner[i]));
  const data = keep.map((i) => pooled.data[i]);
  const views = keep.map((i) => pooled.views[i]);
  const out = keep.map((i) => pooled.out[i]);
  const ev = (th: DecisionThresholds) => evaluate(data, views.map((v, i) => decide(v, out[i], th)));
  const better = (a: number[], b: number[]) => { for (let i = 0; i < a.length; i++) { if (a[i] > b[i] + 1e-12) return true; if (a[i] < b[i] - 1e-12) return false; } return false; };
  let best: { th: DecisionThresholds; key: number[]; crit: number } | undefined;
  for (const threat of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    for (const threatAlone of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    for (const overOther of [0.85, 0.9, 0.95, 1.01]) {
      if (threatAlone < threat) continue;
      const th = { threat, threatAlone, overOther, removable: 1.01, removableAlone: 1.01, question: -1 };
      const e = ev(th);
      const ok = e.threat.precision >= THREAT_PRECISION ? 1 : 0;
      const key = [ok, ok ? e.threat.recall : 0, e.threat.precision, -e.criticismRemoved];
      if (!best || better(key, best.key)) best = { th, key, crit: e.criticismRemoved };
    }
    }
  }
  let th = best!.th;
  let bestR: { th: DecisionThresholds; key: number[] } | undefined;
  for (const removable of [1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4]) {
    for (const removableAlone of [1.01, 0.9, 0.8, 0.7, 0.6, 0.5]) {
      const t = { ...th, removable, removableAlone };
      const e = ev(t);
      const ok = e.remove.precision >= REMOVE_PRECISION && e.criticismRemoved <= best!.crit ? 1 : 0;
      const key = [ok, ok ? e.remove.f1 : 0, e.remove.precision];
      if (!bestR || better(key, bestR.key)) bestR = { th: t, key };
    }
  }
  th = bestR!.th;
  let bestQ: { th: DecisionThresholds; e: Evaluation } | undefined;
  for (const question of [-1, 0.3, 0.4, 0.5, 0.6]) {
    const t = { ...th, question };
    const e = ev(t);
    if (!bestQ || e.question.f1 > bestQ.e.question.f1 + 1e-12) bestQ = { th: t, e };
  }
  return bestQ!;
}


const f3 = (x: number): string => x.toFixed(3);

/** One-paragraph summary of an evaluation. */
export function summary(title: string, e: Evaluation): string {
  return [
    `${title} (n=${e.n}): kind accuracy ${f3(e.kindAccuracy)}`,
    `  threat P ${f3(e.threat.precision)} R ${f3(e.threat.recall)} F1 ${f3(e.threat.f1)} | question P ${f3(e.question.precision)} R ${f3(e.question.recall)} F1 ${f3(e.question.f1)} | remove P ${f3(e.remove.precision)} R ${f3(e.remove.recall)} F1 ${f3(e.remove.f1)} | criticism removed ${e.criticismRemoved}`,
    `  per-kind F1: ${COMMENT_KINDS.map((k) => `${k} ${f3(e.perKind[k].f1)}`).join(', ')}`,
  ].join('\n');
}

/**
 * Leave-one-author-out: for each labelled set, the model is trained (and its thresholds chosen
 * by k-fold CV) on the other two sets only, and the hybrid is measured on the left-out set.
 * The rules are the same throughout, so this is only honest for a set the rules were not
 * written from; it is printed next to rules-only figures so the model's share can be seen.
 */
export function leaveOneAuthorOut(files: readonly string[], k: number): { file: string; rules: Evaluation; hybrid: Evaluation; th: DecisionThresholds }[] {
  const sets = files.map((f) => readLabelled([f]));
  const prepared = sets.map((d) => prepare(d));
  return files.map((file, out) => {
    const trainSets = sets.map((_, i) => i).filter((i) => i !== out);
    const data = trainSets.flatMap((i) => sets[i]);
    const features = trainSets.flatMap((i) => prepared[i].features);
    const { th } = chooseOperatingPoint(trainSets.map((i) => sets[i]), trainSets.map((i) => prepared[i]));
    const model = new LinearModel(trainOn(data, features, data.map((_, i) => i)));
    const test = sets[out];
    const tv = prepared[out];
    const hybrid = evaluate(test, tv.views.map((v, i) => decide(v, model.score(tv.features[i]), th)));
    const rules = evaluate(test, tv.views.map((v) => decide(v, undefined)));
    return { file, rules, hybrid, th };
  });
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--loao')) {
    const k = 5;
    const rows = leaveOneAuthorOut(AUTHOR_FILES, k);
    for (const r of rows) {
      console.log(`\n### left out: ${basename(r.file)}  thresholds ${JSON.stringify(r.th)}`);
      console.log(summary('rules only', r.rules));
      console.log(summary('hybrid (model trained on the other sets)', r.hybrid));
      const rec = (['threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation'] as const).map((kk) => `${kk} ${f3(r.hybrid.perKind[kk].recall)}`).join(', ');
      console.log(`  per-kind recall: ${rec}`);
    }
    const pool = (pick: (e: Evaluation) => { tp: number; fp: number; fn: number }) => {
      const t = rows.reduce((a, r) => { const x = pick(r.hybrid); return { tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }; }, { tp: 0, fp: 0, fn: 0 });
      return `P ${f3(t.tp / Math.max(1, t.tp + t.fp))} R ${f3(t.tp / Math.max(1, t.tp + t.fn))} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
    };
    console.log(`\n### pooled over the ${rows.length} left-out sets (hybrid): threat ${pool((e) => e.threat)} | remove ${pool((e) => e.remove)} | question ${pool((e) => e.question)} | criticism removed ${rows.reduce((a, r) => a + r.hybrid.criticismRemoved, 0)}`);
    return;
  }
  const foldsAt = args.indexOf('--folds');
  const k = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 5;
  const write = !args.includes('--no-write');
  const files = args.filter((a, i) => !a.startsWith('--') && (foldsAt < 0 || i !== foldsAt + 1)).map((a) => resolve(process.cwd(), a));
  const used = files.length ? files : DEFAULT_FILES;

  const data = readLabelled(used);
  const { views, features } = prepare(data);
  console.log(`training data: ${used.map((f) => basename(f)).join(' + ')} (${data.length} comments), ${k}-fold cross-validation`);

  console.log(summary('rules only (not cross-validated: the rules were written with these files in view)', evaluate(data, views.map((v) => decide(v, undefined)))));
  const oof = crossValidate(data, features, k);
  // One file per author: the operating point is chosen by leave-one-author-out over the files,
  // judged on the sets the rules were not written from when there are any.
  if (used.length < 2) throw new Error('give at least two labelled files, one per author: the operating point is chosen by leave-one-author-out');
  const sets = used.map((f) => readLabelled([f]));
  const unseen = used.map((f) => RULES_UNSEEN.has(basename(f)));
  const judged = unseen.some(Boolean) ? (i: number) => unseen[i] : () => true;
  const { th, e } = chooseOperatingPoint(sets, sets.map((d) => prepare(d)), judged);
  console.log(`chosen thresholds: ${JSON.stringify(th)}`);
  console.log(summary(`hybrid, model part leave-one-author-out, pooled over ${used.filter((_, i) => judged(i)).map((f) => basename(f)).join(', ')}`, e));
  const modelOnly = evaluate(data, oof.map((o) => {
    const kind = COMMENT_KINDS.reduce((a, b) => (o.kind[b] > o.kind[a] ? b : a));
    const removable = !['question', 'criticism', 'opinion', 'praise'].includes(kind);
    return { kind, threat: kind === 'threat', remove: removable, question: !removable && o.question >= 0.5 };
  }));
  console.log(summary(`model only, ${k}-fold cross-validated`, modelOnly));

  if (!write) return;
  const digest = createHash('sha256');
  for (const f of used) digest.update(readFileSync(f));
  const weights: ModelWeights = {
    ...trainOn(data, features, data.map((_, i) => i), { data: used.map((f) => basename(f)).join('+'), dataSha256: digest.digest('hex').slice(0, 16), folds: k }),
    thresholds: th,
  };
  writeFileSync(OUT, `${JSON.stringify(weights)}\n`);
  console.log(`wrote ${OUT} (${weights.vocab.length} features)`);
}

if (require.main === module) main();
