import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { CommentRepository } from '../store/comments';
import type { HandledActivities } from '../store/people';
import type { WebhookNotifications } from '../store/webhookNotifications';
import { defineJob } from './job';
import type { Outbox } from './outbox';
import type { Scheduler } from './scheduler';

export const RETENTION_JOB = 'comments.retention';
const DAY_MS = 86_400_000;

/**
 * The daily retention job: comment texts (and every copy of them, the cards in the outbox) go after the
 * retention period; finished jobs and the ids that keep retries from doubling work go when no retry can come.
 */
export function retentionJob(deps: {
  clock: Clock;
  log: Logger;
  retentionDays: number;
  comments: CommentRepository;
  outbox: Outbox;
  scheduler: Scheduler;
  handled: HandledActivities;
  notifications: WebhookNotifications;
}) {
  return defineJob({
    kind: RETENTION_JOB,
    schema: z.unknown(),
    handler: async () => {
      const { clock, log } = deps;
      const before = new Date(clock.now().getTime() - deps.retentionDays * DAY_MS);
      const now = clock.now().getTime();
      const purged = await deps.comments.purgeText(before, clock.now());
      if (purged > 0) log.info({ purged }, 'comment texts deleted after the retention period');
      // Outbox rows are kept a year (emptied) for card updates.
      const outboxPurged = await deps.outbox.purge(before, new Date(now - 365 * DAY_MS));
      if (outboxPurged.emptied + outboxPurged.dropped > 0) log.info(outboxPurged, 'old messages emptied after the retention period');
      await deps.scheduler.purgeFinished(new Date(now - 30 * DAY_MS));
      // Teams retries an activity within minutes, LinkedIn a notification for 8 hours: their ids need not live long.
      await deps.handled.purge(new Date(now - 2 * DAY_MS));
      await deps.notifications.purge(new Date(now - 14 * DAY_MS));
      return { retryAt: new Date(clock.now().getTime() + DAY_MS) };
    },
    recurring: { staleAfterSeconds: 2 * 86_400 + 3600 },
  });
}
