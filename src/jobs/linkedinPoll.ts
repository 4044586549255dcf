import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { LinkedInClient } from '../linkedin/client';
import type { LinkedInPoller } from '../linkedin/poller';
import type { Logger } from '../logger';
import { defineJob } from './job';

export const POLL_JOB = 'linkedin.poll';

/** The recurring LinkedIn poll: every poll runs on time; the planner spends only what the day's budget allows (linkedin/pollPlan.ts). */
export function linkedInPollJob(deps: { poller: LinkedInPoller; client: LinkedInClient; clock: Clock; log: Logger; pollSeconds: number }) {
  return defineJob({
    kind: POLL_JOB,
    schema: z.unknown(),
    handler: async () => {
      await deps.poller.pollPlanned(deps.pollSeconds).catch((err) => deps.log.error({ err }, 'LinkedIn poll failed'));
      const backoff = deps.client.health().backoffUntil;
      return { retryAt: new Date(Math.max(deps.clock.now().getTime() + deps.pollSeconds * 1000, backoff?.getTime() ?? 0)) };
    },
    // Three missed polls (and at least an hour) is trouble.
    recurring: { staleAfterSeconds: Math.max(3600, 3 * deps.pollSeconds) },
  });
}
