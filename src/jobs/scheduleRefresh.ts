import { z } from 'zod';
import type { WeeklyRhythm } from '../services/rhythm';
import { SCHEDULE_REFRESH_JOB, type ScheduleBoard } from '../teams/scheduleBoard';
import { defineJob } from './job';

/**
 * After booking changes, once for every change of a coalescing window: the schedule cards in the channels
 * are updated in place, and so are the weekly notes (a day booked anywhere must not stay a live button).
 */
export function scheduleRefreshJob(deps: { board: ScheduleBoard; rhythm: Pick<WeeklyRhythm, 'bookingsChanged'> }) {
  return defineJob({
    kind: SCHEDULE_REFRESH_JOB,
    schema: z.unknown(),
    handler: async () => {
      await deps.board.refresh();
      await deps.rhythm.bookingsChanged();
    },
  });
}
