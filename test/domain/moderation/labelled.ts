import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify, evaluate, LabelledComment } from '../../../src/domain/moderation';

/** Classifies a labelled set from test/fixtures and scores it. */
export function scoreFixture(name: string) {
  const gold: LabelledComment[] = readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledComment);
  return evaluate(gold, gold.map((g) => classify(g.text)));
}
