/**
 * Hides one warning that is not ours and that nobody can act on: restify loads spdy, whose http-deceiver
 * reads `process.binding('http_parser')` when it is imported, so Node prints DEP0111 at every start.
 * Only that warning is dropped; every other one prints as usual. index.ts imports this first, before
 * restify is loaded; the test runner gets `--disable-warning=DEP0111` instead (package.json), since jest
 * runs the tests in a sandbox of their own.
 */
const emitWarning = process.emitWarning;

/** True for DEP0111 about `http_parser`: the one warning this module hides. */
export function isHttpParserDeprecation(warning: string | Error, typeOrOptions?: unknown, code?: unknown): boolean {
  const options = typeof typeOrOptions === 'object' && typeOrOptions !== null ? (typeOrOptions as { code?: unknown }) : undefined;
  const theCode = (warning instanceof Error ? (warning as { code?: unknown }).code : undefined) ?? options?.code ?? code;
  const message = warning instanceof Error ? warning.message : String(warning);
  return theCode === 'DEP0111' && message.includes("'http_parser'");
}

process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
  if (isHttpParserDeprecation(warning, rest[0], rest[1])) return;
  return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
} as typeof process.emitWarning;
