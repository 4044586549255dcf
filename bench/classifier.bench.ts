/**
 * Throughput, latency and memory of the comment classifier: comments per second on one core over
 * the dev set and the functional suite repeated (after a warm-up), the time of each single
 * classification (p50, p99, max), and resident memory before and after loading the rules.
 * `bench/run.ts` imports this file and prints what `run()` returns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as Moderation from '../src/domain/moderation';

const DEV_SET = resolve(__dirname, '../test/fixtures/comments-dev.jsonl');
const MIN_CLASSIFICATIONS = 30_000;
const MB = 1024 * 1024;

/** Runs the benchmark and returns its figures. */
export async function run(): Promise<Record<string, number | string>> {
  const rssBeforeLoad = process.memoryUsage().rss;
  // Loaded here, not at the top, so the memory before and after loading the rules can be told apart.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { classify, CLASSIFIER_VERSION } = require('../src/domain/moderation') as typeof Moderation;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildFunctionalSuite } = require('../test/functional/suite') as typeof import('../test/functional/suite');
  const texts = [
    ...readFileSync(DEV_SET, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
    ...buildFunctionalSuite().map((c) => c.text),
  ];
  const rssAfterLoad = process.memoryUsage().rss;

  // Warm-up: let the regular expressions compile and the JIT settle.
  for (let i = 0; i < 5; i++) for (const t of texts) classify(t);

  const rounds = Math.ceil(MIN_CLASSIFICATIONS / texts.length);
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of texts) classify(t);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const n = rounds * texts.length;

  // One comment at a time, as the bot classifies them: the distribution of single calls.
  const each: number[] = [];
  for (const t of texts) {
    const t0 = process.hrtime.bigint();
    classify(t);
    each.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  each.sort((a, b) => a - b);
  const at = (q: number) => Number(each[Math.min(each.length - 1, Math.floor(q * each.length))].toFixed(1));

  return {
    classifier: CLASSIFIER_VERSION,
    classifications: n,
    seconds: Number(seconds.toFixed(3)),
    commentsPerSecond: Math.round(n / seconds),
    microsecondsPerComment: Number(((seconds * 1e6) / n).toFixed(1)),
    p50Microseconds: at(0.5),
    p99Microseconds: at(0.99),
    maxMicroseconds: Number(each[each.length - 1].toFixed(1)),
    rssBeforeLoadMB: Number((rssBeforeLoad / MB).toFixed(1)),
    rssAfterLoadMB: Number((rssAfterLoad / MB).toFixed(1)),
    rssAfterRunMB: Number((process.memoryUsage().rss / MB).toFixed(1)),
  };
}

if (require.main === module) {
  run().then((figures) => console.log(figures));
}
