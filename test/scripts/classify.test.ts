import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function runClassify(input: string): string[] {
  const res = spawnSync('npx', ['tsx', 'scripts/classify.ts'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  expect(res.status).toBe(0);
  return res.stdout.split('\n').filter((l) => l !== '');
}

describe('npm run classify (scripts/classify.ts)', () => {
  it('writes one line per input in the same order, and bad lines get an error without stopping the run', () => {
    const input = [
      JSON.stringify({ id: 'q1', text: 'Hur söker man till sommarjobben?' }),
      'this is not json',
      JSON.stringify({ id: 't1', text: 'Vi vet var du bor.' }),
      JSON.stringify({ id: 'n1' }),
      JSON.stringify({ id: 'c1', text: 'Skandal att ni stänger badet, helt oacceptabelt.' }),
      JSON.stringify({ text: 42 }),
    ].join('\n');
    const out = runClassify(`${input}\n`).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      { id: 'q1', kind: 'question', question: true, threat: false, remove: false },
      { id: null, error: expect.any(String) },
      { id: 't1', kind: 'threat', question: false, threat: true, remove: true },
      { id: 'n1', error: expect.any(String) },
      { id: 'c1', kind: 'criticism', question: false, threat: false, remove: false },
      { id: null, error: expect.any(String) },
    ]);
  });
});
