import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { WeeklyRhythm } from '../services/rhythm';
import { defineJob } from './job';

export const DAY_BEFORE_JOB = 'schedule.dayBefore';
const DAY_MS = 86_400_000;

/**
 * The cards the working day before a booked post: runs every working day at the configured time and sends
 * each post up to the next working day its owner's card, once per booking and day (a moved post gets one
 * for its new day, a cancelled one none: the bookings are read when the job runs).
 */
export function dayBeforeJob(deps: { rhythm: WeeklyRhythm; clock: Clock }) {
  return defineJob({
    kind: DAY_BEFORE_JOB,
    schema: z.unknown(),
    handler: async () => {
      const next = await deps.rhythm.runDayBefore();
      return { retryAt: next ?? new Date(deps.clock.now().getTime() + DAY_MS) };
    },
    // Easter and Christmas leave at most five days between two working days.
    recurring: { staleAfterSeconds: 7 * 86_400 },
  });
}
