import { z } from 'zod';
import type { EscalationService } from '../services/escalations';
import { defineJob } from './job';

export const REACH_CHECK_JOB = 'escalation.reachCheck';

/** Alerts the SAV channel when an open threat's card has reached nobody by the first re-send. */
export function escalationReachCheckJob(deps: { escalations: EscalationService }) {
  return defineJob({
    kind: REACH_CHECK_JOB,
    schema: z.object({ escalationId: z.string() }),
    handler: ({ escalationId }) => deps.escalations.checkReached(escalationId),
    retry: { forever: true },
  });
}
