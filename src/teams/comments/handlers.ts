import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { CommentActionOutcome, CommentTracker } from '../../services/comments';
import { NO_ANSWER_REASONS } from '../../services/comments';
import type { SignatureTitles } from '../../services/signatures';
import type { QuestionTeamwork } from '../../services/teamwork';
import { Card, cardActivity } from '../cards';
import { invalidCard, refusalCard } from '../replies';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { clockOfMinutes, commentFormCard, CommentFormValues, CommentViewContext, postChoices, postMatchCard, reminderCard, statusCard } from './views';
import type { StatusFacts } from '../../services/operations';
import { postUrnIn } from '../../linkedin/links';
import { chosenPost, commentFromForm, prefillFromLink, writtenAtFrom, writtenError } from './registration';
import { statusSections } from '../status';
import { formatInstant, plain } from '../text';
import type { Post, TrackedComment } from '../../domain/comment';
import type { Tone } from '../cards';


const ids = { commentId: z.string().uuid(), version: z.coerce.number().int().positive() };
const answeredData = z.object(ids);
const noAnswerData = z.object({ ...ids, reason: z.enum(NO_ANSWER_REASONS) });
const snoozeData = z.object({ ...ids, choice: z.enum(['hour', 'tomorrow']) });
const replyData = z.object({
  ...ids,
  replyText: z.string().trim().max(1250).optional().default(''),
  savedReply: z.string().max(64).optional().default(''),
  title: z.string().max(80).optional().default(''),
});
// The people picker answers with one Entra object id (or, from the roster choices, the same).
const handOverData = z.object({ ...ids, holderId: z.string().trim().min(1).max(64) });
const registerData = z.object({
  requestId: z.string().min(8).max(64),
  post: z.string().max(200).optional().default(''),
  // Cards sent before the post list named the choice bookingId.
  bookingId: z.string().max(64).optional().default(''),
  writtenDate: z.string().max(10).optional().default(''),
  writtenTime: z.string().max(8).optional().default(''),
  postUrl: z.string().max(500).optional().default(''),
  text: z.string().max(3000).optional().default(''),
  authorName: z.string().max(120).optional().default(''),
  commentUrl: z.string().max(500).optional().default(''),
});
const postData = z.object({ postUrn: z.string().min(3).max(200) });
const linkData = postData.extend({ postUrl: z.string().max(500).optional().default('') });


/** Where the /status card's facts come from. */
export interface StatusSource {
  status(): Promise<StatusFacts>;
}

/** /comment, /status and the reminder cards' buttons. */
export class CommentHandlers {
  constructor(
    private readonly deps: TeamsDeps & {
      tracker: CommentTracker;
      signatures: SignatureTitles;
      teamwork: QuestionTeamwork;
      canReply: boolean;
      operations: StatusSource;
    },
  ) {}

  // ---- commands ----

  /** `/comment [link]`: the form for registering a comment seen on LinkedIn, with the link filled in. */
  async comment(context: TurnContext, person: Person, args = ''): Promise<void> {
    if (!(await this.deps.directory.isEditor(context, person))) {
      await context.sendActivity(t(person.lang).notEditor());
      return;
    }
    const link = prefillFromLink(args);
    const known = link?.postUrn ? await this.deps.tracker.post(link.postUrn) : null;
    const values = link ? { commentUrl: link.commentUrl, ...(known ? { post: known.urn } : { postUrl: link.postUrl }) } : {};
    const error = args.trim() && !link ? t(person.lang).comments.answers.notALink : '';
    await context.sendActivity(cardActivity(await this.form(person, values, error)));
  }

