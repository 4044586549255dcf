/** The kinds of comment the classifier tells apart, and which of them break the commenting rules. */

/** The kinds of comment, as labelled in the dev set. */
export const COMMENT_KINDS = [
  'question', 'criticism', 'opinion', 'praise', 'threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation',
] as const;

/** One kind of comment. */
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** Kinds that break the commenting rules: proposed for removal, and what a person may report. */
export const REMOVABLE_KIND_LIST = ['threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation'] as const satisfies readonly CommentKind[];

/** A kind that breaks the commenting rules. */
export type RemovableKind = (typeof REMOVABLE_KIND_LIST)[number];

/** The removable kinds as a set. */
export const REMOVABLE_KINDS: ReadonlySet<CommentKind> = new Set<CommentKind>(REMOVABLE_KIND_LIST);
