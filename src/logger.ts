import pino from 'pino';

/** The one logger. */
export type Logger = pino.Logger;

/**
 * Secrets never reach a log line, even if a field carrying one is logged by mistake: LinkedIn's tokens and
 * one-time codes, the client secret, Authorization headers (the code logs none of them on purpose).
 */
const SECRET_FIELDS = ['accessToken', 'refreshToken', 'access_token', 'refresh_token', 'token', 'code', 'clientSecret', 'client_secret', 'authorization', 'Authorization'];
export const REDACTED_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((f) => `*.${f}`), 'headers.authorization', '*.headers.authorization', 'req.headers.authorization'];

/** Creates the logger; JSON lines on stdout (or `destination`), as production log collectors expect. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { level, base: { app: 'sav-boten' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
