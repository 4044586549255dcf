import { randomUUID } from 'node:crypto';
import type { Lang } from '../../domain/calendar';
import { formatWaited, ReminderStep } from '../../domain/reminders';
import type { Booking } from '../../domain/booking';
import type { Post, TrackedComment } from '../../domain/comment';
import { UNREADABLE_KIND } from '../../services/comments';
import { Card, linkedInLink, renderCard, TextColor, Tone, toneColor } from '../cards';
import { t } from '../messages';
import { formatDay, formatInstant, plain, quoted } from '../text';

/** What comment views need to know about the reader and the moment. */
export interface CommentViewContext {
  lang: Lang;
  now: Date;
  timeZone: string;
  /** Replying as the page is possible (LinkedIn API configured). */
  canReply: boolean;
}

/** The kinds a person may report, as choices. */
export function reportCategoryChoices(lang: Lang) {
  return Object.entries(t(lang).comments.reportCategories).map(([value, title]) => ({ title, value }));
}

/** A report kind in words. */
export function reportCategoryName(kind: string, lang: Lang): string {
  return t(lang).comments.reportCategories[kind] ?? kind;
}

const clockTime = (at: Date, ctx: CommentViewContext) => formatInstant(at, ctx.lang, ctx.timeZone);

/** "tisdag 10:00" style deadline. */
function deadlineText(at: Date, ctx: CommentViewContext): string {
  return formatInstant(at, ctx.lang, ctx.timeZone).replace(' kl.', '').replace(' at', '');
}

function headingFor(step: ReminderStep | 'snooze' | null, c: TrackedComment, ctx: CommentViewContext): { heading: string; lead: string; color: TextColor } {
  const m = t(ctx.lang).comments;
  if (c.status !== 'open') return { heading: m.handled, lead: '', color: 'Good' };
  switch (step) {
    case 'channel':
      return { heading: m.channelHeading, lead: m.channelLead, color: 'Accent' };
    case 'overdue':
      return { heading: m.overdueHeading, lead: m.overdueLead, color: 'Attention' };
    case 'snooze':
      return { heading: m.snoozeHeading, lead: '', color: 'Accent' };
    default:
      return c.kind === UNREADABLE_KIND ? { heading: m.unreadableHeading, lead: m.unreadableLead, color: 'Accent' } : { heading: m.ownerHeading, lead: m.ownerLead, color: 'Default' };
  }
}

/** What happened to a closed comment, in words: "Besvarad av Louise Lind, tisdag 3 december kl. 14:02". */
function outcomeText(c: TrackedComment, ctx: CommentViewContext): string {
  if (c.status === 'open' || !c.closedAt) return '';
  const m = t(ctx.lang).comments;
  const when = clockTime(c.closedAt, ctx);
  switch (c.status) {
    case 'answered':
      if (c.closedVia === 'page-reply') return m.answeredByPage(when);
      if (c.closedVia === 'api-reply') return m.answeredViaBot(plain(c.closedByName), when);
      return m.answeredBy(plain(c.closedByName), when);
    case 'no_answer_needed': {
      const reason = m.noAnswerReasons[c.closeReason ?? ''] ?? c.closeReason ?? '';
      return m.noAnswerNeeded(reason.toLowerCase(), plain(c.closedByName), when);
    }
    case 'deleted':
      return m.deletedOnLinkedIn(when);
    default:
      return '';
  }
}

