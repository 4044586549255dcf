import { z } from 'zod';
import { localDay } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import { addMonthsTo, followupDueAt, Month, monthBefore, monthOfDay } from '../domain/followup';
import type { WorkingTime } from '../domain/workingTime';
import type { Logger } from '../logger';
import { defineJob } from './job';

export const FOLLOWUP_JOB = 'followup.monthly';
// A bot back within a week of the day still posts the card; later than that (or a bot installed mid-month)
// it waits for next month: the report is there with /uppföljning.
const CATCH_UP_MS = 7 * 86_400_000;

/**
 * The monthly follow-up card: on the `workingDay`th working day of each month at `minutes` after midnight
 * (local time, holidays respected), the month before's card goes to the SAV channel. One recurring row;
 * the card's outbox key is unique per month, so a run repeated after a crash, or on a second instance,
 * posts nothing twice. A bot that was down on the day posts when it is back, up to a week late.
 */
export function monthlyFollowupJob(deps: {
  clock: Clock;
  log: Logger;
  workingTime: WorkingTime;
  workingDay: number;
  minutes: number;
  poster: { post(month: Month): Promise<boolean> };
}) {
  const opts = { workingDay: deps.workingDay, minutes: deps.minutes };
  return defineJob({
    kind: FOLLOWUP_JOB,
    schema: z.unknown(),
    handler: async () => {
      const now = deps.clock.now();
      const current = monthOfDay(localDay(now, deps.workingTime.timeZone));
      const due = followupDueAt(current, opts, deps.workingTime);
      if (now.getTime() < due.getTime()) return { retryAt: due };
      const month = monthBefore(current);
      const next = followupDueAt(addMonthsTo(current, 1), opts, deps.workingTime);
      if (now.getTime() - due.getTime() > CATCH_UP_MS) {
        deps.log.info({ month }, 'monthly follow-up skipped: more than a week late');
        return { retryAt: next };
      }
      const queued = await deps.poster.post(month);
      deps.log.info({ month, queued }, queued ? 'monthly follow-up posted' : 'monthly follow-up already posted');
      return { retryAt: next };
    },
    // Runs once a month: stale after a month and a week without a run.
    recurring: { staleAfterSeconds: 38 * 86_400 },
  });
}
