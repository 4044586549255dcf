import { Lang } from './calendar';
import { addWorkingHours, answerDeadline, nextWorkingDayStart, nextWorkingStart, WorkingTime } from './workingTime';

/**
 * The rungs of the reminder ladder for an unanswered question: the post's owner first, then the SAV channel,
 * then the notice that the answer deadline has passed.
 */
export type ReminderStep = 'owner' | 'channel' | 'overdue';

/** How the ladder is spaced. */
export interface LadderOptions {
  /** Working hours a question may wait for its answer (`ANSWER_BUDGET_HOURS`, default 9). */
  budgetHours: number;
  /** Fraction of the budget after which the channel is reminded (`REMINDER_CHANNEL_AT`, default 0.5). */
  channelAt: number;
}

/** One reminder and the instant it is due. */
export interface PlannedReminder {
  step: ReminderStep;
  at: Date;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/**
 * When each reminder of an unanswered question is due, one entry per step in ladder order
 * (owner, channel, overdue):
 * - `owner` as soon as the bot has seen the question, held until working time;
 * - `channel` when `channelAt` of the budget has run (in working hours from `postedAt`), held until working time;
 * - `overdue` at the deadline itself, at any hour.
 *
 * A question seen late gets its missed steps at `seenAt` (never earlier), with working time respected except
 * for `overdue`. So a question first seen on a Saturday after its deadline is planned overdue on Saturday and
 * owner and channel on Monday morning: the overdue notice states a fact, the others ask someone to act.
 */
export function reminderPlan(postedAt: Date, seenAt: Date, opts: LadderOptions, wt: WorkingTime): PlannedReminder[] {
  const channelPoint = addWorkingHours(postedAt, opts.budgetHours * opts.channelAt, wt);
  const deadline = answerDeadline(postedAt, opts.budgetHours, wt);
  return [
    { step: 'owner', at: deliverAt('owner', seenAt, wt) },
    { step: 'channel', at: deliverAt('channel', later(channelPoint, seenAt), wt) },
    { step: 'overdue', at: deliverAt('overdue', later(deadline, seenAt), wt) },
  ];
}

/**
 * When a "Påminn mig" click should remind: in one working hour (a click at 16:30 reminds at 08:30 the next
 * working day; at 16:00 it reminds at 17:00), or at the start of the next working day ("tomorrow" on a
 * Friday is Monday 08:00).
 */
export function snoozeUntil(now: Date, choice: 'hour' | 'tomorrow', wt: WorkingTime): Date {
  return choice === 'hour' ? addWorkingHours(now, 1, wt) : nextWorkingDayStart(now, wt);
}

/**
 * Moves a reminder that would fall outside working time to the next working start — except 'overdue', which
 * is sent at any hour (it says a deadline passed). The end of the working day (17:00) counts as outside; no
 * working time is lost by that, since none runs between 17:00 and the next start.
 */
export function deliverAt(step: ReminderStep, at: Date, wt: WorkingTime): Date {
  return step === 'overdue' ? at : nextWorkingStart(at, wt);
}

const UNITS: Record<Lang, { day: string; hour: string; minute: string; lessThanMinute: string }> = {
  sv: { day: 'dygn', hour: 'tim', minute: 'min', lessThanMinute: 'under 1 min' },
  en: { day: 'd', hour: 'h', minute: 'min', lessThanMinute: 'under 1 min' },
};

/**
 * How long a question has waited, in words, for cards: "2 tim 15 min" / "2 h 15 min".
 *
 * Wall time, not working time: "väntat 2 dygn 3 tim" is what the person who asked has experienced, and the
 * working-time budget is already shown as the deadline. Minutes are dropped from a day on ("2 dygn 3 tim"),
 * parts that are zero are left out ("2 tim"), under a minute (or `to` before `from`) reads "under 1 min".
 */
export function formatWaited(from: Date, to: Date, lang: Lang): string {
  const u = UNITS[lang];
  const minutes = Math.floor(Math.max(0, to.getTime() - from.getTime()) / 60_000);
  if (minutes === 0) return u.lessThanMinute;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts: [number, string][] = days > 0 ? [[days, u.day], [hours, u.hour]] : [[hours, u.hour], [minutes % 60, u.minute]];
  return parts
    .filter(([n]) => n !== 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}
