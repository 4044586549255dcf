import type { Booking } from '../../domain/booking';
import { commentUrnIn, postUrnIn } from '../../linkedin/links';
import type { CommentInput } from '../../services/comments';

/**
 * A comment an editor saw on LinkedIn and typed into a form (/kommentar registers it, /rapportera
 * reports it), as the comment tracker takes it. The post is the one in `postLink`, else the booking's,
 * else `fallbackPostUrn`; null when there is none. The comment's id is LinkedIn's from `commentLink`,
 * else `fallbackId` (so a second click or an identical report finds the first).
 */
export function commentFromForm(f: {
  text: string;
  authorName: string;
  commentLink: string;
  postLink: string;
  booking: Booking | null;
  fallbackPostUrn: string | null;
  fallbackId: string;
  by: { id: string; name: string };
  at: Date;
  reported?: boolean;
}): CommentInput | null {
  const postUrn = postUrnIn(f.postLink) ?? (f.booking ? `booking:${f.booking.id}` : f.fallbackPostUrn);
  if (!postUrn) return null;
  return {
    externalId: commentUrnIn(f.commentLink) ?? f.fallbackId,
    postUrn,
    postUrl: f.postLink || null,
    postExcerpt: f.booking?.title ?? null,
    bookingId: f.booking?.id ?? null,
    authorName: f.authorName.trim() || null,
    text: f.text.trim(),
    url: f.commentLink || f.postLink || null,
    commentedAt: f.at,
    source: 'teams',
    registeredBy: { id: f.by.id, name: f.by.name },
    ...(f.reported ? { reported: true } : {}),
  };
}
