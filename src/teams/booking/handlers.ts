import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { addDays, isLocalDate, Lang, LocalDate } from '../../domain/calendar';
import { parseQuickBooking, QuickBookingInput } from '../../domain/dateInput';
import { CATEGORIES, DayCheck, GOALS, parseTimeOfDay, POST_TYPES } from '../../domain/schedule';
import type { BookingRequest, BookOutcome, ChangeOutcome } from '../../services/booking';
import type { Booking } from '../../domain/booking';
import { Card, cardActivity } from '../cards';
import { invalidCard, refusalCard } from '../replies';
import { BookablePage, TeamsDeps, viewFor } from '../deps';
import { channelOf } from '../../services/savChannel';
import type { Person } from '../identity';
import { formatDay, monthName, plain } from '../text';
import { t } from '../messages';
import {
  bookingCard,
  bookingFormCard,
  bookingWarningCard,
  cancelConfirmCard,
  dayFullCard,
  DEFAULT_PAGE,
  exampleDay,
  FormValues,
  moveChoiceCard,
  myBookingsCard,
  Notice,
  noticeCard,
} from './views';

/** The longest title a booking may have (the form says the same). */
const MAX_TITLE = 200;

/** Used by the quick path when the editor has no earlier booking to take the department from. */
// A quick booking without a department stores this placeholder, in the language it was made in.
const UNKNOWN_DEPARTMENT = [t('sv').booking.unknownDepartment, t('en').booking.unknownDepartment];


/** What a card handler answers: a card that replaces the clicked one. */
export type CardReply = Card;

// ---- card data, validated at the boundary: card data is user-controlled ----

const timeOfDay = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v ? v.trim() : ''))
  .refine((v) => v === '' || parseTimeOfDay(v) !== null, 'time must be HH:MM')
  .transform((v) => (v === '' ? null : v));
