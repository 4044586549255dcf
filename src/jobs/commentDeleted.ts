import { z } from 'zod';
import type { CommentTracker } from '../services/comments';
import type { EscalationService } from '../services/escalations';
import type { CommentRepository } from '../store/comments';
import { defineJob } from './job';

export const COMMENT_DELETED_JOB = 'linkedin.commentDeleted';

/**
 * A comment LinkedIn says was deleted (webhook COMMENT_DELETE): when it was flagged or reported, its case
 * becomes "behöver registreras" (from the stored text and evidence) before the comment is closed, so that a
 * removal made directly on LinkedIn also reaches the registry.
 */
export function commentDeletedJob(deps: { tracker: CommentTracker; escalations: EscalationService; comments: CommentRepository }) {
  return defineJob({
    kind: COMMENT_DELETED_JOB,
    schema: z.object({ commentUrn: z.string() }),
    handler: async ({ commentUrn }) => {
      const stored = await deps.comments.getByExternalId(commentUrn);
      const found = stored && (await deps.tracker.classified(stored.id));
      if (found) await deps.escalations.deletedOnLinkedIn(found.comment, found.post, found.verdict);
      await deps.tracker.closeDeleted(commentUrn);
    },
    retry: { forever: true },
  });
}
