import { ZodError } from 'zod';
import type { Logger } from '../logger';
import { noticeCard } from './booking/views';
import type { Card } from './cards';
import type { Person } from './identity';
import { t } from './messages';

/** The card for a refused or impossible action: nothing was changed, and why. */
export function refusalCard(person: Pick<Person, 'lang'>, message: string): Card {
  return noticeCard(t(person.lang).nothingChanged, message, 'attention');
}

/** The card for card data that failed validation (forged, stale template, tampered); the attempt is logged. */
export function invalidCard(log: Logger, person: Pick<Person, 'id' | 'lang'>, raw: unknown, error: unknown): Card {
  // What was wrong, never the data itself: it is whatever the sender wrote, of any size.
  const keys = raw && typeof raw === 'object' ? Object.keys(raw).slice(0, 20).map((k) => k.slice(0, 40)) : [];
  const issues =
    error instanceof ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ').slice(0, 300) : typeof error === 'string' ? error.slice(0, 120) : 'invalid';
  log.warn({ userId: person.id, keys, bytes: JSON.stringify(raw ?? null)?.length ?? 0, error: issues }, 'invalid card data');
  return refusalCard(person, t(person.lang).invalidAction());
}
