/**
 * Measures the comment classifier against a labelled JSONL file (default: the dev set in test/fixtures)
 * and prints per-kind precision/recall/F1, the confusion matrix, threat/question/remove figures
 * and the number of criticism comments proposed for removal — for the whole file, the part
 * used to build the rules and the held-out part. Misclassified lines go to
 * reports/classifier-misses.jsonl.
 *
 * With `--functional`, scores the functional suite (test/functional, four languages) and prints
 * the four targets and every functionality's accuracy per language; misses go to
 * reports/functional-misses.jsonl. With `--heldout`, the same for the held-out set written apart
 * from the suite (summary figures only: its texts are never printed or written, so that nobody
 * tunes on them).
 *
 * Usage: `npm run eval:classifier [file]`, `npm run eval:classifier -- --functional`,
 * `npm run eval:classifier -- --heldout`
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classify, COMMENT_KINDS } from '../src/domain/moderation';
import { evaluate, Evaluation, isHeldOut, LabelledComment } from './classifier/evaluate';
import { ExpectedCase, formatScore, scoreFunctional } from '../test/functional/score';
import { buildFunctionalSuite } from '../test/functional/suite';

const REPO_ROOT = resolve(__dirname, '..');
const DEFAULT_FILE = resolve(REPO_ROOT, 'test/fixtures/comments-dev.jsonl');

const pct = (x: number): string => x.toFixed(3);

function report(title: string, e: Evaluation): string {
  const out: string[] = [`\n== ${title} (n=${e.n}, kind accuracy ${pct(e.kindAccuracy)}) ==`];
  out.push(`${'kind'.padEnd(15)} ${'prec'.padStart(6)} ${'rec'.padStart(6)} ${'f1'.padStart(6)} ${'n'.padStart(4)}`);
  for (const k of COMMENT_KINDS) {
    const s = e.perKind[k];
    out.push(`${k.padEnd(15)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(4)}`);
  }
  const short = (k: string): string => k.slice(0, 6);
  out.push('\nconfusion (rows = gold, columns = predicted)');
  out.push(`${''.padEnd(15)}${COMMENT_KINDS.map((k) => short(k).padStart(7)).join('')}`);
  for (const g of COMMENT_KINDS) out.push(`${g.padEnd(15)}${COMMENT_KINDS.map((p) => String(e.confusion[g][p] || '.').padStart(7)).join('')}`);
  out.push('');
  for (const flag of ['threat', 'question', 'remove'] as const) {
    const s = e[flag];
    out.push(`${flag.padEnd(9)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  out.push(`criticism marked remove: ${e.criticismRemoved}`);
  return out.join('\n');
}

/** Scores a functional set; writes its misses only when `misses` names a file. */
function functional(title: string, cases: readonly ExpectedCase[], langs: readonly string[], misses?: string): void {
  const started = process.hrtime.bigint();
  const predicted = cases.map((c) => classify(c.text));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const score = scoreFunctional(cases, predicted);
  console.log(`classifier ${predicted[0]?.version ?? ''}, ${cases.length} cases in ${ms.toFixed(0)} ms`);
  console.log(formatScore(title, score, langs));
  if (!misses) return;
  const dir = join(REPO_ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, misses);
  writeFileSync(out, score.misses.map(({ c, p }) => JSON.stringify({ id: c.id, functionality: c.functionality, lang: c.lang, text: c.text, expected: { remove: c.remove, threat: c.threat, needsLook: c.needsLook }, predicted: { kind: p.kind, remove: p.remove, threat: p.threat, needsLook: p.needsLook }, reasons: p.reasons })).join('\n') + '\n');
  console.log(`\n${score.misses.length} misses written to ${out}`);
}

function main(): void {
  if (process.argv.includes('--functional')) {
    functional('functional suite', buildFunctionalSuite(), ['sv', 'nb', 'en', 'fi-sv'], 'functional-misses.jsonl');
    return;
  }
  if (process.argv.includes('--heldout')) {
    const cases = readFileSync(resolve(REPO_ROOT, 'test/fixtures/heldout/functional-heldout.jsonl'), 'utf8')
      .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as ExpectedCase);
    functional('held-out functional set (summary only)', cases, ['sv', 'en']);
    return;
  }
  const file = process.argv[2] ? resolve(process.cwd(), process.argv[2]) : DEFAULT_FILE;
  const gold: LabelledComment[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledComment);

  const started = process.hrtime.bigint();
  const predicted = gold.map((g) => classify(g.text));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  const split = (heldOut: boolean) => {
    const idx = gold.map((g, i) => [g, i] as const).filter(([g]) => isHeldOut(g.id) === heldOut).map(([, i]) => i);
    return evaluate(idx.map((i) => gold[i]), idx.map((i) => predicted[i]));
  };

  console.log(`classifier ${predicted[0]?.version ?? ''} on ${file} (${gold.length} comments, ${ms.toFixed(1)} ms)`);
  console.log(report('all', evaluate(gold, predicted)));
  console.log(report('building part (3/4, rules were tuned on these)', split(false)));
  console.log(report('held-out part (1/4, by sha256(id) % 4 == 0)', split(true)));

  const misses = gold
    .map((g, i) => ({ g, p: predicted[i] }))
    .filter(({ g, p }) => g.kind !== p.kind || g.question !== p.question || g.threat !== p.threat || g.remove !== p.remove)
    .map(({ g, p }) => ({
      id: g.id,
      heldOut: isHeldOut(g.id),
      text: g.text,
      gold: { kind: g.kind, question: g.question, threat: g.threat, remove: g.remove },
      predicted: { kind: p.kind, question: p.question, threat: p.threat, remove: p.remove },
      reasons: p.reasons,
    }));
  const dir = join(REPO_ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  const missFile = join(dir, 'classifier-misses.jsonl');
  writeFileSync(missFile, misses.map((m) => JSON.stringify(m)).join('\n') + (misses.length ? '\n' : ''));
  console.log(`\n${misses.length} misclassified lines written to ${missFile}`);
}

main();
