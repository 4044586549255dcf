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
}

/** What became of a comment. */
export type CommentStatus = 'open' | 'answered' | 'no_answer_needed' | 'not_a_question' | 'deleted';

/** A comment on a followed post. */
export interface TrackedComment {
  id: string;
  externalId: string | null;
  postUrn: string;
  authorName: string | null;
  authorUrn: string | null;
  text: string | null;
  url: string | null;
  commentedAt: Date;
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
  /** Replies LinkedIn last said it had (a change means a reply to read). */
  repliesSeen: number;
  closedAt: Date | null;
  closedById: string | null;
  closedByName: string | null;
  closedVia: string | null;
  closeReason: string | null;
  replyText: string | null;
  version: number;
}
