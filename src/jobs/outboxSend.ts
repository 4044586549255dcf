import { z } from 'zod';
import { defineJob } from './job';
import type { Outbox } from './outbox';

export const OUTBOX_SEND_JOB = 'outbox.send';

/** Sends (or updates) one queued Teams message. Errors thrown here are database trouble, not Teams': the scheduler's backoff retries those. */
export function outboxSendJob(outbox: Outbox) {
  return defineJob({
    kind: OUTBOX_SEND_JOB,
    schema: z.object({ outboxId: z.string() }),
    handler: ({ outboxId }) => outbox.deliver(outboxId),
    retry: { forever: true },
  });
}
