import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { Kontaktcenter } from '../services/kontaktcenter';
import { defineJob } from './job';

export const KC_FAQ_JOB = 'kontaktcenter.faqAsk';
const HOUR_MS = 3_600_000;

/**
 * Hourly: asks the owners of posts with "förväntat hög aktivitet" for an FAQ for Kontaktcenter, two working
 * days before the post day. It reads the bookings as they are, so moves and cancels need no bookkeeping;
 * the outbox key sends each ask once, across restarts and instances.
 */
export function kontaktcenterFaqJob(deps: { clock: Clock; kontaktcenter: Kontaktcenter }) {
  return defineJob({
    kind: KC_FAQ_JOB,
    schema: z.unknown(),
    handler: async () => {
      await deps.kontaktcenter.askForFaqs();
      const now = deps.clock.now().getTime();
      return { retryAt: new Date(Math.floor(now / HOUR_MS) * HOUR_MS + HOUR_MS) };
    },
    recurring: { staleAfterSeconds: 3 * 3600 },
  });
}
