/**
 * LinkedIn webhook pieces as pure functions: the challenge answer, the `X-LI-Signature` check and
 * the notification parser. The HTTP route and the dedup store live elsewhere and call these.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The prefix LinkedIn puts in front of the raw body before signing it. */
const SIGNED_PREFIX = 'hmacsha256=';

/** LinkedIn's challenge codes are UUIDs; nothing else is answered. */
const CHALLENGE_CODE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `challengeResponse` for LinkedIn's `GET ?challengeCode=…` validation: hex HMAC-SHA256 of the
 * challenge code, keyed with the app's client secret; null for anything but a UUID.
 *
 * The answer is an HMAC oracle: it must never sign what a delivery's signature signs, which is
 * `"hmacsha256=" + body`. A UUID cannot start with `hmacsha256=`, so no answer of ours can serve as a
 * signature (asking for `challengeCode = "hmacsha256=" + body` was the forgery).
 */
export function challengeResponse(clientSecret: string, challengeCode: string): string | null {
  if (!CHALLENGE_CODE.test(challengeCode)) return null;
  return createHmac('sha256', clientSecret).update(challengeCode, 'utf8').digest('hex');
}

/** The hex `X-LI-Signature` LinkedIn would send for this raw body (also used by the simulator). */
export function signWebhookBody(clientSecret: string, rawBody: Buffer): string {
  return createHmac('sha256', clientSecret)
    .update(Buffer.concat([Buffer.from(SIGNED_PREFIX, 'utf8'), rawBody]))
    .digest('hex');
}

/**
 * True when `headerValue` (the `X-LI-Signature` header) is the HMAC of `"hmacsha256=" + rawBody`.
 * Whether the header itself carries a `hmacsha256=` prefix is unconfirmed, so an optional prefix is
 * stripped. The comparison is constant-time over the raw bytes; anything missing or garbled is false.
 */
export function verifySignature(clientSecret: string, rawBody: Buffer, headerValue?: string): boolean {
  if (typeof headerValue !== 'string' || !clientSecret) return false;
  let hex = headerValue.trim();
  if (hex.toLowerCase().startsWith(SIGNED_PREFIX)) hex = hex.slice(SIGNED_PREFIX.length);
  // Buffer.from(…, 'hex') silently stops at the first bad character, so validate the text first.
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const received = Buffer.from(hex, 'hex');
  const expected = Buffer.from(signWebhookBody(clientSecret, rawBody), 'hex');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** Notification actions LinkedIn documents; others may appear, so the type stays open. */
export type LinkedInNotificationAction =
  | 'COMMENT'
  | 'ADMIN_COMMENT'
  | 'COMMENT_EDIT'
  | 'COMMENT_DELETE'
  | 'LIKE'
  | 'SHARE'
  | 'SHARE_MENTION'
  | (string & {});

/** One organization social action notification, in the bot's terms. */
export interface LinkedInNotification {
  /** LinkedIn's id, as a string: the dedup key (deliveries are retried for 8 hours). */
  notificationId: string;
  action: LinkedInNotificationAction;
  /** The post (`urn:li:share:…`/`ugcPost`), from `decoratedSourcePost.entity`, else `sourcePost`. */
  postUrn: string;
  /** `sourcePost`, usually `urn:li:activity:…`. */
  activityUrn: string;
  /** The comment, for comment actions (`decoratedGeneratedActivity.comment.entity`). */
  commentUrn?: string;
  /** Who acted (the comment's owner), for comment actions. */
  actorUrn?: string;
  /** `urn:li:organization:…` the notification is about. */
  organizationUrn?: string;
  /** The comment text, when LinkedIn includes it. */
  text?: string;
  lastModifiedAt: Date;
}

/** The outcome of {@link parseNotifications}. */
export type ParseNotificationsResult =
  | { ok: true; value: LinkedInNotification[] }
  | { ok: false; error: string };

const notificationSchema = z
  .object({
    notificationId: z.union([z.number(), z.string().min(1)]),
    action: z.string().min(1),
    organizationalEntity: z.string().optional(),
    lastModifiedAt: z.number().int().nonnegative(),
    sourcePost: z.string().min(1),
    decoratedSourcePost: z.object({ entity: z.string().min(1).optional() }).passthrough().optional(),
    generatedActivity: z.string().optional(),
    decoratedGeneratedActivity: z
      .object({
        comment: z
          .object({
            entity: z.string().min(1).optional(),
            owner: z.string().optional(),
            text: z.string().optional(),
            object: z.string().optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

const batchSchema = z.array(notificationSchema);
const envelopeSchema = z.object({ type: z.string().optional(), notifications: batchSchema }).passthrough();

/** `urn:li:comment:(activity:1,2)` → `urn:li:comment:(urn:li:activity:1,2)`; the bare form lacks the inner prefix. */
function repairGeneratedActivity(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return value.replace(/^urn:li:comment:\((?!urn:li:)/, 'urn:li:comment:(urn:li:');
}

/**
 * Validates and normalises a webhook body (already JSON-parsed). Returns `{ ok: false, error }` for
 * anything that is not a list of notifications; the route decides what to answer LinkedIn.
 */
export function parseNotifications(body: unknown): ParseNotificationsResult {
  // The envelope is unconfirmed: accept `{type, notifications}` and a bare array. Choosing the
  // schema by shape (not z.union) keeps the error message about the fields that are wrong.
  const parsed = Array.isArray(body) ? batchSchema.safeParse(body) : envelopeSchema.safeParse(body);
  if (!parsed.success) {
    const error = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `not a LinkedIn notification batch: ${error}` };
  }
  const raw = Array.isArray(parsed.data) ? parsed.data : parsed.data.notifications;
  const value = raw.map((n): LinkedInNotification => {
    const comment = n.decoratedGeneratedActivity?.comment;
    const commentUrn = comment?.entity ?? repairGeneratedActivity(n.generatedActivity);
    return {
      notificationId: String(n.notificationId),
      action: n.action,
      postUrn: n.decoratedSourcePost?.entity ?? n.sourcePost,
      activityUrn: n.sourcePost,
      ...(commentUrn ? { commentUrn } : {}),
      ...(comment?.owner ? { actorUrn: comment.owner } : {}),
      ...(n.organizationalEntity ? { organizationUrn: n.organizationalEntity } : {}),
      ...(comment?.text !== undefined ? { text: comment.text } : {}),
      lastModifiedAt: new Date(n.lastModifiedAt),
    };
  });
  return { ok: true, value };
}
