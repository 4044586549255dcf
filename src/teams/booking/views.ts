import { randomUUID } from 'node:crypto';
import type { Lang, LocalDate } from '../../domain/calendar';
import { weekday } from '../../domain/calendar';
import { BookingWarning, exampleBookingDay, lastBookableDay, ScheduleRules } from '../../domain/schedule';
import type { BookingRequest, ScheduleDay } from '../../services/booking';
import type { Booking } from '../../domain/booking';
import type { BookablePage } from '../deps';
import { Card, renderCard, Tone, toneColor } from '../cards';
import { categoryName, choices, formatDay, formatInstant, goalName, plain, postTypeName, shortDay, showcasePageName, warningText } from '../text';
import { t } from '../messages';

/** What every booking view needs to know about the reader and the moment. */
export interface ViewContext {
  lang: Lang;
  today: LocalDate;
  now: Date;
  timeZone: string;
  rules: ScheduleRules;
  departments: string[];
}

/** A button on a card: an Action.Execute with its verb and data. */
interface Choice {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: string;
  /** Whether the card's inputs go with the click: 'none' for buttons that must work with a required input left empty. */
  associatedInputs?: 'auto' | 'none';
}

const m = (ctx: ViewContext) => t(ctx.lang).booking;
const year = (ctx: ViewContext) => ctx.today.slice(0, 4);
const day = (d: LocalDate, ctx: ViewContext) => formatDay(d, ctx.lang, year(ctx));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function daysContainer(days: ScheduleDay[], ctx: ViewContext): Card {
  return renderCard('schedule-days', {
    days: days.map((d) => {
      const special = ctx.rules.holidays.special(d.day, ctx.lang);
      const dow = weekday(d.day);
      const off = dow === 0 || dow === 6 || special?.kind === 'holiday';
      const taken = d.bookings.map((b) => {
        const extra = b.overrideReason ? ` · extra: ${plain(b.overrideReason)}` : '';
        return `${plain(b.title)} (${plain(b.department)}, ${plain(b.ownerName)})${extra}${pageSuffix(b)}`;
      });
      const freeText = m(ctx).free;
      // `free` counts the default page: a day with only a showcase page's post is still free on the main page.
      const sharesDay = ctx.rules.capacity > 1 || d.bookings.some((b) => b.pageUrn);
      const status = taken.length > 0 ? taken.join('\n\n') + (d.free > 0 && sharesDay ? `\n\n${freeText} (${d.free})` : '') : freeText;
      return {
        label: capital(day(d.day, ctx)),
        // The day's name first ("Julafton · Ledig"), so that a holiday is seen before its bookings.
        status: special ? `${capital(special.name)} · ${status}` : status,
        weight: taken.length > 0 ? 'Bolder' : 'Default',
        color: taken.length > 0 && d.free === 0 ? 'Default' : 'Good',
        muted: off,
        weekStart: dow === 1,
      };
    }),
  });
}

/** The page a booking is for, after its line, when it is not the default page's: " · Helsingborg Näringsliv". */
function pageSuffix(b: Pick<Booking, 'pageUrn' | 'pageName'>): string {
  const name = showcasePageName(b);
  return name ? ` · ${name}` : '';
}

/** The form's value for the default page (a choice needs a value; null cannot be one). */
export const DEFAULT_PAGE = 'default';

/** The page choice: the default page first, then each showcase page; none when only the default page is connected. */
function pageChoices(pages: BookablePage[], ctx: ViewContext) {
  if (pages.length === 0) return [];
  return [{ title: m(ctx).form.defaultPage, value: DEFAULT_PAGE }, ...pages.map((p) => ({ title: p.name ?? p.organizationUrn, value: p.organizationUrn }))];
}

/** A day for examples such as `/book 10 dec …`, written as editors type it: always ahead of today. */
export function exampleDay(ctx: ViewContext): string {
  return shortDay(exampleBookingDay(ctx.today, ctx.rules), ctx.lang);
}

function departmentChoices(ctx: ViewContext) {
  return ctx.departments.map((d) => ({ title: d, value: d }));
}

function bounds(ctx: ViewContext) {
  return { min: ctx.today, max: lastBookableDay(ctx.today, ctx.rules) };
}

