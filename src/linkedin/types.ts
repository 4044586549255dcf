/**
 * The LinkedIn-facing types that the rest of the bot may import. They are deliberately free of
 * LinkedIn's wire shapes (those stay inside `client.ts` and `webhook.ts`), so the store and Teams
 * code speak only of posts, comments and outcomes.
 */

export type { Clock } from '../domain/clock';
export { systemClock } from '../domain/clock';

/** Why a LinkedIn call did not succeed; expected outcomes, never thrown. */
export type LinkedInFailureReason =
  /** 401: token expired (65602), revoked (65601) or missing. A superadmin must re-authorise. */
  | 'unauthorized'
  /** 403: the app lacks a scope, or the member is no longer a page administrator. */
  | 'forbidden'
  /** 426: the `LinkedIn-Version` is unknown or retired. */
  | 'version'
  /** 429, or the client's own daily budget or backoff stopped the call before it was sent. */
  | 'throttled'
  /** 5xx, an unexpected status, or a body that did not match the expected shape. */
  | 'server'
  /** The request never got an HTTP answer (refused, reset, timed out). */
  | 'network'
  /** 404: the post or comment does not exist (any more). */
  | 'not-found';

/** A failed LinkedIn call, described well enough to tell a superadmin what happened. */
export interface LinkedInFailure {
  ok: false;
  reason: LinkedInFailureReason;
  /** HTTP status, when there was an HTTP answer. */
  status?: number;
  /** Seconds until a retry is worthwhile (backoff, budget reset, or a server `Retry-After`). */
  retryAfterSeconds?: number;
  /** LinkedIn's `serviceErrorCode`, when the body carried one (65602 expired, 65601 revoked, 100 permissions). */
  serviceErrorCode?: number;
  /** A human-readable explanation (English, for logs and the superadmins' alert). */
  detail: string;
}

/** A successful LinkedIn call. */
export interface LinkedInSuccess<T> {
  ok: true;
  value: T;
}

/** The outcome of every LinkedIn client call. */
export type LinkedInResult<T> = LinkedInSuccess<T> | LinkedInFailure;

/** A post on the organization's page, as the bot needs it. */
export interface LinkedInPost {
  /** `urn:li:share:…` or `urn:li:ugcPost:…`. */
  urn: string;
  /** The author, normally the organization URN. */
  authorUrn: string;
  /** The post text (`commentary`); empty for media-only posts. */
  text: string;
  createdAt: Date;
  publishedAt?: Date;
  lastModifiedAt?: Date;
  /** e.g. `PUBLISHED`, `DRAFT`. */
  lifecycleState?: string;
  /** e.g. `PUBLIC`. */
  visibility?: string;
}

/** A comment or reply, normalised from LinkedIn's comment element. */
export interface LinkedInComment {
  /** The numeric comment id, as a string (used to delete). */
  id: string;
  /** `urn:li:comment:(urn:li:activity:…,id)`. */
  urn: string;
  /** The post the comment was listed under (the URN the caller used, or the activity URN for replies). */
  postUrn: string;
  /** The parent comment's URN, for replies. */
  parentUrn?: string;
  /** Who wrote it: `urn:li:person:…`, or the organization URN when the page answered. */
  actorUrn: string;
  /** The comment text; empty for image-only comments. */
  text: string;
  createdAt: Date;
  /** Person or organization URNs mentioned in the text (from `message.attributes`), used to spot answers in flat threads. */
  mentionUrns: string[];
  /** Replies to it, from `commentsSummary` when the version sends one: a change means a reply to read. */
  replyCount?: number;
}
