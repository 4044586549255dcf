import type { Config } from '../../config';
import type { Clock } from '../../domain/clock';
import type { ReminderStep } from '../../domain/reminders';
import type { Outbox } from '../../jobs/outbox';
import type { Logger } from '../../logger';
import type { CommentNotifier } from '../../services/comments';
import type { Booking } from '../../domain/booking';
import type { Post, TrackedComment } from '../../domain/comment';
import { KontaktcenterRoute, reminderRecipients } from '../../domain/routing';
import { cardActivity, toTarget } from '../cards';
import type { SavChannel } from '../../services/savChannel';
import { clockOfMinutes, CommentViewContext, postMatchCard, reminderCard, ReminderKind } from './views';
import type { QuestionTeamwork, QuestionTeamworkFacts } from '../../services/teamwork';


/** Sends reminder cards through the outbox, and keeps every copy current. */
export class TeamsCommentNotifier implements CommentNotifier {
  constructor(
    private readonly deps: {
      config: Config;
      clock: Clock;
      log: Logger;
      outbox: Outbox;
      channel: SavChannel;
      /** Finds a booking (BookingService.get). */
      bookings: { get(id: string): Promise<Booking | null> };
      canReply: boolean;
      /** Where a post's reminders go when Kontaktcenter handles its comments (services/kontaktcenter.ts). */
      kontaktcenter?: { routeFor(post: Post, booking: Booking | null): Promise<KontaktcenterRoute | null> };
      /** Who holds a question, substitutes, saved replies. */
      teamwork: QuestionTeamwork;
      /** A showcase page's Teams channel (null: the SAV channel's). */
      pageChannel?: (pageUrn: string) => Promise<string | null>;
    },
  ) {}

  /** The language of cards sent without a conversation to take it from. */
  private ctx(viewerId: string | null = null): CommentViewContext {
    return {
      lang: this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv',
      now: this.deps.clock.now(),
      timeZone: this.deps.config.TIMEZONE,
      canReply: this.deps.canReply,
      workdayStart: clockOfMinutes(this.deps.config.WORKING_HOURS.start),
      viewerId,
    };
  }

  async remind(comment: TrackedComment, post: Post, step: ReminderStep | 'snooze' | 'handover', userId?: string): Promise<void> {
    // A showcase page's posts are its editors' to answer: the channel steps go to the page's own channel.
    const pageChannel = post.pageUrn && this.deps.pageChannel ? await this.deps.pageChannel(post.pageUrn) : null;
    const channelKnown = pageChannel !== null || (await this.deps.channel.conversationId()) !== null;
    const booking = this.deps.kontaktcenter && post.bookingId ? await this.deps.bookings.get(post.bookingId) : null;
    const kontaktcenter = this.deps.kontaktcenter ? await this.deps.kontaktcenter.routeFor(post, booking) : null;
    const holding = await this.deps.teamwork.parts.away.holding(comment);
    const recipients = reminderRecipients(step, post, { superadmins: this.deps.config.SUPERADMINS, channelKnown, snoozedBy: userId, kontaktcenter, holding });
    const facts = await this.deps.teamwork.facts(comment, post);
    if (recipients.some((r) => r.to === 'person' && r.standIn)) {
      this.deps.log.warn({ commentId: comment.id, step }, 'no SAV channel known yet: the channel reminder waits; superadmins are told now');
    }
    for (const r of recipients) {
      // Whoever registered the comment in Teams has its card already, as the answer to the form.
      if (step === 'owner' && r.to === 'person' && comment.source === 'teams' && r.userId === comment.registeredById) continue;
      // A question handed over before its first reminder (held until working time): the holder has its card already.
      if (step === 'owner' && r.to === 'person' && comment.holderId) continue;
      // Worded for each reader: "your post" only to the post's owner.
      const viewer = r.to === 'person' ? r.userId : null;
      const card = await this.card(comment, post, step, viewer, facts, r.to === 'person' ? r.name : undefined);
      const again = step === 'snooze' || step === 'handover';
      if (r.to === 'person' && r.standsInFor) this.deps.log.info({ commentId: comment.id, step, for: r.standsInFor.userId, to: r.userId }, 'reminder to a substitute');
      const key = r.to === 'channel' ? (r.conversationId ? 'kc' : 'channel') : `user:${r.userId}${again ? `:v${comment.version}` : ''}`;
      const target = r.to === 'channel' && !r.conversationId && pageChannel ? { kind: 'conversation' as const, conversationId: pageChannel } : toTarget(r);
      await this.deps.outbox.enqueue({ key: `reminder:${comment.id}:${step}:${key}`, target, activity: cardActivity(card) });
    }
  }

  /** One reader's copy: worded for them, with who holds the question and the replies signed with their name. */
  private async card(comment: TrackedComment, post: Post, step: ReminderKind, viewer: string | null, facts: QuestionTeamworkFacts, name?: string) {
    const signer = viewer ? await this.deps.teamwork.signer(viewer, name) : null;
    return reminderCard(comment, post, step, this.ctx(viewer), { teamwork: facts, signer });
  }

  async refresh(comment: TrackedComment, post: Post): Promise<void> {
    const sentCopies = await this.deps.outbox.sentActivities(`reminder:${comment.id}:`);
    const facts = sentCopies.length > 0 ? await this.deps.teamwork.facts(comment, post) : null;
    for (const sent of sentCopies) {
      // reminder:<comment>:<step>:channel, or reminder:<comment>:<step>:user:<id>[:v<version>] (ids may hold colons)
      const step = sent.key.split(':')[2] as ReminderKind;
      const userId = /:user:(.+?)(?::v\d+)?$/.exec(sent.key)?.[1] ?? null;
      await this.deps.outbox.enqueue({
        key: `refresh:${comment.id}:v${comment.version}:${sent.activityId}`,
        target: { kind: 'conversation', conversationId: sent.conversationId },
        updateActivityId: sent.activityId,
        activity: cardActivity(await this.card(comment, post, step, userId, facts!)),
      });
    }
  }

  async proposeMatch(post: Post): Promise<void> {
    if (!post.ownerId || !post.bookingId) return;
    const booking = await this.deps.bookings.get(post.bookingId);
    await this.deps.outbox.enqueue({
      key: `match:${post.urn}`,
      target: { kind: 'user', userId: post.ownerId, name: post.ownerName ?? undefined, fallback: 'channel' },
      activity: cardActivity(postMatchCard(post, booking?.title ?? null, this.ctx(post.ownerId))),
    });
  }
}