/** The schedule of the coming weeks, posted in the channel and kept current. */
export function scheduleCard(days: ScheduleDay[], ctx: ViewContext): Card {
  const booked = days.filter((d) => d.bookings.length > 0).length;
  return renderCard('schedule', {
    t: {
      ...m(ctx).schedule,
      subtitle: m(ctx).schedule.subtitle(capital(day(days[0].day, ctx)), day(days[days.length - 1].day, ctx), booked, days.length),
      updated: m(ctx).schedule.updated(formatInstant(ctx.now, ctx.lang, ctx.timeZone)),
    },
    daysContainer: daysContainer(days, ctx),
  });
}

/** Values to pre-fill the booking form with. */
export interface FormValues {
  day?: string;
  title?: string;
  department?: string;
  postType?: string;
  category?: string;
  goal?: string;
  timeOfDay?: string | null;
  /** A showcase page's organization URN, or DEFAULT_PAGE. */
  page?: string;
}

/**
 * The booking form, with the coming four weeks below it for reference. With showcase pages connected it
 * asks which page (the default page first); with the default page alone it does not.
 */
export function bookingFormCard(days: ScheduleDay[], values: FormValues, error: string, ctx: ViewContext, pages: BookablePage[] = []): Card {
  const pageList = pageChoices(pages, ctx);
  return renderCard('booking-form', {
    t: m(ctx).form,
    error,
    pageChoice: pageList.length > 0,
    pages: pageList,
    page: values.page || DEFAULT_PAGE,
    daysContainer: daysContainer(days, ctx),
    values: {
      day: values.day ?? '',
      title: values.title ?? '',
      department: values.department ?? '',
      postType: values.postType ?? 'inlagg',
      category: values.category ?? '',
      goal: values.goal ?? '',
      timeOfDay: values.timeOfDay ?? '',
    },
    ...bounds(ctx),
    departments: departmentChoices(ctx),
    postTypes: choices.postTypes(ctx.lang),
    categories: choices.categories(ctx.lang),
    goals: choices.goals(ctx.lang),
    requestId: randomUUID(),
  });
}

function bookingFacts(b: Pick<Booking, 'department' | 'postType' | 'category' | 'goal' | 'timeOfDay'> & { day: LocalDate; pageUrn?: string | null; pageName?: string | null }, ctx: ViewContext) {
  const f = m(ctx).facts;
  const page = showcasePageName(b);
  const facts = [
    ...(page ? [{ title: f.page, value: page }] : []),
    { title: f.day, value: capital(day(b.day, ctx)) },
    { title: f.department, value: plain(b.department) },
    { title: f.postType, value: postTypeName(b.postType, ctx.lang) },
    { title: f.category, value: categoryName(b.category, ctx.lang) },
    { title: f.goal, value: goalName(b.goal, ctx.lang) },
  ];
  if (b.timeOfDay) facts.push({ title: f.time, value: b.timeOfDay });
  return facts;
}

/** Notices shown above a booking card, and their colour. */
export type Notice = { text: string; tone: Tone } | null;

const noticeColor = (n: Notice) => toneColor(n?.tone);

/**
 * One booking: who booked what for when, what happened to it, and buttons to change it.
 * @param justBooked the answer to the click that booked it: the heading ("Bokat: …") says so in green.
 */
export function bookingCard(b: Booking, notice: Notice, ctx: ViewContext, justBooked = false): Card {
  const w = m(ctx);
  const active = b.status === 'active';
  const facts = bookingFacts(b, ctx);
  facts.push({ title: w.facts.bookedBy, value: `${plain(b.ownerName)}, ${formatInstant(b.createdAt, ctx.lang, ctx.timeZone)}` });
  if (b.overrideReason) facts.push({ title: w.facts.extraReason, value: plain(b.overrideReason) });
  const kc = t(ctx.lang).moderation.kc;
  const kcFlags = [b.kcHandlesComments ? kc.factHandles : '', b.highActivityExpected ? kc.factHigh : ''].filter(Boolean);
  if (kcFlags.length > 0) facts.push({ title: kc.fact, value: kcFlags.join(', ') });
  const history = !active
    ? w.cancelledBy(plain(b.cancelledByName), formatInstant(b.cancelledAt ?? b.updatedAt, ctx.lang, ctx.timeZone))
    : b.version > 1
      ? w.lastChangedBy(plain(b.updatedByName), formatInstant(b.updatedAt, ctx.lang, ctx.timeZone))
      : '';
  return renderCard('booking', {
    t: { heading: active ? w.booked(day(b.day, ctx)) : w.cancelled(day(b.day, ctx)), history, ...w.card },
    notice: notice?.text ?? '',
    noticeColor: noticeColor(notice),
    headingColor: !active ? 'Attention' : justBooked ? 'Good' : 'Default',
    title: b.title,
    titleText: plain(b.title),
    facts,
    active,
    id: b.id,
    version: b.version,
    department: b.department,
    postType: b.postType,
    category: b.category,
    goal: b.goal,
    timeOfDay: b.timeOfDay ?? '',
    departments: departmentChoices(ctx),
    postTypes: choices.postTypes(ctx.lang),
    categories: choices.categories(ctx.lang),
    goals: choices.goals(ctx.lang),
    ...bounds(ctx),
    kc,
    kcHandles: String(b.kcHandlesComments === true),
    highActivity: String(b.highActivityExpected === true),
  });
}