  /** `/status`: connector health, last poll, open questions, failed sends. Superadmins only. */
  async status(context: TurnContext, person: Person): Promise<void> {
    if (!person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, '/status refused: not a superadmin');
      await context.sendActivity(t(person.lang).comments.answers.onlySuperadminsStatus);
      return;
    }
    await context.sendActivity(cardActivity(await this.statusCardFor(person)));
  }

  async refreshStatus(person: Person): Promise<Card> {
    return this.statusCardFor(person);
  }

  // ---- card actions ----

  async register(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = registerData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const d = parsed.data;
    const m = t(person.lang).comments.answers;
    const values = { ...d, post: d.post || d.bookingId };
    if (!d.text.trim()) return this.form(person, values, m.pasteComment);
    const chosen = await chosenPost(values.post, { bookings: this.deps.bookings, posts: this.deps.tracker });
    if (!chosen.ok) return this.form(person, values, m.chooseBooked);
    const written = writtenAtFrom(d.writtenDate, d.writtenTime, this.deps.config.TIMEZONE, this.deps.clock.now());
    if (!written.ok) return this.form(person, values, writtenError(written.reason, person.lang));
    const input = commentFromForm({
      text: d.text,
      authorName: d.authorName,
      commentLink: d.commentUrl,
      postLink: d.postUrl,
      postUrn: chosen.postUrn,
      booking: chosen.booking,
      fallbackPostUrn: null,
      // Without LinkedIn's id, the card's one-time id makes a second click find the first registration.
      fallbackId: `teams:${d.requestId}`,
      by: person,
      writtenAt: written.at,
    });
    if (!input) return this.form(person, values, m.chooseOrLink);
    const result = await this.deps.tracker.track(input);
    if (!result) return this.invalid(person, raw, 'comment by the page itself');
    const c = result.comment;
    const notice = !result.created
      ? { text: m.alreadyRegistered, tone: 'warning' as const }
      : { text: c.isQuestion ? m.registeredQuestion : m.registeredNoQuestion, tone: 'good' as const };
    return this.card(person, c, result.post, notice);
  }

  async answered(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(context, person, raw, answeredData, (d) => this.deps.tracker.answered(person, d.commentId, d.version));
  }

  async noAnswer(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(context, person, raw, noAnswerData, (d) => this.deps.tracker.noAnswerNeeded(person, d.commentId, d.version, d.reason));
  }

  async snooze(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    return this.act(context, person, raw, snoozeData, (d) => this.deps.tracker.snooze(person, d.commentId, d.version, d.choice));
  }

  /** Svara: the text written, else the saved reply chosen, signed and posted as the page. */
  async reply(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = replyData.safeParse(raw);
    if (parsed.success && !parsed.data.replyText) {
      const d = parsed.data;
      const saved = d.savedReply ? await this.deps.teamwork.parts.replies.get(d.savedReply) : null;
      const found = await this.deps.tracker.load(d.commentId);
      if (!found) return this.refusal(person, t(person.lang).comments.answers.commentNotFound);
      const m = t(person.lang).teamwork.answers;
      if (!saved) {
        this.deps.log.info({ userId: person.id, commentId: d.commentId, savedReply: Boolean(d.savedReply) }, 'reply without text or a known saved reply');
        return this.card(person, found.comment, found.post, { text: d.savedReply ? m.savedReplyGone : m.replyOrSaved, tone: 'attention' });
      }
      parsed.data.replyText = saved.body;
    }
    return this.act(context, person, parsed.success ? parsed.data : raw, replyData, async (d) => {
      if (d.title) await this.deps.signatures.remember(person.id, d.title);
      return this.deps.tracker.reply(person, d.commentId, d.version, d.replyText, d.title);
    });
  }

  /** Lämna över till …: the picked editor holds the question now, gets the card, and every copy says so. */
  async handOver(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = handOverData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const m = t(person.lang).teamwork.answers;
    const to = await this.deps.teamwork.parts.roster.find(parsed.data.holderId);
    if (!to) {
      this.deps.log.warn({ userId: person.id, commentId: parsed.data.commentId }, 'hand-over to someone not in the SAV roster refused');
      const found = await this.deps.tracker.load(parsed.data.commentId);
      return found ? this.card(person, found.comment, found.post, { text: m.notAnEditor, tone: 'attention' }) : this.refusal(person, m.notAnEditor);
    }
    return this.act(context, person, parsed.data, handOverData, (d) =>
      this.deps.tracker.handOver(person, d.commentId, d.version, to, (c, p) => this.deps.teamwork.mayHandOver(person, c, p)),
    );
  }

  async settleMatch(context: TurnContext, person: Person, raw: unknown, confirm: boolean): Promise<Card> {
    const parsed = postData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const post = await this.deps.tracker.settleMatch(person, parsed.data.postUrn, confirm);
    if (!post) {
      this.deps.log.warn({ userId: person.id, postUrn: parsed.data.postUrn }, 'post match by someone else refused');
      return this.refusal(person, t(person.lang).comments.answers.notTheBooker);
    }
    const booking = post.bookingId ? await this.deps.bookings.get(post.bookingId) : null;
    return postMatchCard(post, booking?.title ?? null, this.view(person));
  }

  /** The owner pastes the link to the post that really is theirs. */
  async matchByLink(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = linkData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const urn = postUrnIn(parsed.data.postUrl);
    const m = t(person.lang).comments.answers;
    if (!urn) return this.refusal(person, m.notAPostLink);
    const post = await this.deps.tracker.matchByLink(person, parsed.data.postUrn, urn, parsed.data.postUrl);
    if (!post) return this.refusal(person, m.notTheBooker);
    const booking = post.bookingId ? await this.deps.bookings.get(post.bookingId) : null;
    return postMatchCard(post, booking?.title ?? null, this.view(person));
  }

  // ---- helpers ----

  private async act<T extends { commentId: string; version: number }>(
    context: TurnContext,
    person: Person,
    raw: unknown,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    run: (d: T) => Promise<CommentActionOutcome>,
  ): Promise<Card> {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const outcome = await run(parsed.data);
    const m = t(person.lang).comments.answers;
    switch (outcome.kind) {
      case 'not-found':
        return this.refusal(person, m.commentNotFound);
      case 'done': {
        const c = outcome.comment;
        const when = (d: Date) => formatInstant(d, person.lang, this.deps.config.TIMEZONE);
        const notice =
          c.status !== 'open' ? null
          : outcome.handedOver ? { text: t(person.lang).teamwork.answers.handedOver(plain(c.holderName)), tone: 'good' as const }
          : outcome.pastDeadline && c.snoozedUntil && c.deadlineAt ? { text: m.snoozedPastDeadline(when(c.snoozedUntil), when(c.deadlineAt)), tone: 'warning' as const }
          : { text: m.willRemind, tone: 'good' as const };
        return this.card(person, c, outcome.post, notice);
      }
      case 'unchanged':
        this.deps.log.info({ userId: person.id, commentId: outcome.comment.id }, 'stale or repeated comment action');
        return this.card(person, outcome.comment, outcome.post, { text: m.outOfDate, tone: 'warning' });
      case 'refused': {
        this.deps.log.warn({ userId: person.id, commentId: outcome.comment.id, reason: outcome.reason }, 'comment action refused');
        const tw = t(person.lang).teamwork.answers;
        const holder = await this.deps.teamwork.parts.away.holderOf(outcome.comment, outcome.post);
        const text = outcome.reason === 'already-holder' ? tw.alreadyHolder(plain(holder?.name ?? outcome.comment.holderName ?? '')) : tw.handOverNotAllowed;
        return this.card(person, outcome.comment, outcome.post, { text, tone: 'attention' });
      }
      case 'no-api':
        return this.card(person, outcome.comment, outcome.post, { text: m.noApi, tone: 'attention' });
      case 'reply-failed':
        return this.card(person, outcome.comment, outcome.post, { text: m.replyFailed(outcome.detail), tone: 'attention' });
    }
  }

  /** The reminder card as the answer to a person's click: worded for them, with who holds it and their signature. */
  private async card(person: Person, c: TrackedComment, post: Post, notice: { text: string; tone: Tone } | null): Promise<Card> {
    const facts = await this.deps.teamwork.facts(c, post);
    const signer = { name: person.name, title: await this.deps.signatures.of(person.id) };
    return reminderCard(c, post, null, this.view(person), { notice, signatureTitle: signer.title, teamwork: facts, signer });
  }

  private async form(person: Person, values: CommentFormValues, error: string): Promise<Card> {
    const choices = postChoices(await this.deps.bookings.recent(), await this.deps.tracker.recentPosts(), { lang: person.lang, today: this.deps.bookings.today(), timeZone: this.deps.config.TIMEZONE });
    return commentFormCard(choices, values, error, { lang: person.lang });
  }

  private async statusCardFor(person: Person): Promise<Card> {
    return statusCard(statusSections(await this.deps.operations.status(), person.lang, this.deps.config.TIMEZONE), { lang: person.lang, now: this.deps.clock.now(), timeZone: this.deps.config.TIMEZONE });
  }

  private view(person: Person): CommentViewContext {
    return {
      lang: person.lang,
      now: this.deps.clock.now(),
      timeZone: this.deps.config.TIMEZONE,
      canReply: this.deps.canReply,
      workdayStart: clockOfMinutes(this.deps.config.WORKING_HOURS.start),
      viewerId: person.id,
    };
  }

  private refusal(person: Person, message: string): Card {
    return refusalCard(person, message);
  }

  private invalid(person: Person, raw: unknown, error: unknown): Card {
    return invalidCard(this.deps.log, person, raw, error);
  }
}
