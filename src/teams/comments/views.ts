import { randomUUID } from 'node:crypto';
import type { Lang } from '../../domain/calendar';
import { formatWaited, ReminderStep } from '../../domain/reminders';
import type { Booking } from '../../store/bookings';
import type { Post, TrackedComment } from '../../store/comments';
import { Card, linkedInLink, renderCard, Tone, toneColor } from '../cards';
import { formatDay, formatInstant, plain } from '../text';

/** What comment views need to know about the reader and the moment. */
export interface CommentViewContext {
  lang: Lang;
  now: Date;
  timeZone: string;
  /** Replying as the page is possible (LinkedIn API configured). */
  canReply: boolean;
}

const NO_ANSWER_REASON_NAMES: Record<string, Record<Lang, string>> = {
  opinion: { sv: 'Åsikt', en: 'Opinion' },
  'not-a-question': { sv: 'Inte en fråga', en: 'Not a question' },
  'answered-elsewhere': { sv: 'Besvarad på annat sätt', en: 'Answered another way' },
};

const REPORT_CATEGORY_NAMES: Record<string, Record<Lang, string>> = {
  threat: { sv: 'Hot', en: 'Threat' },
  hate: { sv: 'Hat eller rasism', en: 'Hate or racism' },
  harassment: { sv: 'Personangrepp eller trakasserier', en: 'Personal attack or harassment' },
  spam: { sv: 'Spam eller upprepade inlägg', en: 'Spam or repeated posts' },
  personal_data: { sv: 'Personuppgifter', en: 'Personal data' },
  misinformation: { sv: 'Ryktesspridning eller vilseledande länk', en: 'Rumours or misleading link' },
};

/** The kinds a person may report, as choices. */
export function reportCategoryChoices(lang: Lang) {
  return Object.entries(REPORT_CATEGORY_NAMES).map(([value, n]) => ({ title: n[lang], value }));
}

/** A report kind in words. */
export function reportCategoryName(kind: string, lang: Lang): string {
  return REPORT_CATEGORY_NAMES[kind]?.[lang] ?? kind;
}

const clockTime = (at: Date, ctx: CommentViewContext) => formatInstant(at, ctx.lang, ctx.timeZone);

/** "tisdag 10:00" style deadline. */
function deadlineText(at: Date, ctx: CommentViewContext): string {
  return formatInstant(at, ctx.lang, ctx.timeZone).replace(' kl.', '').replace(' at', '');
}

function headingFor(step: ReminderStep | 'snooze' | null, c: TrackedComment, ctx: CommentViewContext): { heading: string; lead: string; color: string } {
  const sv = ctx.lang === 'sv';
  if (c.status !== 'open') {
    return { heading: sv ? 'Kommentaren är hanterad' : 'The comment has been handled', lead: '', color: 'Good' };
  }
  switch (step) {
    case 'channel':
      return {
        heading: sv ? 'Obesvarad fråga: alla redaktörer hjälps åt' : 'Unanswered question: all editors help out',
        lead: sv ? 'Halva svarstiden har gått. Kan någon svara?' : 'Half the answer time has passed. Can someone answer?',
        color: 'Warning',
      };
    case 'overdue':
      return {
        heading: sv ? 'Svarstiden har gått ut' : 'The answer time has run out',
        lead: sv ? 'Frågan skulle ha besvarats inom en arbetsdag.' : 'The question should have been answered within one working day.',
        color: 'Attention',
      };
    case 'snooze':
      return { heading: sv ? 'Påminnelse: obesvarad fråga' : 'Reminder: unanswered question', lead: '', color: 'Warning' };
    default:
      return {
        heading: sv ? 'Ny fråga på ditt inlägg' : 'New question on your post',
        lead: sv ? 'Alla frågor ska besvaras inom en arbetsdag.' : 'Every question is answered within one working day.',
        color: 'Default',
      };
  }
}

