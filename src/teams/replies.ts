import type { Logger } from '../logger';
import { noticeCard } from './booking/views';
import type { Card } from './cards';
import type { Person } from './identity';
import { text } from './text';

/** The card for a refused or impossible action: nothing was changed, and why. */
export function refusalCard(person: Pick<Person, 'lang'>, message: string): Card {
  return noticeCard(person.lang === 'sv' ? 'Inget har ändrats' : 'Nothing was changed', message, 'attention');
}

/** The card for card data that failed validation (forged, stale template, tampered); the attempt is logged. */
export function invalidCard(log: Logger, person: Pick<Person, 'id' | 'lang'>, raw: unknown, error: unknown): Card {
  log.warn({ userId: person.id, data: raw, error: String(error) }, 'invalid card data');
  return refusalCard(person, text.invalidAction(person.lang));
}
