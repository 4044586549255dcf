import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { ShowcasePolling } from '../linkedin/showcase';
import type { Logger } from '../logger';
import { defineJob } from './job';

export const POLL_SHOWCASE_JOB = 'linkedin.pollShowcase';

/** The recurring poll of the showcase pages, each within its own daily budget (linkedin/showcase.ts). */
export function linkedInPollShowcaseJob(deps: { showcase: ShowcasePolling; clock: Clock; log: Logger; pollSeconds: number }) {
  return defineJob({
    kind: POLL_SHOWCASE_JOB,
    schema: z.unknown(),
    handler: async () => {
      await deps.showcase.pollAll(deps.pollSeconds).catch((err) => deps.log.error({ err }, 'showcase poll failed'));
      return { retryAt: new Date(deps.clock.now().getTime() + deps.pollSeconds * 1000) };
    },
    recurring: { staleAfterSeconds: Math.max(3600, 3 * deps.pollSeconds) },
  });
}
