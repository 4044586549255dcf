import type { Lang } from '../../domain/calendar';
import { change, engagementRate, interactions, Month, NetworkFigures, PageFigures, totalPosts } from '../../domain/followup';
import type { FollowupReport, PagePosts, PageSide } from '../../services/followup';
import { Card, renderCard, Tone, toneColor } from '../cards';
import { t } from '../messages';
import { formatInstant, monthName, plain, showcasePageName } from '../text';

/** What the follow-up card needs to know about its reader and where it goes. */
export interface FollowupViewContext {
  lang: Lang;
  timeZone: string;
  /** The signed link to the month's CSV. */
  csvUrl: string;
  /** Offer the form for the page's figures (only superadmins can save it: the server checks). */
  canEnter: boolean;
  notice?: { text: string; tone: Tone } | null;
}

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A number as the reader writes it: "12 400" / "12,400"; `digits` decimals at most. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

/** A fraction as a percentage: "75 %" / "75%". */
export function formatPercent(fraction: number, lang: Lang, digits = 0): string {
  const n = formatNumber(fraction * 100, lang, digits);
  return lang === 'sv' ? `${n} %` : `${n}%`;
}

/** A change as a signed percentage: "+24 %", "−10 %", "±0 %"; '' when there is nothing to compare with. */
export function formatChange(fraction: number | null, lang: Lang): string {
  if (fraction === null) return '';
  const rounded = Math.round(fraction * 100);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatPercent(Math.abs(rounded) / 100, lang)}`;
}

/** Working hours as "2 tim 30 min" / "2 h 30 min"; '–' for none. */
export function formatHours(hours: number | null, lang: Lang): string {
  const m = t(lang).followup;
  if (hours === null) return m.none;
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (h === 0) return `${rest} ${m.minutes}`;
  return rest === 0 ? `${h} ${m.hours}` : `${h} ${m.hours} ${rest} ${m.minutes}`;
}

/** A month as people say it: "november 2026", "November 2026". */
export function monthTitle(month: Month, lang: Lang): string {
  const [y, mo] = month.split('-').map(Number);
  return `${monthName(mo, lang)} ${y}`;
}

/** Where the page's figures came from, in a sentence. */
function sourceLine(side: PageSide, lang: Lang, timeZone: string): string {
  const m = t(lang).followup;
  if (side.source.kind === 'api') return m.sourceApi;
  if (side.source.kind === 'manual') return m.sourceManual(plain(side.source.byName), formatInstant(side.source.at, lang, timeZone));
  return side.source.apiError ? m.sourceApiFailed : m.sourceNone;
}

/** The page's figures as facts: this month, and the month before with the change. */
function pageFacts(now: PageFigures, before: PageFigures | null, beforeName: string, lang: Lang): { title: string; value: string }[] {
  const m = t(lang).followup;
  const num = (n: number | null) => (n === null ? m.none : formatNumber(n, lang));
  const rate = (p: PageFigures) => {
    const r = engagementRate(p);
    return r === null ? m.none : formatPercent(r, lang, 1);
  };
  const rows: [string, (p: PageFigures) => number | null, (p: PageFigures) => string][] = [
    [m.impressions, (p) => p.impressions, (p) => num(p.impressions)],
    [m.reach, (p) => p.reach, (p) => num(p.reach)],
    [m.interactions, (p) => interactions(p), (p) => `${num(interactions(p))} (${m.reactions.toLowerCase()} ${num(p.reactions)}, ${m.comments.toLowerCase()} ${num(p.comments)}, ${m.shares.toLowerCase()} ${num(p.shares)}, ${m.clicks.toLowerCase()} ${num(p.clicks)})`],
    [m.engagement, (p) => engagementRate(p), rate],
    [m.newFollowers, (p) => p.newFollowers, (p) => num(p.newFollowers)],
  ];
  return rows.map(([title, value, shown]) => {
    const earlier = before ? m.versus(beforeName, title === m.interactions ? num(interactions(before)) : shown(before), formatChange(change(value(now), value(before)), lang)) : '';
    return { title, value: earlier ? `${shown(now)} (${earlier})` : shown(now) };
  });
}

/** The network's facts: questions, answer times, what is still open, removals and threats. */
function networkFacts(n: NetworkFigures, before: NetworkFigures, beforeName: string, lang: Lang): { title: string; value: string }[] {
  const m = t(lang).followup;
  const q = n.questions;
  const share = (f: NetworkFigures) => (f.questions.shareInTime === null ? m.none : formatPercent(f.questions.shareInTime, lang));
  const booked = totalPosts(n.posts, 'booked') ?? 0;
  const bookedBefore = totalPosts(before.posts, 'booked') ?? 0;
  return [
    { title: m.posts, value: `${m.postsLine(booked, totalPosts(n.posts, 'published'))} (${m.versus(beforeName, m.postsLine(bookedBefore, totalPosts(before.posts, 'published')), '')})` },
    { title: m.questions, value: `${q.asked} (${m.versus(beforeName, String(before.questions.asked), '')})` },
    {
      title: m.shareInTime,
      value: q.shareInTime === null ? m.noQuestions : `${m.shareLine(share(n), q.answeredInTime, q.decided)} (${m.versus(beforeName, share(before), '')})`,
    },
    { title: m.medianTime, value: `${formatHours(q.medianHours, lang)} (${m.versus(beforeName, formatHours(before.questions.medianHours, lang), '')})` },
    { title: m.p90Time, value: formatHours(q.p90Hours, lang) },
    { title: m.stillOpen, value: m.stillOpenLine(q.openOverdue, q.openWithinDeadline) },
    { title: m.removed, value: `${n.removed} (${m.versus(beforeName, String(before.removed), '')})` },
    { title: m.threats, value: `${n.threats} (${m.versus(beforeName, String(before.threats), '')})` },
  ];
}

/** A page as the follow-up names it: the default page as the booking form does, a showcase page by its name. */
export function pageTitle(p: Pick<PagePosts, 'pageUrn' | 'name'>, lang: Lang): string {
  return showcasePageName({ pageUrn: p.pageUrn, pageName: p.name }) ?? t(lang).booking.form.defaultPage;
}

/**
 * The follow-up card: the page's figures (whole network) with a chart of interactions, posts per department
 * as a grouped bar chart and the questions as a donut, each chart with a plain FactSet as its `fallback` (a
 * client that cannot draw a chart shows the table instead), the network's facts, the CSV download, and for
 * a month without page figures the form to type them in.
 */
export function followupCard(r: FollowupReport, ctx: FollowupViewContext): Card {
  const m = t(ctx.lang).followup;
  const name = monthTitle(r.month, ctx.lang);
  const beforeName = monthName(Number(r.previous.slice(5)), ctx.lang);
  const department = (d: string) => (d ? plain(d) : m.noDepartment);
  const page = r.page;
  const published = r.network.posts.some((p) => p.published !== null);
  const q = r.network.questions;
  const charted = r.network.posts.filter((p) => p.booked > 0 || (p.published ?? 0) > 0);
  const slices: [string, number][] = [
    [m.inTime, q.answeredInTime],
    [m.late, q.answeredLate],
    [m.openOverdue, q.openOverdue],
    [m.openWithin, q.openWithinDeadline],
  ];
  const interactionKinds: [string, (p: PageFigures) => number][] = [
    [m.reactions, (p) => p.reactions],
    [m.comments, (p) => p.comments],
    [m.shares, (p) => p.shares],
    [m.clicks, (p) => p.clicks],
  ];
  const pageSeries = (label: string, p: PageFigures | null | undefined) => (p ? [{ legend: label, values: interactionKinds.map(([x, y]) => ({ x, y: y(p) })) }] : []);
  return renderCard('followup', {
    t: m,
    heading: r.department ? m.headingDepartment(name, plain(r.department)) : m.heading(name),
    comparedWith: m.comparedWith(monthTitle(r.previous, ctx.lang)),
    notice: ctx.notice?.text ?? '',
    noticeColor: toneColor(ctx.notice?.tone),
    hasPage: page !== null,
    pageSource: page ? sourceLine(page, ctx.lang, ctx.timeZone) : '',
    pageFacts: page?.figures ? pageFacts(page.figures, r.pageBefore?.figures ?? null, beforeName, ctx.lang) : [],
    hasInteractionsChart: Boolean(page?.figures),
    interactionsChart: [...pageSeries(name, page?.figures), ...pageSeries(monthTitle(r.previous, ctx.lang), r.pageBefore?.figures)],
    networkTitle: r.department ? plain(r.department) : m.network,
    // The chart shows the departments with posts (nine bars would cut every name short); the table behind it all.
    hasPostsChart: charted.length > 0,
    postsChart: [
      { legend: m.booked, values: charted.map((p) => ({ x: department(p.department), y: p.booked })) },
      ...(published ? [{ legend: m.published, values: charted.map((p) => ({ x: department(p.department), y: p.published ?? 0 })) }] : []),
    ],
    postsTable: r.network.posts.map((p) => ({ title: department(p.department), value: m.postsLine(p.booked, p.published) })),
    pagesTable: r.perPage.map((p) => ({ title: pageTitle(p, ctx.lang), value: m.postsLine(p.booked, p.published) })),
    publishedNote: published ? '' : m.publishedUnknown,
    hasQuestionsChart: q.asked > 0,
    questionsChart: slices.filter(([, n]) => n > 0).map(([legend, value]) => ({ legend, value })),
    questionsTable: slices.map(([title, n]) => ({ title, value: String(n) })),
    networkFacts: networkFacts(r.network, r.networkBefore, beforeName, ctx.lang),
    csvUrl: ctx.csvUrl,
    canEnter: ctx.canEnter && page !== null,
    enterHint: m.enterHint(name),
    month: r.month,
  });
}