/** The request as card data, so that a button can send it again. */
function requestData(r: BookingRequest): Record<string, unknown> {
  return {
    day: r.day,
    title: r.title,
    department: r.department,
    postType: r.postType,
    category: r.category,
    goal: r.goal,
    timeOfDay: r.timeOfDay ?? '',
    page: r.pageUrn ?? DEFAULT_PAGE,
  };
}

function choiceCard(opts: {
  heading: string;
  lead: string;
  reasons: string[];
  facts: { title: string; value: string }[];
  choicesLead: string;
  noChoices: string;
  choices: Choice[];
  primary: Choice[];
  override: { verb: string; data: Record<string, unknown> } | null;
  /** Asks for a time of day (required for the first primary button only). */
  timeInput?: boolean;
  ctx: ViewContext;
  attention: boolean;
}): Card {
  const w = m(opts.ctx);
  return renderCard('booking-choice', {
    t: { heading: opts.heading, lead: opts.lead, choicesLead: opts.choicesLead, noChoices: opts.noChoices, ...w.override },
    headingColor: opts.attention ? 'Attention' : 'Accent',
    reasons: opts.reasons,
    facts: opts.facts,
    timeInput: opts.timeInput ? { label: w.askTime.label, error: w.askTime.error } : null,
    // Only the button that needs an input takes the card's inputs: a required field left empty (the
    // override's reason, the time) must not block "Välj en annan dag" or a one-click day.
    choices: opts.choices.map((c) => ({ associatedInputs: 'none', ...c })),
    primary: opts.primary.map((p) => ({ style: 'default', associatedInputs: 'none', ...p })),
    override: opts.override,
  });
}

/**
 * The day needs a confirmation: it says why, and books only when the editor confirms. A Friday without a
 * time asks for the time instead; booking without one stays possible.
 */
export function bookingWarningCard(req: BookingRequest & { pageName?: string | null }, warnings: BookingWarning[], ctx: ViewContext): Card {
  const w = m(ctx);
  const requestId = req.requestId ?? randomUUID();
  if (warnings.some((x) => x.kind === 'friday-no-time')) {
    const { timeOfDay: _none, ...withoutTime } = requestData(req);
    return choiceCard({
      ctx,
      attention: false,
      heading: w.askTime.heading(day(req.day, ctx)),
      lead: '',
      reasons: warnings.map((warning) => warningText(warning, ctx.lang)),
      facts: [{ title: w.title, value: plain(req.title) }, ...bookingFacts(req, ctx)],
      choicesLead: '',
      noChoices: '',
      choices: [],
      timeInput: true,
      primary: [
        // The time comes from the input; a time after the cutoff gets the Friday-afternoon warning next.
        { title: w.askTime.book, verb: 'booking.submit', data: { ...withoutTime, requestId }, style: 'positive', associatedInputs: 'auto' },
        { title: w.askTime.bookWithout, verb: 'booking.submit', data: { ...requestData(req), requestId, confirmWarnings: true } },
        { title: w.chooseAnotherDay, verb: 'booking.form', data: requestData(req) },
      ],
      override: null,
    });
  }
  return choiceCard({
    ctx,
    attention: false,
    heading: w.bookAnywayHeading(day(req.day, ctx)),
    lead: w.dayFreeBut,
    reasons: warnings.map((warning) => warningText(warning, ctx.lang)),
    facts: [{ title: w.title, value: plain(req.title) }, ...bookingFacts(req, ctx)],
    choicesLead: '',
    noChoices: '',
    choices: [],
    primary: [
      { title: w.bookAnyway, verb: 'booking.submit', data: { ...requestData(req), requestId, confirmWarnings: true }, style: 'positive' },
      { title: w.chooseAnotherDay, verb: 'booking.form', data: requestData(req) },
    ],
    override: null,
  });
}

