import type { Post, TrackedComment } from './comment';
import type { AwayHolder } from './routing';

/** The views of /frågor: every open question, those I hold, my department's, those past their deadline. */
export const QUESTION_FILTERS = ['all', 'mine', 'department', 'overdue'] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];

/** An open question with who holds it now. */
export interface HeldQuestion {
  comment: TrackedComment;
  post: Post;
  holder: { id: string; name: string | null; standsInFor?: AwayHolder } | null;
}

/**
 * The open questions a person sees under a filter, in the order given (oldest deadline first). Superadmins
 * see everything; editors do not see comments flagged for moderation (threats, rule-breakers): those are
 * the superadmins' cases and are never quoted to the whole network. "Mine" is what I hold or stand in for,
 * and what is held for me while I am away; "department" needs the person's department.
 */
export function visibleQuestions(
  all: readonly HeldQuestion[],
  filter: QuestionFilter,
  viewer: { id: string; isSuperadmin: boolean; department: string | null },
  now: Date,
): HeldQuestion[] {
  return all.filter((q) => {
    if (!viewer.isSuperadmin && (q.comment.isThreat || q.comment.shouldRemove)) return false;
    switch (filter) {
      case 'mine':
        return q.holder !== null && (q.holder.id === viewer.id || q.holder.standsInFor?.userId === viewer.id);
      case 'department':
        return viewer.department === null || q.post.department === viewer.department;
      case 'overdue':
        return q.comment.deadlineAt !== null && q.comment.deadlineAt < now;
      default:
        return true;
    }
  });
}
