import type { TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import { parseAwayPeriod } from '../../domain/absence';
import { QUESTION_FILTERS, QuestionFilter, visibleQuestions } from '../../domain/questions';
import type { Outbox } from '../../jobs/outbox';
import type { CommentTracker } from '../../services/comments';
import { MAX_SAVED_REPLIES, PickedPerson, QuestionTeamwork } from '../../services/teamwork';
import type { BookingRepository } from '../../store/bookings';
import { Card, cardActivity } from '../cards';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { invalidCard } from '../replies';
import { formatDay, plain } from '../text';
import { awayCard, questionsCard, savedRepliesCard } from './views';

const filterData = z.object({ filter: z.enum(QUESTION_FILTERS) });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const awayData = z.object({
  fromDay: day,
  toDay: day,
  substituteId: z.string().trim().min(1).max(64),
  userId: z.string().trim().max(64).optional().default(''),
});
const endData = z.object({ userId: z.string().trim().min(1).max(64) });
const addReplyData = z.object({ title: z.string().trim().min(1).max(80), body: z.string().trim().min(1).max(1000) });
const removeReplyData = z.object({ id: z.string().uuid() });

// "/frågor mina", "/questions overdue": the words each filter answers to (å/ä/ö folded).
const FILTER_WORDS: Record<string, QuestionFilter> = {
  '': 'all', alla: 'all', all: 'all',
  mina: 'mine', mine: 'mine', mitt: 'mine', mig: 'mine', my: 'mine',
  forvaltning: 'department', 'min forvaltning': 'department', department: 'department', 'my department': 'department', avdelning: 'department',
  forsenade: 'overdue', forsenad: 'overdue', sena: 'overdue', overdue: 'overdue', late: 'overdue',
};
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();

// "/ledig av", "/away off": ending one's time away.
const END_WORDS = /^(?:av|slut|avsluta|klar|tillbaka|off|end|stop|back)\b\s*/i;
// "för Anna …", "for Anna …": a superadmin sets it for someone else.
const FOR_WORD = /^(?:för|for)\s+/i;
// "… ersättare Erik", "… substitute Erik": who stands in.
const SUBSTITUTE_WORD = /\s*\b(?:ersättare|ersattare|vikarie|substitute|cover)\b\s*:?\s*/i;
// An @mention as Teams writes it into the text.
const MENTION = /<at>([^<]*)<\/at>/i;

/** /frågor, /ledig, /svar and their card actions: working together on the page's questions. */
export class TeamworkHandlers {
  constructor(
    private readonly deps: TeamsDeps & {
      tracker: CommentTracker;
      teamwork: QuestionTeamwork;
      bookingRepo: BookingRepository;
      outbox: Outbox;
    },
  ) {}

  // ---- /frågor ----

  /** `/frågor [mina|förvaltning|försenade]`: open questions, oldest deadline first, with who holds each. */
  async questions(context: TurnContext, person: Person, args: string): Promise<void> {
    if (!(await this.deps.directory.isEditor(context, person))) {
      await context.sendActivity(t(person.lang).notEditor());
      return;
    }
    const filter = FILTER_WORDS[fold(args)];
    if (!filter) {
      this.deps.log.info({ userId: person.id }, '/questions with an unknown filter');
      await context.sendActivity(t(person.lang).teamwork.questions.unknownFilter(plain(args.slice(0, 40))));
      return;
    }
    await context.sendActivity(cardActivity(await this.questionsView(person, filter)));
  }

  /** A filter button on the /frågor card. */
  async filterQuestions(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = filterData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    return this.questionsView(person, parsed.data.filter);
  }

  private async questionsView(person: Person, filter: QuestionFilter): Promise<Card> {
    const away = this.deps.teamwork.parts.away;
    const holding = { today: away.today(), absences: await away.current() };
    const held = await Promise.all(
      (await this.deps.tracker.openQuestions()).map(async (q) => ({ ...q, holder: await away.holderOf(q.comment, q.post) })),
    );
    const department = filter === 'department' ? ((await this.deps.bookingRepo.latestByOwner(person.id))?.department ?? null) : null;
    const now = this.deps.clock.now();
    const shown = visibleQuestions(held, filter, { id: person.id, isSuperadmin: person.isSuperadmin, department }, now);
    const m = t(person.lang).teamwork.questions;
    const notice = filter === 'department' && department === null ? { text: m.noDepartment, tone: 'warning' as const } : null;
    return questionsCard(shown, filter, holding.absences, { lang: person.lang, now, timeZone: this.deps.config.TIMEZONE, today: holding.today, viewerId: person.id }, notice);
  }

  // ---- /ledig ----

  /**
   * `/ledig` (a form), `/ledig 1–28 juli ersättare Erik`, `/ledig 1/7-28/7 @Erik`, `/ledig av`; a
   * superadmin adds `för Anna` to set or end it for someone else.
   */
  async away(context: TurnContext, person: Person, args: string): Promise<void> {
    if (!(await this.deps.directory.isEditor(context, person))) {
      await context.sendActivity(t(person.lang).notEditor());
      return;
    }
    const m = t(person.lang).teamwork.away;
    const reply = async (text: string) => void (await context.sendActivity(MessageFactory.text(text)));
    if (!args.trim()) {
      await context.sendActivity(cardActivity(await this.awayView(person, null)));
      return;
    }
    let rest = args.trim();
    const ending = END_WORDS.test(rest);
    if (ending) rest = rest.replace(END_WORDS, '');
    // Whom it is for: oneself, or (superadmins) the person after "för".
    let who: PickedPerson = { id: person.id, name: person.name };
    if (FOR_WORD.test(rest)) {
      const found = await this.personAtStart(context, rest.replace(FOR_WORD, ''), !ending);
      if (!found.ok) return reply(found.message(person));
      if (found.person.id !== person.id && !person.isSuperadmin) {
        this.deps.log.warn({ userId: person.id }, '/away for someone else refused: not a superadmin');
        return reply(m.onlySuperadminsForOthers);
      }
      who = found.person;
      rest = found.rest;
    }
    if (ending) return reply(await this.end(person, who));
    const [periodText, substituteText] = splitSubstitute(rest);
    const period = parseAwayPeriod(periodText, this.deps.teamwork.parts.away.today());
    if (!period.ok) {
      this.deps.log.info({ userId: person.id, reason: period.reason }, '/away period not read');
      return reply(period.reason === 'no-period' ? m.noPeriod : period.reason === 'backwards' ? m.backwards : period.reason === 'past' ? m.past : m.tooLong);
    }
    if (!substituteText) return reply(m.noSubstitute);
    const substitute = await this.namedPerson(context, substituteText);
    if (!substitute.ok) return reply(substitute.message(person));
    const result = await this.deps.teamwork.parts.away.set(person, who, period, substitute.person.id);
    if (!result.ok) return reply(m[result.reason]);
    await this.tellAbout(result.absence, person);
    const text = m.saved(plain(who.name), this.day(result.absence.fromDay, person), this.day(result.absence.toDay, person), plain(result.absence.substituteName));
    return reply(result.replaced > 0 ? `${text} ${m.replaced}` : text);
  }

  /** The /ledig form's Spara. */
  async setAway(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = awayData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    const d = parsed.data;
    const m = t(person.lang).teamwork.away;
    const values = { fromDay: d.fromDay, toDay: d.toDay, substituteId: d.substituteId };
    let who: PickedPerson = { id: person.id, name: person.name };
    if (d.userId && d.userId !== person.id) {
      if (!person.isSuperadmin) {
        this.deps.log.warn({ userId: person.id }, 'away period for someone else refused: not a superadmin');
        return this.awayView(person, { text: m.onlySuperadminsForOthers, tone: 'attention' }, values);
      }
      const found = await this.deps.teamwork.parts.roster.find(d.userId);
      if (!found) return this.awayView(person, { text: m['person-not-editor'], tone: 'attention' }, values);
      who = found;
    }
    const period = parseAwayPeriod(`${d.fromDay} – ${d.toDay}`, this.deps.teamwork.parts.away.today());
    if (!period.ok) {
      const text = period.reason === 'backwards' ? m.backwards : period.reason === 'past' ? m.past : period.reason === 'too-long' ? m.tooLong : m.noPeriod;
      return this.awayView(person, { text, tone: 'attention' }, values);
    }
    const result = await this.deps.teamwork.parts.away.set(person, who, period, d.substituteId);
    if (!result.ok) return this.awayView(person, { text: m[result.reason], tone: 'attention' }, values);
    await this.tellAbout(result.absence, person);
    const text = m.saved(plain(who.name), this.day(result.absence.fromDay, person), this.day(result.absence.toDay, person), plain(result.absence.substituteName));
    return this.awayView(person, { text: result.replaced > 0 ? `${text} ${m.replaced}` : text, tone: 'good' });
  }

  /** Avsluta on the /ledig card: one's own time away, or (superadmins) anyone's. */
  async endAway(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = endData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    const m = t(person.lang).teamwork.away;
    if (parsed.data.userId !== person.id && !person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, 'ending someone else\'s time away refused: not a superadmin');
      return this.awayView(person, { text: m.onlySuperadminsForOthers, tone: 'attention' });
    }
    const periods = await this.deps.teamwork.parts.away.current(parsed.data.userId);
    const who = { id: parsed.data.userId, name: periods[0]?.userName ?? '' };
    const text = await this.end(person, who);
    return this.awayView(person, { text, tone: periods.length > 0 ? 'good' : 'warning' });
  }

  private async end(person: Person, who: PickedPerson): Promise<string> {
    const m = t(person.lang).teamwork.away;
    const n = await this.deps.teamwork.parts.away.end(who.id, person.id);
    if (n === 0) return m.nothingToEnd;
    return who.id === person.id ? m.endedSelf : m.ended(plain(who.name));
  }

  private async awayView(person: Person, notice: { text: string; tone: 'good' | 'warning' | 'attention' } | null, values = {}): Promise<Card> {
    const away = this.deps.teamwork.parts.away;
    const periods = await away.current(person.isSuperadmin ? undefined : person.id);
    return awayCard(periods, await this.deps.teamwork.parts.roster.everyone(), person, { lang: person.lang, today: away.today() }, notice, values);
  }

  /** The substitute hears they stand in; so does the person away when a superadmin set it for them. */
  private async tellAbout(a: { id: string; userId: string; userName: string; fromDay: string; toDay: string; substituteId: string; substituteName: string }, by: Person): Promise<void> {
    const lang = this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv';
    const m = t(lang).teamwork.away;
    const from = formatDay(a.fromDay, lang);
    const to = formatDay(a.toDay, lang);
    await this.deps.outbox.enqueue({
      key: `away:${a.id}:substitute`,
      target: { kind: 'user', userId: a.substituteId, name: a.substituteName },
      activity: MessageFactory.text(m.substituteNotice(plain(a.userName), from, to)),
    });
    if (a.userId !== by.id) {
      await this.deps.outbox.enqueue({
        key: `away:${a.id}:person`,
        target: { kind: 'user', userId: a.userId, name: a.userName },
        activity: MessageFactory.text(m.saved(plain(a.userName), from, to, plain(a.substituteName))),
      });
    }
  }

  /** A person named at the start of `text` (an @mention, a full name, a first name), and the text after. */
  private async personAtStart(context: TurnContext, text: string, needRest: boolean): Promise<{ ok: true; person: PickedPerson; rest: string } | { ok: false; message: (p: Person) => string }> {
    const mention = MENTION.exec(text);
    if (mention && mention.index === 0) {
      const found = await this.namedPerson(context, mention[0]);
      return found.ok ? { ok: true, person: found.person, rest: text.slice(mention[0].length).trim() } : found;
    }
    const words = text.trim().split(/\s+/);
    for (let n = Math.min(3, needRest ? words.length - 1 : words.length); n >= 1; n--) {
      const matches = await this.deps.teamwork.parts.roster.named(words.slice(0, n).join(' '));
      if (matches.length === 1) return { ok: true, person: matches[0], rest: words.slice(n).join(' ') };
      if (matches.length > 1) return { ok: false, message: (p) => t(p.lang).teamwork.away.ambiguous(plain(words.slice(0, n).join(' ')), matches.map((x) => plain(x.name)).join(', ')) };
    }
    return { ok: false, message: (p) => t(p.lang).teamwork.away.personUnknown(plain(words[0] ?? '')) };
  }

  /** The editor a text names: an @mention (by its Teams id), else a full or first name in the roster. */
  private async namedPerson(context: TurnContext, text: string): Promise<{ ok: true; person: PickedPerson } | { ok: false; message: (p: Person) => string }> {
    const roster = this.deps.teamwork.parts.roster;
    const mention = MENTION.exec(text);
    if (mention) {
      const entity = (context.activity.entities ?? []).find((e) => e.type === 'mention' && (e as { text?: string }).text === mention[0]) as { mentioned?: { id?: string } } | undefined;
      const byId = entity?.mentioned?.id ? await roster.byTeamsId(entity.mentioned.id) : null;
      if (byId) return { ok: true, person: byId };
    }
    const name = (mention ? mention[1] : text).replace(/^@/, '').trim();
    const matches = await roster.named(name);
    if (matches.length === 1) return { ok: true, person: matches[0] };
    if (matches.length > 1) return { ok: false, message: (p) => t(p.lang).teamwork.away.ambiguous(plain(name), matches.map((x) => plain(x.name)).join(', ')) };
    return { ok: false, message: (p) => t(p.lang).teamwork.away.substituteUnknown(plain(name.slice(0, 60))) };
  }

  private day(d: string, person: Person): string {
    return formatDay(d, person.lang, this.deps.teamwork.parts.away.today().slice(0, 4));
  }

  // ---- /svar ----

  /** `/svar`: the saved replies; superadmins add and remove them on the card. */
  async replies(context: TurnContext, person: Person): Promise<void> {
    if (!(await this.deps.directory.isEditor(context, person))) {
      await context.sendActivity(t(person.lang).notEditor());
      return;
    }
    await context.sendActivity(cardActivity(await this.repliesView(person, null)));
  }

  /** Lägg till (superadmins only: app.ts checks). */
  async addReply(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = addReplyData.safeParse(raw);
    const m = t(person.lang).teamwork.replies;
    if (!parsed.success) {
      const values = raw && typeof raw === 'object' ? (raw as { title?: unknown; body?: unknown }) : {};
      const keep = { title: typeof values.title === 'string' ? values.title.slice(0, 80) : '', body: typeof values.body === 'string' ? values.body.slice(0, 1000) : '' };
      this.deps.log.info({ userId: person.id }, 'saved reply without title or text');
      return this.repliesView(person, { text: m.required, tone: 'attention' }, keep);
    }
    const added = await this.deps.teamwork.parts.replies.add(parsed.data, person.name);
    if (!added.ok) return this.repliesView(person, { text: m.full(MAX_SAVED_REPLIES), tone: 'attention' }, parsed.data);
    this.deps.log.info({ userId: person.id, replyId: added.reply.id }, 'saved reply added');
    return this.repliesView(person, { text: m.added(plain(added.reply.title)), tone: 'good' });
  }

  /** Ta bort (superadmins only: app.ts checks). */
  async removeReply(context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = removeReplyData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    const m = t(person.lang).teamwork.replies;
    const reply = await this.deps.teamwork.parts.replies.get(parsed.data.id);
    if (!reply || !(await this.deps.teamwork.parts.replies.remove(parsed.data.id))) return this.repliesView(person, { text: m.gone, tone: 'warning' });
    this.deps.log.info({ userId: person.id, replyId: reply.id }, 'saved reply removed');
    return this.repliesView(person, { text: m.removed(plain(reply.title)), tone: 'good' });
  }

  private async repliesView(person: Person, notice: { text: string; tone: 'good' | 'warning' | 'attention' } | null, values = {}): Promise<Card> {
    return savedRepliesCard(await this.deps.teamwork.parts.replies.list(), person.isSuperadmin, person.lang, notice, values);
  }
}

/** "1–28 juli ersättare Erik" → ["1–28 juli", "Erik"]; "1/7-28/7 <at>Erik</at>" → ["1/7-28/7", "<at>Erik</at>"]; "… @Erik" likewise. */
function splitSubstitute(text: string): [string, string] {
  const word = SUBSTITUTE_WORD.exec(text);
  if (word) return [text.slice(0, word.index).trim(), text.slice(word.index + word[0].length).trim()];
  const mention = MENTION.exec(text);
  if (mention) return [text.slice(0, mention.index).trim(), text.slice(mention.index).trim()];
  const at = /\s@(\S.*)$/.exec(text);
  if (at) return [text.slice(0, at.index).trim(), at[1].trim()];
  return [text.trim(), ''];
}
