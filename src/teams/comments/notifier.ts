import type { Config } from '../../config';
import type { Clock } from '../../domain/clock';
import type { ReminderStep } from '../../domain/reminders';
import type { Outbox } from '../../jobs/outbox';
import type { OutboxTarget } from '../../store/outbox';
import type { Logger } from '../../logger';
import type { CommentNotifier } from '../../services/comments';
import type { BookingRepository } from '../../store/bookings';
import type { Post, TrackedComment } from '../../store/comments';
import { Card, cardActivity } from '../cards';
import type { SavChannel } from '../savChannel';
import { CommentViewContext, postMatchCard, reminderCard } from './views';


/** Sends reminder cards through the outbox, and keeps every copy current. */
export class TeamsCommentNotifier implements CommentNotifier {
  constructor(
    private readonly deps: {
      config: Config;
      clock: Clock;
      log: Logger;
      outbox: Outbox;
      channel: SavChannel;
      bookings: BookingRepository;
      canReply: boolean;
    },
  ) {}

  /** The language of cards sent without a conversation to take it from. */
  private ctx(): CommentViewContext {
    return { lang: this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv', now: this.deps.clock.now(), timeZone: this.deps.config.TIMEZONE, canReply: this.deps.canReply };
  }

  async remind(comment: TrackedComment, post: Post, step: ReminderStep | 'snooze', userId?: string): Promise<void> {
    const targets: { key: string; target: OutboxTarget }[] = [];
    const person = (id: string, name?: string | null): OutboxTarget => ({ kind: 'user', userId: id, name: name ?? undefined, fallback: 'channel' });
    const channel = async (): Promise<void> => {
      // Waits (durably) for the channel when the bot is not in the SAV team yet, and goes out once it is.
      targets.push({ key: 'channel', target: { kind: 'channel' } });
      if (await this.deps.channel.conversationId()) return;
      // Meanwhile the superadmins get it rather than nobody.
      this.deps.log.warn({ commentId: comment.id, step }, 'no SAV channel known yet: the channel reminder waits; superadmins are told now');
      for (const admin of this.deps.config.SUPERADMINS) targets.push({ key: `user:${admin}`, target: { kind: 'user', userId: admin } });
    };
    const hasOwner = post.ownerId && post.matchStatus !== 'rejected';
    if (step === 'owner') {
      if (hasOwner) targets.push({ key: `user:${post.ownerId}`, target: person(post.ownerId!, post.ownerName) });
      else await channel();
    } else if (step === 'channel') {
      await channel();
    } else if (step === 'overdue') {
      for (const admin of this.deps.config.SUPERADMINS) targets.push({ key: `user:${admin}`, target: person(admin) });
      await channel();
    } else if (userId) {
      targets.push({ key: `user:${userId}:v${comment.version}`, target: person(userId) });
    }
    const card = reminderCard(comment, post, step, this.ctx());
    for (const t of targets) {
      await this.deps.outbox.enqueue({ key: `reminder:${comment.id}:${step}:${t.key}`, target: t.target, activity: cardActivity(card) });
    }
  }

  async refresh(comment: TrackedComment, post: Post): Promise<void> {
    for (const sent of await this.deps.outbox.sentActivities(`reminder:${comment.id}:`)) {
      const step = sent.key.split(':')[2] as ReminderStep | 'snooze';
      await this.deps.outbox.enqueue({
        key: `refresh:${comment.id}:v${comment.version}:${sent.activityId}`,
        target: { kind: 'conversation', conversationId: sent.conversationId },
        updateActivityId: sent.activityId,
        activity: cardActivity(reminderCard(comment, post, step, this.ctx())),
      });
    }
  }

  async proposeMatch(post: Post): Promise<void> {
    if (!post.ownerId || !post.bookingId) return;
    const booking = await this.deps.bookings.get(post.bookingId);
    await this.deps.outbox.enqueue({
      key: `match:${post.urn}`,
      target: { kind: 'user', userId: post.ownerId, name: post.ownerName ?? undefined, fallback: 'channel' },
      activity: cardActivity(postMatchCard(post, booking?.title ?? null, this.ctx())),
    });
  }
}
