import { randomUUID } from 'node:crypto';
import { Lang, localDay } from '../../domain/calendar';
import type { ReminderStep } from '../../domain/reminders';
import type { Booking } from '../../domain/booking';
import type { Post, TrackedComment } from '../../domain/comment';
import { UNREADABLE_KIND } from '../../services/comments';
import { signedReply } from '../../services/signatures';
import type { QuestionTeamworkFacts } from '../../services/teamwork';
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
  /** When a working day starts ("08:00"): what "Nästa arbetsdag" on the snooze button means. */
  workdayStart: string;
  /** The person reading this copy; absent for the channel's copy. A post is "yours" only to its owner. */
  viewerId?: string | null;
}

/** A working day's start, minutes after midnight, as a clock: 480 → "08:00". */
export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
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

/** Whether the reader of this copy owns the post (the booking's owner, unless they said it is not theirs). */
function isViewersPost(post: Post, ctx: CommentViewContext): boolean {
  return Boolean(ctx.viewerId) && post.ownerId === ctx.viewerId && post.matchStatus !== 'rejected';
}

/** A post's first words (about 80 characters, cut at a word), or null when the bot does not know its text. */
function firstWords(post: Post): string | null {
  const text = post.excerpt?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const atWord = cut.lastIndexOf(' ') > 40 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The post on a card: its first words, else a sentence that says the text is unknown; never a clipped raw link. */
export function postLabel(post: Post, lang: Lang): string {
  const words = firstWords(post);
  return words ? `”${plain(words)}”` : t(lang).comments.postWithoutText;
}

/** A reminder as sent: a step of the ladder, a snooze running out, a hand-over, or null for an answer to a click. */
export type ReminderKind = ReminderStep | 'snooze' | 'handover' | null;

function headingFor(step: ReminderKind, c: TrackedComment, post: Post, ctx: CommentViewContext): { heading: string; lead: string; color: TextColor } {
  const m = t(ctx.lang).comments;
  const yours = isViewersPost(post, ctx);
  if (c.status !== 'open') return { heading: m.handled, lead: '', color: 'Good' };
  switch (step) {
    case 'channel':
      return { heading: m.channelHeading, lead: m.channelLead, color: 'Accent' };
    case 'overdue':
      return { heading: m.overdueHeading, lead: m.overdueLead, color: 'Attention' };
    case 'snooze':
      return { heading: m.snoozeHeading, lead: '', color: 'Accent' };
    case 'handover':
      if (c.holderId && c.holderId === ctx.viewerId && c.handedOverByName) return { heading: t(ctx.lang).teamwork.card.handoverHeading(plain(c.handedOverByName)), lead: m.ownerLead, color: 'Accent' };
      return { heading: yours ? m.ownerHeading : m.otherHeading, lead: m.ownerLead, color: 'Default' };
    default:
      if (c.kind === UNREADABLE_KIND) return { heading: yours ? m.unreadableHeading : m.unreadableHeadingOther, lead: m.unreadableLead, color: 'Accent' };
      return { heading: yours ? m.ownerHeading : m.otherHeading, lead: m.ownerLead, color: 'Default' };
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
  step: ReminderKind,
  ctx: CommentViewContext,
  opts: {
    notice?: { text: string; tone: Tone } | null;
    signatureTitle?: string;
    /** Who holds the question, whom to hand it to, the saved replies (working together). */
    teamwork?: QuestionTeamworkFacts;
    /** The reader, who signs replies: null for the channel's copy. */
    signer?: { name: string; title: string } | null;
  } = {},
): Card {
  const m = t(ctx.lang).comments;
  const tw = t(ctx.lang).teamwork.card;
  const h = headingFor(step, c, post, ctx);
  const holder = opts.teamwork?.holder ?? null;
  const facts = [{ title: m.post, value: postLabel(post, ctx.lang) }];
  if (post.ownerName) facts.push({ title: m.publishedBy, value: plain(post.ownerName) });
  // No "has waited" line: a card is not re-rendered every minute, so it would be wrong by the next look.
  facts.push({ title: m.written, value: c.commentedAt ? clockTime(c.commentedAt, ctx) : m.writtenUnknown });
  if (c.status === 'open') {
    if (c.deadlineAt) facts.push({ title: m.answerBy, value: clockTime(c.deadlineAt, ctx) });
    if (c.snoozedUntil && c.snoozedUntil > ctx.now) {
      facts.push({ title: m.remindsAgain, value: c.snoozedByName ? m.remindsWho(clockTime(c.snoozedUntil, ctx), plain(c.snoozedByName)) : clockTime(c.snoozedUntil, ctx) });
    }
  }
  if (c.registeredByName) facts.push({ title: m.registeredBy, value: `${plain(c.registeredByName)}, ${clockTime(c.seenAt, ctx)}` });
  if (c.status === 'open' && opts.teamwork) facts.push({ title: tw.holder, value: holderText(holder, c, ctx) });
  const noticeColor = toneColor(opts.notice?.tone);
  const signer = opts.signer ?? null;
  const savedReplies = (opts.teamwork?.replies ?? []).map((r, i) => {
    const signed = signedReply(r.body, signer?.name ?? tw.firstNamePlaceholder, signer ? signer.title : tw.titlePlaceholder);
    return { id: r.id, title: plain(r.title), inputId: `savedReply${i}`, signed, signedPlain: signed.split('\n\n').map(plain).join('\n\n') };
  });
  const standsIn = holder?.standsInFor && holder.id === ctx.viewerId ? holder.standsInFor : null;
  return renderCard('comment-reminder', {
    t: { ...m.reminder, snoozeTomorrow: m.reminder.snoozeTomorrow(ctx.workdayStart) },
    reportCategories: reportCategoryChoices(ctx.lang),
    notice: opts.notice?.text ?? '',
    noticeColor,
    heading: h.heading,
    headingColor: h.color,
    lead: h.lead,
    tw,
    standInNote: standsIn && c.status === 'open' ? tw.youStandIn(plain(standsIn.name), formatDay(standsIn.until, ctx.lang)) : '',
    people: (opts.teamwork?.roster ?? []).map((p) => ({ title: p.name, value: p.id })).sort((a, b) => a.title.localeCompare(b.title, 'sv')),
    savedReplies,
    savedReplyChoices: savedReplies.map((r) => ({ title: r.title, value: r.id })),
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

/** Who holds an open question, in words: "Erik Berg (överlämnad av Louise Lind)", a substitute with whom they stand in for. */
export function holderText(holder: QuestionTeamworkFacts['holder'], c: TrackedComment, ctx: CommentViewContext): string {
  const tw = t(ctx.lang).teamwork.card;
  if (!holder) return tw.holderNobody;
  const name = plain(holder.name ?? '');
  const who = holder.standsInFor ? tw.holderStandsIn(name, plain(holder.standsInFor.name), formatDay(holder.standsInFor.until, ctx.lang)) : name;
  return c.holderId && c.handedOverByName ? `${who} (${tw.handedOverBy(plain(c.handedOverByName))})` : who;
}

/** The values the comment and report forms carry. */
export type CommentFormValues = Partial<Record<'post' | 'postUrl' | 'text' | 'authorName' | 'commentUrl' | 'writtenDate' | 'writtenTime' | 'category', string>>;

/** The form for registering a comment seen on LinkedIn. */
export function commentFormCard(choices: PostChoice[], values: CommentFormValues, error: string, ctx: Pick<CommentViewContext, 'lang'>): Card {
  return renderCard('comment-form', {
    t: t(ctx.lang).comments.form,
    error,
    values: { post: '', postUrl: '', text: '', authorName: '', commentUrl: '', writtenDate: '', writtenTime: '', ...values },
    posts: choices,
    requestId: randomUUID(),
  });
}

/** A choice of post on the forms: a post the bot knows (its urn), or a booking whose post it has not seen (its id). */
export interface PostChoice {
  title: string;
  value: string;
}

/**
 * The posts to choose from: every post the bot knows (by its first words, with its day and owner) and the
 * recent bookings whose post it has not seen yet ("måndag 23 november: Möt våra traineer (Louise Lind)").
 */
export function postChoices(bookings: Booking[], posts: Post[], ctx: { lang: Lang; today: string; timeZone: string }): PostChoice[] {
  const year = ctx.today.slice(0, 4);
  const seen = new Set(posts.map((p) => p.bookingId).filter(Boolean));
  const known = posts.map((p) => {
    const day = formatDay(localDay(p.publishedAt ?? p.firstSeenAt, ctx.timeZone), ctx.lang, year);
    const owner = p.ownerName && p.matchStatus !== 'rejected' ? ` (${p.ownerName})` : '';
    // Choice titles are plain text, not markdown: nothing to escape.
    const words = firstWords(p);
    return { title: `${day}: ${words ? `”${words}”` : t(ctx.lang).comments.form.postWithoutWords}${owner}`, value: p.urn };
  });
  const booked = bookings.filter((b) => !seen.has(b.id)).map((b) => ({ title: `${formatDay(b.day, ctx.lang, year)}: ${b.title} (${b.ownerName})`, value: b.id }));
  return [...known, ...booked];
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
