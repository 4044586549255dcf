import { addDays, Lang, LocalDate } from '../../domain/calendar';
import type { Booking } from '../../domain/booking';
import { bookingWarnings, lastBookableDay, parseTimeOfDay, ScheduleRules } from '../../domain/schedule';
import { sundayOf } from '../../domain/rhythm';
import type { UnbookedState, WeekState } from '../../services/rhythm';
import { Card, linkedInLink, renderCard } from '../cards';
import { t } from '../messages';
import { formatDay, formatInstant, plain, warningText } from '../text';

/** What the weekly-rhythm cards need to know about the reader and the moment. */
export interface RhythmViewContext {
  lang: Lang;
  today: LocalDate;
  now: Date;
  timeZone: string;
  rules: ScheduleRules;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (d: LocalDate, ctx: RhythmViewContext) => formatDay(d, ctx.lang, ctx.today.slice(0, 4));

/**
 * The weekly note in the channel: a week without a booked post and its free days as one-click buttons; once
 * the week has a booking, who took which day, without buttons (updated in place, so none goes dead).
 */
export function weeklyNoteCard(week: WeekState, ctx: RhythmViewContext): Card {
  const m = t(ctx.lang).rhythm.weekly;
  const from = day(week.monday, ctx);
  const to = day(sundayOf(week.monday), ctx);
  const booked = week.bookings.length > 0;
  const updated = m.updated(formatInstant(ctx.now, ctx.lang, ctx.timeZone));
  if (booked) {
    return renderCard('weekly-note', {
      heading: m.bookedHeading(from, to),
      headingColor: 'Good',
      lead: m.bookedLead,
      booked: week.bookings.map((b) => ({ line: m.bookedLine(capital(day(b.day, ctx)), plain(b.title), plain(b.ownerName)) })),
      freeLead: '',
      days: [],
      updated,
    });
  }
  return renderCard('weekly-note', {
    heading: m.heading(from, to),
    headingColor: 'Attention',
    lead: m.lead,
    booked: [],
    freeLead: week.freeDays.length > 0 ? m.freeLead : m.noFreeDays,
    days: week.freeDays.map((d) => ({ title: capital(day(d, ctx)), day: d, week: week.monday })),
    updated,
  });
}

/**
 * The owner's card the working day before a post: the day, the title, the schedule's own warnings for that
 * day (Friday afternoon, weekend, holiday, eve), the Kontaktcenter reminder, and Move / Cancel.
 */
export function dayBeforeCard(b: Booking, ctx: RhythmViewContext): Card {
  const m = t(ctx.lang).rhythm.dayBefore;
  const f = t(ctx.lang).booking.facts;
  const when = b.day === addDays(ctx.today, 1) ? `${m.tomorrow}, ${day(b.day, ctx)}` : capital(day(b.day, ctx));
  const facts = [{ title: f.department, value: plain(b.department) }];
  if (b.timeOfDay) facts.push({ title: f.time, value: b.timeOfDay });
  const minutes = b.timeOfDay ? parseTimeOfDay(b.timeOfDay) : null;
  return renderCard('day-before', {
    t: m,
    heading: m.heading(when, plain(b.title)),
    lead: m.lead(day(b.day, ctx)),
    facts,
    // The rules that warn when a day is booked, said again the day before (not written twice).
    advice: bookingWarnings(b.day, minutes, ctx.rules, ctx.lang).map((w) => ({ line: warningText(w, ctx.lang) })),
    id: b.id,
    version: b.version,
    min: ctx.today,
    max: lastBookableDay(ctx.today, ctx.rules),
  });
}

/** The question about a post without a booking of its own, or (settled) what became of it. */
export function unbookedPostCard(state: UnbookedState, ctx: RhythmViewContext, notice: { text: string } | null = null): Card {
  const m = t(ctx.lang).rhythm.unbooked;
  const p = state.post;
  const open = !p.unbookedSettled;
  const by = plain(p.unbookedSettledByName);
  const linkedTo = state.settledBooking;
  const settled =
    p.unbookedSettled === 'sponsored'
      ? m.markedSponsored(by)
      : p.unbookedSettled === 'booked-afterwards'
        ? m.bookedAfterwards(by, day(state.day, ctx))
        : p.unbookedSettled === 'linked'
          ? m.linked(by, plain(linkedTo?.title), linkedTo ? day(linkedTo.day, ctx) : '')
          : '';
  return renderCard('unbooked-post', {
    t: m,
    heading: m.heading,
    headingColor: open ? 'Attention' : 'Default',
    lead: m.lead[p.unbookedReason ?? 'no-booking'](day(state.day, ctx)),
    excerpt: plain(p.excerpt).slice(0, 280),
    settled,
    notice: notice?.text ?? '',
    open,
    urn: p.urn,
    url: linkedInLink(p.url),
    candidates: state.candidates.map((b) => ({ title: `${capital(day(b.day, ctx))}: ${plain(b.title)} (${plain(b.ownerName)})`, value: b.id })),
  });
}