/** The day is full: who has it, the nearest free days as one-click buttons, and the override for superadmins. */
export function dayFullCard(req: BookingRequest & { pageName?: string | null }, alternatives: LocalDate[], bookings: Booking[], canOverride: boolean, ctx: ViewContext): Card {
  const w = m(ctx);
  const page = showcasePageName(req);
  return choiceCard({
    ctx,
    attention: true,
    heading: w.alreadyBooked(capital(day(req.day, ctx))),
    lead: w.oneADay,
    reasons: bookings.map((b) => `${plain(b.title)} (${plain(b.department)}, ${plain(b.ownerName)})`),
    facts: [{ title: w.yourTitle, value: plain(req.title) }, ...(page ? [{ title: w.facts.page, value: page }] : [])],
    choicesLead: w.nearestBook,
    noChoices: w.noneNearbySchedule,
    choices: alternatives.map((alt) => ({
      title: capital(day(alt, ctx)),
      verb: 'booking.submit',
      data: { ...requestData(req), day: alt, requestId: randomUUID() },
    })),
    primary: [{ title: w.chooseAnotherDay, verb: 'booking.form', data: requestData(req) }],
    override: canOverride ? { verb: 'booking.submit', data: { ...requestData(req), requestId: randomUUID(), confirmWarnings: true, override: true } } : null,
  });
}

/** A move needs a confirmation (warnings) or another day (full). */
export function moveChoiceCard(
  b: Booking,
  target: LocalDate,
  outcome: { warnings: BookingWarning[] } | { alternatives: LocalDate[] },
  from: string,
  ctx: ViewContext,
): Card {
  const w = m(ctx);
  const moveData = (d: LocalDate, confirm: boolean) => ({ bookingId: b.id, version: b.version, day: d, confirmWarnings: confirm, from });
  if ('warnings' in outcome) {
    return choiceCard({
      ctx,
      attention: false,
      heading: w.moveAnywayHeading(day(target, ctx)),
      lead: w.dayFreeBut,
      reasons: outcome.warnings.map((warning) => warningText(warning, ctx.lang)),
      facts: [{ title: w.title, value: plain(b.title) }],
      choicesLead: '',
      noChoices: '',
      choices: [],
      primary: [{ title: w.moveAnyway, verb: 'booking.move', data: moveData(target, true), style: 'positive' }],
      override: null,
    });
  }
  return choiceCard({
    ctx,
    attention: true,
    heading: w.alreadyBooked(capital(day(target, ctx))),
    lead: w.staysOn(plain(b.title), day(b.day, ctx)),
    reasons: [],
    facts: [],
    choicesLead: w.nearestMove,
    noChoices: w.noneNearby,
    choices: outcome.alternatives.map((alt) => ({ title: capital(day(alt, ctx)), verb: 'booking.move', data: moveData(alt, false) })),
    primary: [],
    override: null,
  });
}

/** Asks before a cancel: the day becomes free for others at once. "Nej" shows the booking again, unchanged. */
export function cancelConfirmCard(b: Booking, from: 'booking' | 'mine', ctx: ViewContext): Card {
  const w = m(ctx).confirmCancel;
  const data = { bookingId: b.id, version: b.version, from };
  return noticeCard(w.heading(day(b.day, ctx)), w.message(plain(b.title)), 'attention', [
    { title: w.yes, verb: 'booking.cancel', data: { ...data, confirmed: true } },
    { title: w.no, verb: 'booking.view', data },
  ]);
}

/** The editor's bookings, each with Move and Cancel. */
export function myBookingsCard(bookings: Booking[], notice: Notice, ctx: ViewContext): Card {
  return renderCard('my-bookings', {
    t: m(ctx).mine,
    notice: notice?.text ?? '',
    noticeColor: noticeColor(notice),
    ...bounds(ctx),
    bookings: bookings.map((b, i) => ({
      id: b.id,
      version: b.version,
      dayLabel: capital(day(b.day, ctx)),
      title: plain(b.title),
      details: [showcasePageName(b), plain(b.department), postTypeName(b.postType, ctx.lang), categoryName(b.category, ctx.lang), b.timeOfDay].filter(Boolean).join(' · '),
      moveInput: `moveTo${i}`,
    })),
  });
}

/** A short message card, for refusals and errors, with optional buttons. */
export function noticeCard(heading: string, message: string, tone: Tone, actions: Choice[] = []): Card {
  return renderCard('notice', { heading, message, color: toneColor(tone), actions });
}
