/**
 * Classifies comments from stdin: one JSON object `{"id","text"}` per line in, one
 * `{"id","kind","question","threat","remove"}` per line out, in the same order.
 *
 * A bad line (not JSON, or no text) gets `{"id","error"}` (id null when unknown) and the run
 * goes on. Usage: `npm run --silent classify < comments.jsonl`
 */
import { createInterface } from 'node:readline';
import { classify } from '../src/domain/moderation';

/** The output for one input line. */
export function classifyLine(line: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const obj = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  const id = obj && (typeof obj.id === 'string' || typeof obj.id === 'number') ? obj.id : null;
  if (!obj || typeof obj.text !== 'string') return { id, error: 'missing "text" (a string)' };
  const c = classify(obj.text);
  return { id, kind: c.kind, question: c.question, threat: c.threat, remove: c.remove };
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(classifyLine(line))}\n`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`classify: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