/** The reminder card: the comment, the post, the author, how long it has waited, the deadline, and what to do. */
export function reminderCard(
  c: TrackedComment,
  post: Post,
  step: ReminderStep | 'snooze' | null,
  ctx: CommentViewContext,
  opts: { notice?: { text: string; tone: Tone } | null; signatureTitle?: string } = {},
): Card {
  const m = t(ctx.lang).comments;
  const h = headingFor(step, c, ctx);
  const facts = [
    { title: m.post, value: post.excerpt ? quoted(`${plain(post.excerpt.slice(0, 120))}${post.excerpt.length > 120 ? '…' : ''}`, ctx.lang) : plain(post.url ?? post.urn) },
  ];
  if (post.ownerName) facts.push({ title: m.publishedBy, value: plain(post.ownerName) });
  facts.push({ title: m.written, value: clockTime(c.commentedAt, ctx) });
  if (c.status === 'open') {
    facts.push({ title: m.hasWaited, value: formatWaited(c.commentedAt, ctx.now, ctx.lang) });
    if (c.deadlineAt) facts.push({ title: m.answerBy, value: deadlineText(c.deadlineAt, ctx) });
    if (c.snoozedUntil && c.snoozedUntil > ctx.now) facts.push({ title: m.remindsAgain, value: deadlineText(c.snoozedUntil, ctx) });
  }
  if (c.registeredByName) facts.push({ title: m.registeredBy, value: plain(c.registeredByName) });
  const noticeColor = toneColor(opts.notice?.tone);
  return renderCard('comment-reminder', {
    t: m.reminder,
    reportCategories: reportCategoryChoices(ctx.lang),
    notice: opts.notice?.text ?? '',
    noticeColor,
    heading: h.heading,
    headingColor: h.color,
    lead: h.lead,
    quote: c.text === null ? m.textPurged : c.text.trim() ? quoted(plain(c.text), ctx.lang) : m.noText,
    // The API gives a member urn, not a name.
    byline: c.authorName ? plain(c.authorName) : c.authorUrn ? m.aMember : m.unknownAuthor,
    facts,
    outcome: outcomeText(c, ctx),
    open: c.status === 'open',
    canReply: ctx.canReply && Boolean(c.externalId) && c.source === 'linkedin',
    id: c.id,
    version: c.version,
    signatureTitle: opts.signatureTitle ?? '',
    reasons: Object.entries(m.noAnswerReasons).map(([value, title]) => ({ title, value })),
    url: linkedInLink(c.url) || linkedInLink(post.url),
  });
}

/** The form for registering a comment seen on LinkedIn. */
export function commentFormCard(
  bookings: Booking[],
  values: Partial<Record<'bookingId' | 'postUrl' | 'text' | 'authorName' | 'commentUrl', string>>,
  error: string,
  ctx: Pick<CommentViewContext, 'lang'> & { today: string },
): Card {
  return renderCard('comment-form', {
    t: t(ctx.lang).comments.form,
    error,
    values: { bookingId: '', postUrl: '', text: '', authorName: '', commentUrl: '', ...values },
    bookings: bookingChoices(bookings, ctx),
    requestId: randomUUID(),
  });
}

/** Recent bookings as choices: "måndag 23 november: Möt våra traineer (Louise Lind)". */
export function bookingChoices(bookings: Booking[], ctx: { lang: Lang; today: string }) {
  return bookings.map((b) => ({ title: `${formatDay(b.day, ctx.lang, ctx.today.slice(0, 4))}: ${b.title} (${b.ownerName})`, value: b.id }));
}

/** Asks a booking's owner whether a post published on their day is theirs. */
export function postMatchCard(post: Post, bookingTitle: string | null, ctx: CommentViewContext): Card {
  const m = t(ctx.lang).comments;
  const open = post.matchStatus === 'proposed';
  const heading = open ? m.matchAsk : post.matchStatus === 'confirmed' ? m.matchConfirmed : m.matchRejected;
  const facts = [];
  if (post.publishedAt) facts.push({ title: m.published, value: formatInstant(post.publishedAt, ctx.lang, ctx.timeZone) });
  if (bookingTitle) facts.push({ title: m.yourBooking, value: plain(bookingTitle) });
  return renderCard('post-match', {
    t: m.match,
    heading,
    headingColor: open ? 'Default' : 'Good',
    lead: open ? m.matchLead : '',
    excerpt: plain(post.excerpt ?? post.urn),
    facts,
    open,
    urn: post.urn,
    url: linkedInLink(post.url),
  });
}

/** A status section: a title and facts. */
export interface StatusSection {
  title: string;
  ok: boolean;
  facts: { title: string; value: string }[];
}

/** The superadmins' status card. */
export function statusCard(sections: StatusSection[], ctx: Pick<CommentViewContext, 'lang' | 'now' | 'timeZone'>): Card {
  const m = t(ctx.lang).comments;
  return renderCard('status', {
    t: { heading: m.statusHeading, at: formatInstant(ctx.now, ctx.lang, ctx.timeZone), refresh: m.refresh },
    sections: sections.map((s) => ({ ...s, color: s.ok ? 'Good' : 'Attention' })),
  });
}
