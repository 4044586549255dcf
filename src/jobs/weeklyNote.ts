import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { WeeklyRhythm } from '../services/rhythm';
import { defineJob } from './job';

export const WEEKLY_NOTE_JOB = 'schedule.weeklyNote';
const DAY_MS = 86_400_000;

/**
 * The weekly note (RULES.md: at least one post a week): runs at the configured moment of every week (Monday
 * 09:00 by default, the next working day when that is a holiday) and tells the channel when the week has no
 * booked post. The note of a week is sent once, however often the job runs (outbox key per week).
 */
export function weeklyNoteJob(deps: { rhythm: WeeklyRhythm; clock: Clock }) {
  return defineJob({
    kind: WEEKLY_NOTE_JOB,
    schema: z.unknown(),
    handler: async () => {
      const next = await deps.rhythm.runWeeklyNote();
      // Switched off (WEEKLY_NOTE_AT=off): the job stays, idle, and looks again daily in case it is switched on.
      return { retryAt: next ?? new Date(deps.clock.now().getTime() + DAY_MS) };
    },
    // A week and a long weekend between two notes, and a day more.
    recurring: { staleAfterSeconds: 11 * 86_400 },
  });
}
