import { randomUUID } from 'node:crypto';
import type { Lang, LocalDate } from '../../domain/calendar';
import { weekday } from '../../domain/calendar';
import { BookingWarning, lastBookableDay, ScheduleRules } from '../../domain/schedule';
import type { BookingRequest, ScheduleDay } from '../../services/booking';
import type { Booking } from '../../store/bookings';
import { Card, renderCard, Tone, toneColor } from '../cards';
import { categoryName, choices, formatDay, formatInstant, goalName, plain, postTypeName, warningText } from '../text';

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
}

const sv = (ctx: ViewContext) => ctx.lang === 'sv';
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
        return `${plain(b.title)} (${plain(b.department)}, ${plain(b.ownerName)})${extra}`;
      });
      const freeText = sv(ctx) ? 'Ledig' : 'Free';
      const status = taken.length > 0 ? taken.join('\n\n') + (d.free > 0 && ctx.rules.capacity > 1 ? `\n\n${freeText} (${d.free})` : '') : freeText;
      return {
        label: capital(day(d.day, ctx)),
        status: special ? `${status} · ${special.name}` : status,
        weight: taken.length > 0 ? 'Bolder' : 'Default',
        color: taken.length > 0 && d.free === 0 ? 'Default' : 'Good',
        muted: off,
        weekStart: dow === 1,
      };
    }),
  });
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
      heading: sv(ctx) ? 'LinkedIn-schemat' : 'The LinkedIn schedule',
      subtitle: sv(ctx)
        ? `${capital(day(days[0].day, ctx))} – ${day(days[days.length - 1].day, ctx)}: ${booked} av ${days.length} dagar bokade. Ett inlägg om dagen.`
        : `${capital(day(days[0].day, ctx))} – ${day(days[days.length - 1].day, ctx)}: ${booked} of ${days.length} days booked. One post a day.`,
      updated: sv(ctx) ? `Uppdaterat ${formatInstant(ctx.now, 'sv', ctx.timeZone)}` : `Updated ${formatInstant(ctx.now, 'en', ctx.timeZone)}`,
      book: sv(ctx) ? 'Boka en dag' : 'Book a day',
      mine: sv(ctx) ? 'Mina bokningar' : 'My bookings',
      refresh: sv(ctx) ? 'Uppdatera' : 'Refresh',
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
}

