import { z } from 'zod';
import type { CommentTracker } from '../services/comments';
import { defineJob } from './job';

export const REMIND_JOB = 'comment.remind';

/** One step of a question's reminder ladder (or a snooze running out), if the question is still open. */
export function commentReminderJob(deps: { tracker: CommentTracker }) {
  return defineJob({
    kind: REMIND_JOB,
    schema: z.object({ commentId: z.string(), step: z.enum(['owner', 'channel', 'overdue', 'snooze']), userId: z.string().optional() }),
    handler: async ({ commentId, step, userId }) => {
      await deps.tracker.runReminder(commentId, step, userId);
    },
    retry: { forever: true },
  });
}
