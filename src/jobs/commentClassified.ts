import { z } from 'zod';
import type { CommentTracker } from '../services/comments';
import type { EscalationService } from '../services/escalations';
import { defineJob } from './job';

export const CLASSIFIED_JOB = 'comment.classified';

/** A stored comment the classifier would remove: threats escalate, rule-breaking comments open a case. */
export function commentClassifiedJob(deps: { tracker: CommentTracker; escalations: EscalationService }) {
  return defineJob({
    kind: CLASSIFIED_JOB,
    schema: z.object({ commentId: z.string() }),
    handler: async ({ commentId }) => {
      const found = await deps.tracker.classified(commentId);
      if (found) await deps.escalations.flagClassified(found.comment, found.post, found.verdict);
    },
    retry: { forever: true },
  });
}
