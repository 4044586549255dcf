import { TZDate } from '@date-fns/tz';
import type { Lang } from '../../domain/calendar';
import { t } from '../messages';
import type { Booking } from '../../domain/booking';
import { commentUrnIn, postUrnIn } from '../../linkedin/links';
import type { CommentInput } from '../../services/comments';

/**
 * A comment an editor saw on LinkedIn and typed into a form (/kommentar registers it, /rapportera
 * reports it), as the comment tracker takes it. The post is `postUrn` (chosen from the list), else the one
 * in `postLink`, else the booking's, else `fallbackPostUrn`; null when there is none. The comment's id is
 * LinkedIn's from `commentLink`, else `fallbackId` (so a second click or an identical report finds the
 * first). `writtenAt` is what the editor said; null when they did not know, never the time of the form.
 */
export function commentFromForm(f: {
  text: string;
  authorName: string;
  commentLink: string;
  postLink: string;
  postUrn?: string | null;
  booking: Booking | null;
  fallbackPostUrn: string | null;
  fallbackId: string;
  by: { id: string; name: string };
  writtenAt: Date | null;
  reported?: boolean;
}): CommentInput | null {
  const postUrn = f.postUrn ?? postUrnIn(f.postLink) ?? (f.booking ? `booking:${f.booking.id}` : f.fallbackPostUrn);
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
    commentedAt: f.writtenAt,
    source: 'teams',
    registeredBy: { id: f.by.id, name: f.by.name },
    ...(f.reported ? { reported: true } : {}),
  };
}

/** When the form says the comment was written. */
export type WrittenAt = { ok: true; at: Date | null } | { ok: false; reason: 'incomplete' | 'invalid' | 'future' };

/**
 * Reads the form's "when was it written" (an Input.Date `YYYY-MM-DD` and an Input.Time `HH:MM`, local time in
 * `timeZone`). Both empty: unknown (null), which is what most people can honestly say. One without the other
 * is incomplete; a time after `now` cannot be right.
 */
export function writtenAtFrom(date: string, time: string, timeZone: string, now: Date): WrittenAt {
  const d = date.trim();
  const t = time.trim();
  if (!d && !t) return { ok: true, at: null };
  if (!d || !t) return { ok: false, reason: 'incomplete' };
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const tm = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(t);
  if (!dm || !tm) return { ok: false, reason: 'invalid' };
  const [y, mo, day, h, mi] = [Number(dm[1]), Number(dm[2]), Number(dm[3]), Number(tm[1]), Number(tm[2])];
  if (mo < 1 || mo > 12 || day < 1 || day > 31 || h > 23 || mi > 59) return { ok: false, reason: 'invalid' };
  const local = new TZDate(y, mo - 1, day, h, mi, timeZone);
  // 31 February rolls over into March: not a day anyone meant.
  if (local.getDate() !== day) return { ok: false, reason: 'invalid' };
  const at = new Date(local.getTime());
  // A minute of slack for clocks that differ.
  if (at.getTime() > now.getTime() + 60_000) return { ok: false, reason: 'future' };
  return { ok: true, at };
}

/** What a link typed after /kommentar or /rapportera prefills: the comment's link and the post's. */
export function prefillFromLink(link: string): { commentUrl: string; postUrl: string; postUrn: string | null } | null {
  const trimmed = link.trim();
  if (!trimmed) return null;
  const postUrn = postUrnIn(trimmed);
  const commentUrn = commentUrnIn(trimmed);
  if (!postUrn && !commentUrn) return null;
  return { commentUrl: commentUrn ? trimmed : '', postUrl: postUrn ? trimmed : '', postUrn };
}

/**
 * The post chosen on a form: a post the bot knows (its urn) or a booking (its id); nothing chosen is fine.
 * `ok: false` for a choice that names no known post and no active booking (an old or forged card).
 */
export async function chosenPost(
  choice: string,
  deps: { bookings: { get(id: string): Promise<Booking | null> }; posts: { post(urn: string): Promise<{ urn: string } | null> } },
): Promise<{ ok: true; booking: Booking | null; postUrn: string | null } | { ok: false }> {
  const value = choice.trim();
  if (!value) return { ok: true, booking: null, postUrn: null };
  if (value.startsWith('urn:li:')) {
    const post = await deps.posts.post(value);
    return post ? { ok: true, booking: null, postUrn: post.urn } : { ok: false };
  }
  const booking = await deps.bookings.get(value);
  return booking && booking.status === 'active' ? { ok: true, booking, postUrn: null } : { ok: false };
}

/** What to say when the form's written time cannot be used. */
export function writtenError(reason: 'incomplete' | 'invalid' | 'future', lang: Lang): string {
  const m = t(lang).comments.answers;
  return reason === 'incomplete' ? m.writtenIncomplete : reason === 'future' ? m.writtenFuture : m.writtenInvalid;
}
