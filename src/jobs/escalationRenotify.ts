import { z } from 'zod';
import type { EscalationService } from '../services/escalations';
import { defineJob } from './job';

export const RENOTIFY_JOB = 'escalation.renotify';

/** Re-sends an unacknowledged threat; after the last round the SAV channel hears that a threat waits. */
export function escalationRenotifyJob(deps: { escalations: EscalationService }) {
  return defineJob({
    kind: RENOTIFY_JOB,
    schema: z.object({ escalationId: z.string(), round: z.number() }),
    handler: ({ escalationId, round }) => deps.escalations.renotify(escalationId, round),
    retry: { forever: true },
  });
}
