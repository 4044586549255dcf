/** A post on the city's LinkedIn page that the bot follows. */
export interface Post {
  urn: string;
  url: string | null;
  excerpt: string | null;
  publishedAt: Date | null;
  source: 'linkedin' | 'teams';
  bookingId: string | null;
  matchStatus: 'none' | 'proposed' | 'confirmed' | 'rejected';
  ownerId: string | null;
  ownerName: string | null;
  department: string | null;
  firstSeenAt: Date;
  lastPolledAt: Date | null;
  /** The showcase page it was published on; null (or absent): the default page. */
  pageUrn?: string | null;
}

/** What became of a comment. */
export type CommentStatus = 'open' | 'answered' | 'no_answer_needed' | 'not_a_question' | 'deleted';

/** When a comment's answer clock starts: when it was written, or when the bot saw it if nobody knows. */
export function answerClockStart(c: Pick<TrackedComment, 'commentedAt' | 'seenAt'>): Date {
  return c.commentedAt ?? c.seenAt;
}

/** A comment on a followed post. */
export interface TrackedComment {
  id: string;
  externalId: string | null;
  /** For a reply: the LinkedIn urn of the comment it replies to (its thread); null for a top-level comment. */
  parentExternalId?: string | null;
  postUrn: string;
  authorName: string | null;
  authorUrn: string | null;
  text: string | null;
  url: string | null;
  /** When the comment was written; null when nobody knows (registered from Teams without a time). */
  commentedAt: Date | null;
  /** When the bot first saw (or was told about) the comment. */
  seenAt: Date;
  source: 'linkedin' | 'teams';
  registeredById: string | null;
  registeredByName: string | null;
  kind: string;
  isQuestion: boolean;
  isThreat: boolean;
  shouldRemove: boolean;
  reasons: string;
  classifierVersion: string;
  status: CommentStatus;
  deadlineAt: Date | null;
  snoozedUntil: Date | null;
  /** Who asked to be reminded again (the last snooze). */
  snoozedByName: string | null;
  /** Replies LinkedIn last said it had (a change means a reply to read). */
  repliesSeen: number;
  closedAt: Date | null;
  closedById: string | null;
  closedByName: string | null;
  closedVia: string | null;
  closeReason: string | null;
  replyText: string | null;
  version: number;
  /** Who holds the question now, when it was handed over; null while it is the post owner's. */
  holderId: string | null;
  holderName: string | null;
  /** Who handed it over last, and when. */
  handedOverByName: string | null;
  handedOverAt: Date | null;
}