const flag = z
  .union([z.boolean(), z.literal('true'), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'true');
const version = z.coerce.number().int().positive();
const bookingId = z.string().uuid();

// What the booking form sends: anything may be missing or wrong until the submit checks it.
const formFields = {
  day: z.string().optional(),
  title: z.string().optional(),
  department: z.string().optional(),
  postType: z.string().optional(),
  category: z.string().optional(),
  goal: z.string().optional(),
  page: z.string().max(200).optional(),
};

const submitData = z.object({
  requestId: z.string().min(8).max(64),
  ...formFields,
  timeOfDay,
  confirmWarnings: flag,
  override: flag,
  overrideReason: z.string().max(300).optional(),
});

const detailsShape = {
  title: z.string().trim().min(1).max(200),
  department: z.string().min(1).max(120),
  postType: z.enum(POST_TYPES),
  category: z.enum(CATEGORIES),
  goal: z.enum(GOALS),
  timeOfDay,
};

const editData = z.object({ bookingId, version, ...detailsShape });
const cancelData = z.object({ bookingId, version, from: z.enum(['booking', 'mine']).default('booking'), confirmed: flag });
const viewData = z.object({ bookingId, from: z.enum(['booking', 'mine']).default('booking') });
const moveData = z
  .object({
    bookingId,
    version,
    from: z.enum(['booking', 'mine']).default('booking'),
    day: z.string().optional(),
    moveTo: z.string().optional(),
    field: z.string().regex(/^moveTo\d{1,3}$/).optional(),
    confirmWarnings: flag,
  })
  .passthrough();
const formData = z.object({ ...formFields, timeOfDay: z.string().nullable().optional() }).passthrough();
const weeklyBookData = z.object({ day: z.string().refine(isLocalDate), week: z.string().refine(isLocalDate) });

/** Where a booking's details came from, so that the confirmation can say so. */
type DetailsSource = 'given' | 'previous-booking' | 'none' | 'weekly-note';

/** Why `/book <text>` could not be read, as the answer says it. */
function quickBookingProblem(quick: Exclude<QuickBookingInput, { ok: true }>, args: string, lang: Lang, example: string): string {
  const m = t(lang);
  if (quick.reason === 'no-title') return m.missingTitle(example);
  if (quick.reason === 'no-such-day') {
    const d = quick.noSuchDay;
    // The year matters only for February, whose length changes.
    return m.noSuchDay(monthName(d.month, lang), d.day, d.daysInMonth, d.month === 2 ? d.year : null);
  }
  return m.unreadableDay(args.trim().split(/\s+/)[0], example);
}

/** The booking commands and card actions. */
export class BookingHandlers {
  constructor(private readonly deps: TeamsDeps) {}

  // ---- commands ----

  /** `/book` alone: the form under the coming four weeks. `/book <day> <title>`: the quick path. */
  async book(context: TurnContext, person: Person, args: string): Promise<void> {
    if (!(await this.requireEditor(context, person))) return;
    if (!args.trim()) {
      await context.sendActivity(cardActivity(await this.form(person, await this.defaults(person), '')));
      return;
    }
    const quick = parseQuickBooking(args, this.deps.bookings.today());
    if (!quick.ok) {
      const reply = quickBookingProblem(quick, args, person.lang, exampleDay(this.view(person)));
      this.deps.log.info({ userId: person.id, length: args.length }, 'quick booking not understood');
      await context.sendActivity(reply);
      return;
    }
    // The same limit as the form's: a 100 KB title would make the channel's schedule card too big for Teams.
    if (quick.title.length > MAX_TITLE) {
      this.deps.log.info({ userId: person.id, length: quick.title.length }, 'quick booking title too long');
      await context.sendActivity(t(person.lang).booking.answers.titleTooLong(MAX_TITLE, quick.title.length));
      return;
    }
    // The other details come from the editor's previous booking and the confirmation says so; the time
    // only from what was typed now.
    const defaults = await this.deps.bookings.defaults(person);
    const request: BookingRequest = {
      day: quick.day,
      title: quick.title,
      department: defaults.department ?? t(person.lang).booking.unknownDepartment,
      postType: defaults.postType ?? 'inlagg',
      category: defaults.category ?? 'vardag',
      goal: defaults.goal ?? 'engagera',
      timeOfDay: quick.time,
      requestId: null,
      // In a showcase page's own channel, that page; anywhere else the default page.
      pageUrn: (await this.pageOfChannel(context))?.organizationUrn ?? null,
    };
    const source: DetailsSource = defaults.department ? 'previous-booking' : 'none';
    const reply = await this.answerBooking(person, request, await this.deps.bookings.book(person, request), source);
    await context.sendActivity(typeof reply === 'string' ? reply : cardActivity(reply));
  }

  /** `/schedule`: the coming four weeks. */
  async schedule(context: TurnContext): Promise<void> {
    await this.deps.board.post(context);
  }

  /** `/mine`: the editor's bookings with Move and Cancel. */
  async mine(context: TurnContext, person: Person): Promise<void> {
    if (!(await this.requireEditor(context, person))) return;
    await context.sendActivity(cardActivity(await this.mineCard(person, null)));
  }

  // ---- card actions ----

  /** Submit of the form, a one-click alternative, a confirmed warning or a superadmin's override. */
  async submit(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = submitData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const d = parsed.data;
    const values: FormValues = { ...d, timeOfDay: d.timeOfDay ?? '' };
    const m = t(person.lang).booking.answers;
    if (!d.day || !isLocalDate(d.day)) return this.form(person, values, m.chooseDay);
    if (!d.title?.trim()) return this.form(person, values, m.writeTitle);
    const details = z.object(detailsShape).safeParse({ ...d, title: d.title });
    const departmentKnown = d.department && (this.deps.config.DEPARTMENTS.includes(d.department) || UNKNOWN_DEPARTMENT.includes(d.department));
    if (!details.success || !departmentKnown) {
      return this.form(person, values, m.chooseDetails);
    }
    // The page is checked against the pages connected now: card data may be forged, or the page disconnected since.
    const page = await this.chosenPage(d.page);
    if (!page.ok) {
      this.deps.log.warn({ userId: person.id, page: d.page?.slice(0, 200) }, 'booking for a page that is not connected refused');
      return this.form(person, { ...values, page: DEFAULT_PAGE }, m.unknownPage);
    }
    const request: BookingRequest = {
      ...details.data,
      pageUrn: page.page?.organizationUrn ?? null,
      day: d.day,
      requestId: d.requestId,
      confirmWarnings: d.confirmWarnings,
      overrideReason: d.override ? (d.overrideReason ?? '') : null,
    };
    const reply = await this.answerBooking(person, request, await this.deps.bookings.book(person, request));
    return typeof reply === 'string' ? this.form(person, values, reply) : reply;
  }

  /**
   * A free day clicked on the weekly note: booked at once for the clicker, with a placeholder title and the
   * details of their previous booking (changed under "Ändra detaljer"). A day taken since the note was sent
   * gets the same answer as any full day: who has it and the nearest free days.
   */
  async bookFromWeeklyNote(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = weeklyBookData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const { day, week } = parsed.data;
    const m = t(person.lang);
    // A button of a week long gone (an old card) books nothing: the note was about that week.
    if (day < week || day > addDays(week, 6)) return this.invalid(person, raw, 'day outside the week');
    if (addDays(week, 6) < this.deps.bookings.today()) return this.refusal(person, m.rhythm.weekly.weekGone);
    const defaults = await this.deps.bookings.defaults(person);
    const request: BookingRequest = {
      day,
      title: m.rhythm.weekly.placeholderTitle,
      department: defaults.department ?? m.booking.unknownDepartment,
      postType: defaults.postType ?? 'inlagg',
      category: defaults.category ?? 'vardag',
      goal: defaults.goal ?? 'engagera',
      timeOfDay: null,
      // One booking per person, day and note: a second click finds the first.
      requestId: `weekly:${week}:${day}:${person.id}`.slice(0, 200),
    };
    const reply = await this.answerBooking(person, request, await this.deps.bookings.book(person, request), 'weekly-note');
    if (typeof reply === 'string') return this.refusal(person, reply);
    return reply;
  }

  /** Back to the form, pre-filled with what the card carried. */
  async showForm(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = formData.safeParse(raw);
    const values = parsed.success ? { ...(await this.defaults(person)), ...parsed.data } : await this.defaults(person);
    return this.form(person, values, '');
  }

  /** From the schedule card: the form as a new message, and the schedule card refreshed. */
  async bookFromSchedule(context: TurnContext, person: Person): Promise<CardReply> {
    if (await this.isEditor(context, person)) {
      await context.sendActivity(cardActivity(await this.form(person, await this.defaults(person), '')));
    } else {
      await context.sendActivity(t(person.lang).notEditor());
    }
    return this.deps.board.render(person.lang);
  }

  /** From the schedule card: the editor's bookings as a new message. */
  async mineFromSchedule(context: TurnContext, person: Person): Promise<CardReply> {
    await this.mine(context, person);
    return this.deps.board.render(person.lang);
  }

  /** The schedule card, current. */
  async refreshSchedule(person: Person): Promise<CardReply> {
    return this.deps.board.render(person.lang);
  }

  /** "Avboka" asks first (permission checked already); "Ja, avboka" cancels. */
  async cancel(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = cancelData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const { bookingId: id, version: v, from, confirmed } = parsed.data;
    const outcome = await this.deps.bookings.cancel(person, id, v, confirmed);
    if (outcome.kind === 'confirm-cancel') return cancelConfirmCard(outcome.booking, from, this.view(person));
    return this.answerChange(person, outcome, from, (b) => ({ text: t(person.lang).booking.answers.cancelled(this.day(b.day, person)), tone: 'good' }));
  }

  /** A booking as it is now ("Nej, behåll" on the cancel question); nothing changes. */
  async show(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = viewData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const booking = await this.deps.bookings.get(parsed.data.bookingId);
    if (!booking) return this.refusal(person, t(person.lang).notFound());
    return this.currentView(person, booking, parsed.data.from, null);
  }

  async move(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = moveData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const d = parsed.data;
    const fieldValue = d.field ? (d as Record<string, unknown>)[d.field] : undefined;
    const target = d.day ?? d.moveTo ?? (typeof fieldValue === 'string' ? fieldValue : undefined);
    if (!target || !isLocalDate(target)) {
      const current = await this.deps.bookings.get(d.bookingId);
      const msg = t(person.lang).booking.answers.chooseNewDay;
      if (!current) return this.refusal(person, t(person.lang).notFound());
      return this.currentView(person, current, d.from, { text: msg, tone: 'attention' });
    }
    const outcome = await this.deps.bookings.move(person, d.bookingId, d.version, target, d.confirmWarnings);
    if (outcome.kind === 'needs-confirmation') return moveChoiceCard(outcome.booking, target, { warnings: outcome.warnings }, d.from, this.view(person));
    if (outcome.kind === 'day-full') return moveChoiceCard(outcome.booking, target, { alternatives: outcome.alternatives }, d.from, this.view(person));
    return this.answerChange(person, outcome, d.from, (b, before) => ({
      text: t(person.lang).booking.answers.moved(this.day(before.day, person), this.day(b.day, person)),
      tone: 'good',
    }));
  }

  async edit(context: TurnContext, person: Person, raw: unknown): Promise<CardReply> {
    const parsed = editData.safeParse(raw);
    if (!parsed.success) return this.invalid(person, raw, parsed.error);
    const { bookingId: id, version: v, ...details } = parsed.data;
    if (!this.deps.config.DEPARTMENTS.includes(details.department)) return this.invalid(person, raw, 'unknown department');
    const outcome = await this.deps.bookings.updateDetails(person, id, v, details);
    return this.answerChange(person, outcome, 'booking', () => ({ text: t(person.lang).booking.answers.saved, tone: 'good' }));
  }

  // ---- answers ----

  private async answerBooking(person: Person, asked: BookingRequest, outcome: BookOutcome, source: DetailsSource = 'given'): Promise<Card | string> {
    const view = this.view(person);
    const pageName = asked.pageUrn ? ((await this.showcasePages()).find((p) => p.organizationUrn === asked.pageUrn)?.name ?? null) : null;
    const request = { ...asked, pageName };
    const m = t(person.lang).booking.answers;
    switch (outcome.kind) {
      case 'booked': {
        if (!outcome.duplicate) this.changed(person, 'booked', outcome.booking);
        // A new booking is as the insert returned it; only a repeated request may have changed since.
        const current = outcome.duplicate ? ((await this.deps.bookings.get(outcome.booking.id)) ?? outcome.booking) : outcome.booking;
        // A second click on the same card (a double-click) shows what the first click showed, unless
        // the booking has been changed or cancelled since: then it shows how it is now, and says so.
        if (outcome.duplicate && (current.version > 1 || current.status !== 'active')) {
          return bookingCard(current, { text: m.alreadyMade, tone: 'warning' }, view);
        }
        const notice: Notice = source === 'weekly-note'
          ? { text: t(person.lang).rhythm.weekly.bookedFromNote, tone: 'good' }
          : UNKNOWN_DEPARTMENT.includes(current.department)
          ? { text: m.bookedChooseDepartment, tone: 'good' }
          : source === 'previous-booking'
            ? { text: m.defaultsFromPrevious, tone: 'good' }
            : null;
        return bookingCard(current, notice, view, true);
      }
      case 'needs-confirmation':
        return bookingWarningCard({ ...request, requestId: request.requestId }, outcome.warnings, view);
      case 'day-full':
        return dayFullCard({ ...outcome.request, pageName }, outcome.alternatives, outcome.bookings, outcome.canOverride, view);
      case 'invalid-day':
        return this.dayRefusal(person, outcome.check);
      case 'override-refused':
        this.deps.log.warn({ userId: person.id, reason: outcome.reason }, 'override refused');
        return outcome.reason === 'not-superadmin'
          ? this.refusal(person, t(person.lang).notSuperadmin())
          : dayFullCard(request, [], [], person.isSuperadmin, view);
    }
  }

  private async answerChange(
    person: Person,
    outcome: ChangeOutcome,
    from: 'booking' | 'mine',
    done: (b: Booking, before: Booking) => Notice,
  ): Promise<Card> {
    const m = t(person.lang).booking.answers;
    switch (outcome.kind) {
      case 'changed':
        this.changed(person, 'changed', outcome.booking);
        return this.currentView(person, outcome.booking, from, done(outcome.booking, outcome.before));
      case 'not-found':
        return this.refusal(person, t(person.lang).notFound());
      case 'forbidden':
        this.deps.log.warn({ userId: person.id, bookingId: outcome.booking.id, ownerId: outcome.booking.ownerId }, 'change of another editor\'s booking refused');
        return this.currentView(person, outcome.booking, 'booking', { text: t(person.lang).notOwner(), tone: 'attention' });
      case 'stale': {
        const c = outcome.current;
        const what = c.status === 'cancelled' ? m.alreadyCancelled(plain(c.cancelledByName)) : m.changedSince;
        this.deps.log.info({ userId: person.id, bookingId: c.id }, 'stale card action');
        return this.currentView(person, c, from, { text: what, tone: 'warning' });
      }
      case 'invalid-day':
        return this.currentView(person, outcome.booking, from, { text: this.dayRefusal(person, outcome.check), tone: 'attention' });
      case 'needs-confirmation':
      case 'day-full':
      case 'confirm-cancel':
        // Handled by the caller, which knows the target day or what to ask.
        return this.currentView(person, outcome.booking, from, null);
    }
  }

  /** Why a day cannot be booked: it has passed (naming it and today) or lies beyond the horizon. */
  private dayRefusal(person: Person, check: Exclude<DayCheck, { ok: true }>): string {
    return check.reason === 'past'
      ? t(person.lang).pastDay(this.day(check.day, person), this.day(check.today, person))
      : t(person.lang).tooFar(this.day(check.lastDay, person));
  }

  private async currentView(person: Person, booking: Booking, from: 'booking' | 'mine', notice: Notice): Promise<Card> {
    if (from === 'mine' && booking.ownerId === person.id) return this.mineCard(person, notice);
    return bookingCard(booking, notice, this.view(person));
  }

  private async mineCard(person: Person, notice: Notice): Promise<Card> {
    return myBookingsCard(await this.deps.bookings.mine(person), notice, this.view(person));
  }

  private async form(person: Person, values: FormValues, error: string): Promise<Card> {
    const [days, pages] = await Promise.all([this.deps.bookings.schedule(), this.showcasePages()]);
    return bookingFormCard(days, values, error, this.view(person), pages);
  }

  /** The showcase pages connected now (none without LinkedIn). */
  private async showcasePages(): Promise<BookablePage[]> {
    return (await this.deps.pages?.showcasePages()) ?? [];
  }

  /** The page the form chose: absent or DEFAULT_PAGE is the default page (null); anything else must be connected. */
  private async chosenPage(value: string | undefined): Promise<{ ok: true; page: BookablePage | null } | { ok: false }> {
    if (!value || value === DEFAULT_PAGE) return { ok: true, page: null };
    const page = (await this.showcasePages()).find((p) => p.organizationUrn === value);
    return page ? { ok: true, page } : { ok: false };
  }

  /** The showcase page whose own channel this is, when written in one. */
  private async pageOfChannel(context: TurnContext): Promise<BookablePage | null> {
    const conversation = context.activity.conversation;
    if (conversation?.conversationType !== 'channel') return null;
    const channel = channelOf(conversation.id);
    return (await this.showcasePages()).find((p) => p.channelId === channel) ?? null;
  }

  private async defaults(person: Person): Promise<FormValues> {
    return this.deps.bookings.defaults(person);
  }

  /**
   * After any change: the channel's schedule card and the weekly notes are updated in place, a moment after
   * the reply, by one job for every change of a two-second window (jobs/scheduleRefresh.ts).
   */
  private changed(person: Person, what: string, booking: Booking): void {
    this.deps.log.info({ userId: person.id, bookingId: booking.id, day: booking.day, what, status: booking.status }, 'booking changed');
    this.deps.background.run('refresh schedule cards', () => this.deps.board.requestRefresh());
  }

  private async requireEditor(context: TurnContext, person: Person): Promise<boolean> {
    if (await this.isEditor(context, person)) return true;
    await context.sendActivity(t(person.lang).notEditor());
    return false;
  }

  private async isEditor(context: TurnContext, person: Person): Promise<boolean> {
    const ok = await this.deps.directory.isEditor(context, person);
    if (!ok) this.deps.log.warn({ userId: person.id }, 'not an editor');
    return ok;
  }

  private refusal(person: Person, message: string): Card {
    return refusalCard(person, message);
  }

  private invalid(person: Person, raw: unknown, error: unknown): Card {
    return invalidCard(this.deps.log, person, raw, error);
  }

  private view(person: Person) {
    return viewFor(this.deps, person);
  }

  private day(d: LocalDate, person: Person): string {
    return formatDay(d, person.lang, this.deps.bookings.today().slice(0, 4));
  }
}
