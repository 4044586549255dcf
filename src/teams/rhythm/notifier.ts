import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import { localDay, type LocalDate } from '../../domain/calendar';
import type { Booking } from '../../domain/booking';
import type { Clock } from '../../domain/clock';
import type { ScheduleRules } from '../../domain/schedule';
import type { Outbox } from '../../jobs/outbox';
import type { RhythmNotifier, UnbookedState, WeekState } from '../../services/rhythm';
import { Card, cardActivity } from '../cards';
import { dayBeforeCard, RhythmViewContext, unbookedPostCard, weeklyNoteCard } from './views';

/** What a card shows, as a short hash: the same card is never sent as an update twice. */
const digest = (card: Card) => createHash('sha256').update(JSON.stringify(card)).digest('hex').slice(0, 16);

/**
 * Sends the weekly-rhythm cards through the outbox, each under a key that makes it go once (the week, the
 * booking and its day, the post and the person), and updates the cards already sent when things change.
 */
export class TeamsRhythmNotifier implements RhythmNotifier {
  constructor(private readonly deps: { config: Config; clock: Clock; outbox: Outbox; rules: ScheduleRules }) {}

  /** Cards sent without a reader's conversation to take a language from. */
  private ctx(): RhythmViewContext {
    const now = this.deps.clock.now();
    return { lang: this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv', today: localDay(now, this.deps.config.TIMEZONE), now, timeZone: this.deps.config.TIMEZONE, rules: this.deps.rules };
  }

  async weeklyNote(week: WeekState): Promise<void> {
    await this.deps.outbox.enqueue({ key: `weekly-note:${week.monday}`, target: { kind: 'channel' }, activity: cardActivity(weeklyNoteCard(week, this.ctx())) });
  }

  async refreshWeeklyNote(monday: LocalDate, load: () => Promise<WeekState>): Promise<void> {
    const sent = await this.deps.outbox.sentActivities(`weekly-note:${monday}`);
    if (sent.length === 0) return;
    const week = await load();
    const card = weeklyNoteCard(week, this.ctx());
    // Keyed by what the card shows (without its "updated" line), so that no change means no update.
    const key = digest(weeklyNoteCard(week, { ...this.ctx(), now: new Date(0) }));
    for (const s of sent) {
      await this.deps.outbox.enqueue({
        key: `weekly-note-update:${week.monday}:${s.activityId}:${key}`,
        target: { kind: 'conversation', conversationId: s.conversationId },
        updateActivityId: s.activityId,
        activity: cardActivity(card),
      });
    }
  }

  async dayBefore(booking: Booking): Promise<void> {
    await this.deps.outbox.enqueue({
      key: `day-before:${booking.id}:${booking.day}`,
      target: { kind: 'user', userId: booking.ownerId, name: booking.ownerName, fallback: 'channel' },
      activity: cardActivity(dayBeforeCard(booking, this.ctx())),
    });
  }

  async askUnbooked(state: UnbookedState, recipients: string[]): Promise<void> {
    const activity = cardActivity(unbookedPostCard(state, this.ctx()));
    for (const userId of recipients) {
      await this.deps.outbox.enqueue({ key: `unbooked:${state.post.urn}:${userId}`, target: { kind: 'user', userId }, activity });
    }
  }

  async refreshUnbooked(state: UnbookedState): Promise<void> {
    const card = unbookedPostCard(state, this.ctx());
    for (const s of await this.deps.outbox.sentActivities(`unbooked:${state.post.urn}:`)) {
      await this.deps.outbox.enqueue({
        key: `unbooked-update:${state.post.urn}:${s.activityId}:${state.post.unbookedSettled ?? 'open'}`,
        target: { kind: 'conversation', conversationId: s.conversationId },
        updateActivityId: s.activityId,
        activity: cardActivity(card),
      });
    }
  }
}