/** What happened to a closed comment, in words: "Besvarad av Louise Lind, tisdag 3 december kl. 14:02". */
export function outcomeText(c: TrackedComment, ctx: CommentViewContext): string {
  if (c.status === 'open' || !c.closedAt) return '';
  const sv = ctx.lang === 'sv';
  const when = clockTime(c.closedAt, ctx);
  switch (c.status) {
    case 'answered':
      if (c.closedVia === 'page-reply') return sv ? `Besvarad av sidan, ${when}` : `Answered by the page, ${when}`;
      if (c.closedVia === 'api-reply') return sv ? `Besvarad av ${plain(c.closedByName)} via boten, ${when}` : `Answered by ${plain(c.closedByName)} through the bot, ${when}`;
      return sv ? `Besvarad av ${plain(c.closedByName)}, ${when}` : `Answered by ${plain(c.closedByName)}, ${when}`;
    case 'no_answer_needed': {
      const reason = NO_ANSWER_REASON_NAMES[c.closeReason ?? '']?.[ctx.lang] ?? c.closeReason ?? '';
      return sv ? `Inget svar behövs (${reason.toLowerCase()}): ${plain(c.closedByName)}, ${when}` : `No answer needed (${reason.toLowerCase()}): ${plain(c.closedByName)}, ${when}`;
    }
    case 'deleted':
      return sv ? `Kommentaren togs bort på LinkedIn, ${when}` : `The comment was deleted on LinkedIn, ${when}`;
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
  const sv = ctx.lang === 'sv';
  const h = headingFor(step, c, ctx);
  const facts = [
    { title: sv ? 'Inlägg' : 'Post', value: post.excerpt ? `"${plain(post.excerpt.slice(0, 120))}${post.excerpt.length > 120 ? '…' : ''}"` : plain(post.url ?? post.urn) },
  ];
  if (post.ownerName) facts.push({ title: sv ? 'Publicerat av' : 'Published by', value: plain(post.ownerName) });
  facts.push({ title: sv ? 'Skriven' : 'Written', value: clockTime(c.commentedAt, ctx) });
  if (c.status === 'open') {
    facts.push({ title: sv ? 'Har väntat' : 'Has waited', value: formatWaited(c.commentedAt, ctx.now, ctx.lang) });
    if (c.deadlineAt) facts.push({ title: sv ? 'Svara senast' : 'Answer by', value: deadlineText(c.deadlineAt, ctx) });
    if (c.snoozedUntil && c.snoozedUntil > ctx.now) facts.push({ title: sv ? 'Påminner igen' : 'Reminds again', value: deadlineText(c.snoozedUntil, ctx) });
  }
  if (c.registeredByName) facts.push({ title: sv ? 'Registrerad av' : 'Registered by', value: plain(c.registeredByName) });
  const noticeColor = toneColor(opts.notice?.tone);
  return renderCard('comment-reminder', {
    t: {
      answered: sv ? 'Besvarad' : 'Answered',
      reply: sv ? 'Svara' : 'Reply',
      replyLabel: sv ? 'Svar (publiceras som sidan)' : 'Reply (posted as the page)',
      replyError: sv ? 'Skriv ett svar.' : 'Write a reply.',
      titleLabel: sv ? 'Din titel i signaturen' : 'Your title in the signature',
      titlePlaceholder: sv ? 'till exempel kommunikatör' : 'for example communicator',
      signatureHint: sv ? 'Svaret signeras: "Vänliga hälsningar, <förnamn>, <titel>".' : 'The reply is signed: "Vänliga hälsningar, <first name>, <title>".',
      send: sv ? 'Skicka svaret' : 'Send the reply',
      noAnswer: sv ? 'Inget svar behövs' : 'No answer needed',
      reasonLabel: sv ? 'Varför?' : 'Why?',
      reasonError: sv ? 'Välj ett skäl.' : 'Choose a reason.',
      close: sv ? 'Stäng frågan' : 'Close the question',
      snooze: sv ? 'Påminn mig' : 'Remind me',
      snoozeLead: sv ? 'När vill du bli påmind?' : 'When do you want a reminder?',
      snoozeHour: sv ? 'Om en arbetstimme' : 'In one working hour',
      snoozeTomorrow: sv ? 'Nästa arbetsdag 08:00' : 'Next working day 08:00',
      open: sv ? 'Öppna på LinkedIn' : 'Open on LinkedIn',
      report: sv ? 'Rapportera' : 'Report',
      reportLead: sv
        ? 'Bryter kommentaren mot reglerna? Boten sparar bevis och skickar ärendet vidare; en person beslutar.'
        : 'Does the comment break the rules? The bot keeps evidence and passes the case on; a person decides.',
      reportCategory: sv ? 'Vad är det?' : 'What is it?',
      reportSubmit: sv ? 'Rapportera' : 'Report',
    },
    reportCategories: reportCategoryChoices(ctx.lang),
    notice: opts.notice?.text ?? '',
    noticeColor,
    heading: h.heading,
    headingColor: h.color,
    lead: h.lead,
    quote: c.text ? `"${plain(c.text)}"` : sv ? '(texten är raderad enligt gallringsreglerna)' : '(the text has been deleted under the retention rules)',
    // The API gives a member urn, not a name.
    byline: c.authorName ? plain(c.authorName) : (c.authorUrn ? (sv ? 'En LinkedIn-medlem' : 'A LinkedIn member') : sv ? 'Okänd skribent' : 'Unknown author'),
    facts,
    outcome: outcomeText(c, ctx),
    open: c.status === 'open',
    canReply: ctx.canReply && Boolean(c.externalId) && c.source === 'linkedin',
    id: c.id,
    version: c.version,
    signatureTitle: opts.signatureTitle ?? '',
    reasons: Object.entries(NO_ANSWER_REASON_NAMES).map(([value, n]) => ({ title: n[ctx.lang], value })),
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
  const sv = ctx.lang === 'sv';
  return renderCard('comment-form', {
    t: {
      heading: sv ? 'Registrera en kommentar från LinkedIn' : 'Register a comment from LinkedIn',
      intro: sv
        ? 'Boten följer upp kommentaren: är det en fråga påminner den tills den är besvarad.'
        : 'The bot follows the comment up: if it is a question, it reminds until it is answered.',
      booking: sv ? 'Bokat inlägg' : 'Booked post',
      bookingPlaceholder: sv ? 'Välj inlägget, eller klistra in länken nedan' : 'Choose the post, or paste its link below',
      postUrl: sv ? 'Länk till inlägget' : 'Link to the post',
      text: sv ? 'Kommentarens text' : 'The comment',
      textError: sv ? 'Klistra in kommentarens text.' : 'Paste the comment.',
      author: sv ? 'Skriven av' : 'Written by',
      commentUrl: sv ? 'Länk till kommentaren (valfritt)' : 'Link to the comment (optional)',
      submit: sv ? 'Registrera' : 'Register',
    },
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
  const sv = ctx.lang === 'sv';
  const open = post.matchStatus === 'proposed';
  const heading = open
    ? sv
      ? 'Är det här ditt inlägg?'
      : 'Is this your post?'
    : post.matchStatus === 'confirmed'
      ? sv
        ? 'Inlägget är ditt: du får påminnelser om dess frågor'
        : 'The post is yours: you get reminders about its questions'
      : sv
        ? 'Inte ditt inlägg: påminnelserna går till SAV-kanalen'
        : 'Not your post: reminders go to the SAV channel';
  const facts = [];
  if (post.publishedAt) facts.push({ title: sv ? 'Publicerat' : 'Published', value: formatInstant(post.publishedAt, ctx.lang, ctx.timeZone) });
  if (bookingTitle) facts.push({ title: sv ? 'Din bokning' : 'Your booking', value: plain(bookingTitle) });
  return renderCard('post-match', {
    t: {
      confirm: sv ? 'Ja, det är mitt' : "Yes, it's mine",
      reject: sv ? 'Nej, inte mitt' : 'No, not mine',
      open: sv ? 'Öppna på LinkedIn' : 'Open on LinkedIn',
      linkLabel: sv ? 'Eller klistra in länken till ditt inlägg' : 'Or paste the link to your post',
      link: sv ? 'Det här är mitt inlägg' : 'This is my post',
    },
    heading,
    headingColor: open ? 'Default' : 'Good',
    lead: open
      ? sv
        ? 'Ett inlägg publicerades på sidan den dag du bokat. Stämmer det får du påminnelserna om frågor i dess kommentarer.'
        : 'A post was published on the page on the day you booked. If it is yours, you get the reminders about questions in its comments.'
      : '',
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
  const sv = ctx.lang === 'sv';
  return renderCard('status', {
    t: {
      heading: sv ? 'SAV-botens status' : "SAV-boten's status",
      at: formatInstant(ctx.now, ctx.lang, ctx.timeZone),
      refresh: sv ? 'Uppdatera' : 'Refresh',
    },
    sections: sections.map((s) => ({ ...s, color: s.ok ? 'Good' : 'Attention' })),
  });
}