/** The booking form under the coming four weeks. */
export function bookingFormCard(days: ScheduleDay[], values: FormValues, error: string, ctx: ViewContext): Card {
  const s = sv(ctx);
  return renderCard('booking-form', {
    t: {
      heading: s ? 'Boka en dag i LinkedIn-schemat' : 'Book a day in the LinkedIn schedule',
      intro: s ? 'De kommande fyra veckorna:' : 'The coming four weeks:',
      formHeading: s ? 'Din bokning' : 'Your booking',
      day: s ? 'Dag' : 'Day',
      dayError: s ? 'Välj en dag.' : 'Choose a day.',
      title: s ? 'Rubrik' : 'Title',
      titlePlaceholder: s ? 'Till exempel: Möt vår nya undersköterska' : 'For example: Meet our new nurse',
      titleError: s ? 'Skriv en rubrik.' : 'Write a title.',
      department: s ? 'Förvaltning' : 'Department',
      postType: s ? 'Typ' : 'Type',
      sponsored: s
        ? 'Sponsrat inlägg? Det behöver ingen bokning: betalda, riktade inlägg konkurrerar inte om räckvidden.'
        : 'Sponsored post? It needs no booking: paid, targeted posts do not compete for reach.',
      category: s ? 'Innehållskategori' : 'Content category',
      goal: s ? 'Mål' : 'Goal',
      timeOfDay: s ? 'Tid på dagen (valfritt)' : 'Time of day (optional)',
      required: s ? 'Välj ett alternativ.' : 'Choose one.',
      submit: s ? 'Boka' : 'Book',
    },
    error,
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

function bookingFacts(b: Pick<Booking, 'department' | 'postType' | 'category' | 'goal' | 'timeOfDay'> & { day: LocalDate }, ctx: ViewContext) {
  const s = sv(ctx);
  const facts = [
    { title: s ? 'Dag' : 'Day', value: capital(day(b.day, ctx)) },
    { title: s ? 'Förvaltning' : 'Department', value: plain(b.department) },
    { title: s ? 'Typ' : 'Type', value: postTypeName(b.postType, ctx.lang) },
    { title: s ? 'Kategori' : 'Category', value: categoryName(b.category, ctx.lang) },
    { title: s ? 'Mål' : 'Goal', value: goalName(b.goal, ctx.lang) },
  ];
  if (b.timeOfDay) facts.push({ title: s ? 'Tid' : 'Time', value: b.timeOfDay });
  return facts;
}

/** Notices shown above a booking card, and their colour. */
export type Notice = { text: string; tone: Tone } | null;

const noticeColor = (n: Notice) => toneColor(n?.tone);

/** One booking: who booked what for when, what happened to it, and buttons to change it. */
export function bookingCard(b: Booking, notice: Notice, ctx: ViewContext): Card {
  const s = sv(ctx);
  const active = b.status === 'active';
  const facts = bookingFacts(b, ctx);
  facts.push({ title: s ? 'Bokad av' : 'Booked by', value: `${plain(b.ownerName)}, ${formatInstant(b.createdAt, ctx.lang, ctx.timeZone)}` });
  if (b.overrideReason) facts.push({ title: s ? 'Extra inlägg, skäl' : 'Extra post, reason', value: plain(b.overrideReason) });
  const history = !active
    ? s
      ? `Avbokad av ${plain(b.cancelledByName)}, ${formatInstant(b.cancelledAt ?? b.updatedAt, 'sv', ctx.timeZone)}.`
      : `Cancelled by ${plain(b.cancelledByName)}, ${formatInstant(b.cancelledAt ?? b.updatedAt, 'en', ctx.timeZone)}.`
    : b.version > 1
      ? s
        ? `Senast ändrad av ${plain(b.updatedByName)}, ${formatInstant(b.updatedAt, 'sv', ctx.timeZone)}.`
        : `Last changed by ${plain(b.updatedByName)}, ${formatInstant(b.updatedAt, 'en', ctx.timeZone)}.`
      : '';
  return renderCard('booking', {
    t: {
      heading: active ? (s ? `Bokat: ${day(b.day, ctx)}` : `Booked: ${day(b.day, ctx)}`) : s ? `Avbokad: ${day(b.day, ctx)}` : `Cancelled: ${day(b.day, ctx)}`,
      history,
      edit: s ? 'Ändra detaljer' : 'Edit details',
      titleLabel: s ? 'Rubrik' : 'Title',
      department: s ? 'Förvaltning' : 'Department',
      postType: s ? 'Typ' : 'Type',
      category: s ? 'Kategori' : 'Category',
      goal: s ? 'Mål' : 'Goal',
      timeOfDay: s ? 'Tid på dagen (valfritt)' : 'Time of day (optional)',
      required: s ? 'Fyll i.' : 'Required.',
      save: s ? 'Spara' : 'Save',
      move: s ? 'Flytta' : 'Move',
      moveTo: s ? 'Ny dag' : 'New day',
      moveSubmit: s ? 'Flytta hit' : 'Move here',
      cancel: s ? 'Avboka' : 'Cancel booking',
    },
    notice: notice?.text ?? '',
    noticeColor: noticeColor(notice),
    headingColor: active ? 'Default' : 'Attention',
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
  ctx: ViewContext;
  attention: boolean;
}): Card {
  const s = sv(opts.ctx);
  return renderCard('booking-choice', {
    t: {
      heading: opts.heading,
      lead: opts.lead,
      choicesLead: opts.choicesLead,
      noChoices: opts.noChoices,
      overrideLead: s ? 'Superadmin: boka dagen ändå, med ett skäl som visas i schemat.' : 'Superadmin: book the day anyway, with a reason shown on the schedule.',
      overrideReason: s ? 'Skäl' : 'Reason',
      overrideReasonError: s ? 'Skriv ett skäl.' : 'Give a reason.',
      overrideSubmit: s ? 'Boka ändå' : 'Book anyway',
    },
    headingColor: opts.attention ? 'Attention' : 'Warning',
    reasons: opts.reasons,
    facts: opts.facts,
    choices: opts.choices,
    primary: opts.primary.map((p) => ({ style: 'default', ...p })),
    override: opts.override,
  });
}

/** The day needs a confirmation: it says why, and books only when the editor confirms. */
export function bookingWarningCard(req: BookingRequest, warnings: BookingWarning[], ctx: ViewContext): Card {
  const s = sv(ctx);
  return choiceCard({
    ctx,
    attention: false,
    heading: s ? `Vill du boka ${day(req.day, ctx)} ändå?` : `Book ${day(req.day, ctx)} anyway?`,
    lead: s ? 'Dagen är ledig, men:' : 'The day is free, but:',
    reasons: warnings.map((w) => warningText(w, ctx.lang)),
    facts: [{ title: s ? 'Rubrik' : 'Title', value: plain(req.title) }, ...bookingFacts(req, ctx)],
    choicesLead: '',
    noChoices: '',
    choices: [],
    primary: [
      { title: s ? 'Boka ändå' : 'Book anyway', verb: 'booking.submit', data: { ...requestData(req), requestId: req.requestId ?? randomUUID(), confirmWarnings: true }, style: 'positive' },
      { title: s ? 'Välj en annan dag' : 'Choose another day', verb: 'booking.form', data: requestData(req) },
    ],
    override: null,
  });
}

/** The day is full: who has it, the nearest free days as one-click buttons, and the override for superadmins. */
export function dayFullCard(req: BookingRequest, alternatives: LocalDate[], bookings: Booking[], canOverride: boolean, ctx: ViewContext): Card {
  const s = sv(ctx);
  return choiceCard({
    ctx,
    attention: true,
    heading: s ? `${capital(day(req.day, ctx))} är redan bokad` : `${capital(day(req.day, ctx))} is already booked`,
    lead: s ? 'Vi sprider ut inläggen: ett om dagen. Dagen har redan:' : 'We spread posts out: one a day. The day already has:',
    reasons: bookings.map((b) => `${plain(b.title)} (${plain(b.department)}, ${plain(b.ownerName)})`),
    facts: [{ title: s ? 'Din rubrik' : 'Your title', value: plain(req.title) }],
    choicesLead: s ? 'Närmaste lediga dagar, boka med ett klick:' : 'Nearest free days, book with one click:',
    noChoices: s ? 'Det finns inga lediga dagar i närheten. Skriv /schema för hela schemat.' : 'There are no free days nearby. Type /schedule for the whole schedule.',
    choices: alternatives.map((alt) => ({
      title: capital(day(alt, ctx)),
      verb: 'booking.submit',
      data: { ...requestData(req), day: alt, requestId: randomUUID() },
    })),
    primary: [{ title: s ? 'Välj en annan dag' : 'Choose another day', verb: 'booking.form', data: requestData(req) }],
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
  const s = sv(ctx);
  const moveData = (d: LocalDate, confirm: boolean) => ({ bookingId: b.id, version: b.version, day: d, confirmWarnings: confirm, from });
  if ('warnings' in outcome) {
    return choiceCard({
      ctx,
      attention: false,
      heading: s ? `Flytta till ${day(target, ctx)} ändå?` : `Move to ${day(target, ctx)} anyway?`,
      lead: s ? 'Dagen är ledig, men:' : 'The day is free, but:',
      reasons: outcome.warnings.map((w) => warningText(w, ctx.lang)),
      facts: [{ title: s ? 'Rubrik' : 'Title', value: plain(b.title) }],
      choicesLead: '',
      noChoices: '',
      choices: [],
      primary: [{ title: s ? 'Flytta ändå' : 'Move anyway', verb: 'booking.move', data: moveData(target, true), style: 'positive' }],
      override: null,
    });
  }
  return choiceCard({
    ctx,
    attention: true,
    heading: s ? `${capital(day(target, ctx))} är redan bokad` : `${capital(day(target, ctx))} is already booked`,
    lead: s ? `"${plain(b.title)}" ligger kvar på ${day(b.day, ctx)}.` : `"${plain(b.title)}" stays on ${day(b.day, ctx)}.`,
    reasons: [],
    facts: [],
    choicesLead: s ? 'Närmaste lediga dagar, flytta med ett klick:' : 'Nearest free days, move with one click:',
    noChoices: s ? 'Det finns inga lediga dagar i närheten.' : 'There are no free days nearby.',
    choices: outcome.alternatives.map((alt) => ({ title: capital(day(alt, ctx)), verb: 'booking.move', data: moveData(alt, false) })),
    primary: [],
    override: null,
  });
}

/** The editor's bookings, each with Move and Cancel. */
export function myBookingsCard(bookings: Booking[], notice: Notice, ctx: ViewContext): Card {
  const s = sv(ctx);
  return renderCard('my-bookings', {
    t: {
      heading: s ? 'Mina bokningar' : 'My bookings',
      empty: s ? 'Du har inga kommande bokningar. Skriv /book för att boka en dag.' : 'You have no coming bookings. Type /book to book a day.',
      move: s ? 'Flytta' : 'Move',
      moveTo: s ? 'Ny dag' : 'New day',
      moveSubmit: s ? 'Flytta hit' : 'Move here',
      cancel: s ? 'Avboka' : 'Cancel booking',
      required: s ? 'Välj en dag.' : 'Choose a day.',
      book: s ? 'Boka en dag' : 'Book a day',
    },
    notice: notice?.text ?? '',
    noticeColor: noticeColor(notice),
    ...bounds(ctx),
    bookings: bookings.map((b, i) => ({
      id: b.id,
      version: b.version,
      dayLabel: capital(day(b.day, ctx)),
      title: plain(b.title),
      details: [plain(b.department), postTypeName(b.postType, ctx.lang), categoryName(b.category, ctx.lang), b.timeOfDay].filter(Boolean).join(' · '),
      moveInput: `moveTo${i}`,
    })),
  });
}

/** A short message card, for refusals and errors, with optional buttons. */
export function noticeCard(heading: string, message: string, tone: Tone, actions: Choice[] = []): Card {
  return renderCard('notice', { heading, message, color: toneColor(tone), actions });
}
