import pino from 'pino';

/** The one logger. */
export type Logger = pino.Logger;

/** Creates the logger; JSON lines on stdout (or `destination`), as production log collectors expect. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return destination ? pino({ level, base: { app: 'sav-boten' } }, destination) : pino({ level, base: { app: 'sav-boten' } });
}
