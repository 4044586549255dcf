import type { Absence } from '../../domain/absence';
import type { Lang, LocalDate } from '../../domain/calendar';
import type { HeldQuestion, QuestionFilter } from '../../domain/questions';
import { QUESTION_FILTERS } from '../../domain/questions';
import type { PickedPerson } from '../../services/teamwork';
import type { SavedReply } from '../../store/teamwork';
import { Card, renderCard, Tone, toneColor } from '../cards';
import { holderText, postLabel } from '../comments/views';
import { t } from '../messages';
import { formatDay, formatInstant, plain, quoted } from '../text';

/** How many questions /frågor lists on one card; the rest are counted. */
export const QUESTIONS_SHOWN = 20;

type Notice = { text: string; tone: Tone } | null;

/** An away period in words: "Louise Lind: onsdag 1 juli – tisdag 28 juli, ersättare Erik Berg". */
function periodLine(a: Absence, lang: Lang, thisYear: string): string {
  return t(lang).teamwork.away.period(plain(a.userName), formatDay(a.fromDay, lang, thisYear), formatDay(a.toDay, lang, thisYear), plain(a.substituteName));
}

/** The first words of a comment, quoted, for the list. */
function shortQuote(text: string | null, lang: Lang): string {
  if (!text) return t(lang).comments.noText;
  const one = text.replace(/\s+/g, ' ').trim();
  return quoted(plain(one.length > 160 ? `${one.slice(0, 157)}…` : one), lang);
}

/** /frågor: the open questions under a filter, oldest deadline first, with who holds each; who is away now. */
export function questionsCard(
  questions: HeldQuestion[],
  filter: QuestionFilter,
  away: Absence[],
  ctx: { lang: Lang; now: Date; timeZone: string; today: LocalDate; viewerId: string },
  notice: Notice,
): Card {
  const m = t(ctx.lang).teamwork.questions;
  const c = t(ctx.lang).comments;
  const shown = questions.slice(0, QUESTIONS_SHOWN);
  const when = (d: Date) => formatInstant(d, ctx.lang, ctx.timeZone);
  const view = { lang: ctx.lang, now: ctx.now, timeZone: ctx.timeZone, canReply: false, workdayStart: '08:00', viewerId: ctx.viewerId };
  return renderCard('questions', {
    t: m,
    notice: notice?.text ?? '',
    noticeColor: toneColor(notice?.tone),
    showing: questions.length === 0 ? `${m.filters[filter]}: ${m.none}` : m.showing(m.filters[filter], questions.length),
    questions: shown.map((q) => {
      const overdue = q.comment.deadlineAt !== null && q.comment.deadlineAt < ctx.now;
      const facts = [{ title: c.post, value: postLabel(q.post, ctx.lang) }];
      const owner = q.post.ownerName && q.post.matchStatus !== 'rejected' ? plain(q.post.ownerName) : m.noOwner;
      facts.push({ title: m.owner, value: owner });
      if (q.post.department) facts.push({ title: m.departmentLabel, value: plain(q.post.department) });
      if (q.comment.deadlineAt) facts.push({ title: c.answerBy, value: overdue ? m.overdue(when(q.comment.deadlineAt)) : when(q.comment.deadlineAt) });
      facts.push({ title: t(ctx.lang).teamwork.card.holder, value: holderText(q.holder, q.comment, view) });
      return { quote: shortQuote(q.comment.text, ctx.lang), color: overdue ? 'Attention' : 'Default', facts };
    }),
    more: questions.length > shown.length ? m.more(questions.length - shown.length) : '',
    away: away
      .filter((a) => a.fromDay <= ctx.today && ctx.today <= a.toDay)
      .map((a) => m.away(plain(a.userName), formatDay(a.toDay, ctx.lang, ctx.today.slice(0, 4)), plain(a.substituteName))),
    filters: QUESTION_FILTERS.map((f) => ({ title: m.filters[f], value: f })),
  });
}

/** The /ledig form: the periods set, and dates and a substitute to set one (superadmins may choose who). */
export function awayCard(
  periods: Absence[],
  people: PickedPerson[],
  viewer: { id: string; isSuperadmin: boolean },
  ctx: { lang: Lang; today: LocalDate },
  notice: Notice,
  values: { fromDay?: string; toDay?: string; substituteId?: string } = {},
): Card {
  const m = t(ctx.lang).teamwork.away;
  const year = ctx.today.slice(0, 4);
  return renderCard('away', {
    t: m,
    notice: notice?.text ?? '',
    noticeColor: toneColor(notice?.tone),
    isSuperadmin: viewer.isSuperadmin,
    periods: periods.map((a) => ({
      line: periodLine(a, ctx.lang, year),
      canEnd: viewer.isSuperadmin || a.userId === viewer.id,
      endTitle: a.userId === viewer.id ? m.end : m.endFor(plain(a.userName)),
      userId: a.userId,
    })),
    people: people.map((p) => ({ title: p.name, value: p.id })).sort((a, b) => a.title.localeCompare(b.title, 'sv')),
    values: { fromDay: '', toDay: '', substituteId: '', ...values },
  });
}

/** /svar: the saved replies; superadmins add and remove them. */
export function savedRepliesCard(replies: SavedReply[], canEdit: boolean, lang: Lang, notice: Notice, values: { title?: string; body?: string } = {}): Card {
  const m = t(lang).teamwork.replies;
  return renderCard('saved-replies', {
    t: m,
    notice: notice?.text ?? '',
    noticeColor: toneColor(notice?.tone),
    canEdit,
    replies: replies.map((r) => ({ id: r.id, title: plain(r.title), body: plain(r.body), canEdit, removeTitle: m.remove })),
    values: { title: '', body: '', ...values },
  });
}
