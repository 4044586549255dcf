import { z } from 'zod';
import type { CommentTracker } from '../services/comments';
import { defineJob } from './job';

export const COMMENT_DELETED_JOB = 'linkedin.commentDeleted';

/** Closes a comment LinkedIn says was deleted (from a webhook notification). */
export function commentDeletedJob(deps: { tracker: CommentTracker }) {
  return defineJob({
    kind: COMMENT_DELETED_JOB,
    schema: z.object({ commentUrn: z.string() }),
    handler: async ({ commentUrn }) => void (await deps.tracker.closeDeleted(commentUrn)),
    retry: { forever: true },
  });
}
