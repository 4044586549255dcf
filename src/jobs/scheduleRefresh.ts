import { z } from 'zod';
import { SCHEDULE_REFRESH_JOB, type ScheduleBoard } from '../teams/scheduleBoard';
import { defineJob } from './job';

/** Updates the schedule cards in the channels in place, once for every change of a coalescing window. */
export function scheduleRefreshJob(deps: { board: ScheduleBoard }) {
  return defineJob({
    kind: SCHEDULE_REFRESH_JOB,
    schema: z.unknown(),
    handler: () => deps.board.refresh(),
  });
}
