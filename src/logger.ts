import pino from 'pino';

/** The one logger. */
export type Logger = pino.Logger;

/** Creates the logger; JSON lines on stdout, as production log collectors expect. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'sav-boten' } });
}
