import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads `.env` in the working directory into `process.env`, when there is one (Node's own parser,
 * `process.loadEnvFile`). The real environment wins: a variable already set, even to an empty value, is
 * kept as it is, so a host's settings and `VAR=… npm start` override the file. A missing file is not an
 * error. Returns the file read, or null.
 */
export function loadEnvFile(dir: string = process.cwd()): string | null {
  const file = path.join(dir, '.env');
  if (!existsSync(file)) return null;
  process.loadEnvFile(file);
  return file;
}
