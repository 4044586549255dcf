import type { Booking } from '../domain/booking';
import { addDays, localDay, localMinutes, LocalDate } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { Post } from '../domain/comment';
import { faqAskDay, faqAskDue, isRush, RushThresholds, rushWindowStart, WorkingDays } from '../domain/kontaktcenter';
import type { KontaktcenterRoute } from '../domain/routing';
import type { Logger } from '../logger';
import { channelOf } from './savChannel';
import type { BookingRepository } from '../store/bookings';
import { KC_CHANNEL, KontaktcenterRepository } from '../store/kontaktcenter';
import type { Actor } from './booking';

/** Tells people about Kontaktcenter matters: implemented by the Teams layer. */
export interface KontaktcenterNotifier {
  /** Asks a booking's owner for an FAQ for KC, once per booking and post day. */
  askForFaq(booking: Booking, askDay: LocalDate): Promise<void>;
  /** Tells the superadmins that comments or flags pour in on one post, once per post and window. */
  rush(postUrn: string, post: Post | null, counts: { comments: number; flags: number }, windowStart: Date): Promise<void>;
}

/** Outcome of changing a booking's KC flags. */
export type KcFlagsOutcome =
  | { kind: 'done'; booking: Booking }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; booking: Booking }
  | { kind: 'cancelled'; booking: Booking };

/**
 * Kontaktcenter: its Teams channel, the booking flags "KC hanterar kommentarerna" and "förväntat hög
 * aktivitet", where a KC-handled post's reminders go, the FAQ ask before a busy post, and rush alerts.
 */
export class Kontaktcenter {
  constructor(
    private readonly opts: {
      repo: KontaktcenterRepository;
      bookings: BookingRepository;
      clock: Clock;
      log: Logger;
      timeZone: string;
      workingDays: WorkingDays;
      /** Minutes after local midnight when the working day starts: asks are not sent before it. */
      workdayStart: number;
      faqWorkingDays: number;
      rush: RushThresholds;
      /** KC_CHANNEL_ID, when the deployment sets the channel. */
      configuredChannel?: string;
      notifier: KontaktcenterNotifier;
    },
  ) {}

  /** KC's channel (conversation id), or null while no superadmin has set it. */
  async channel(): Promise<string | null> {
    return this.opts.configuredChannel ?? (await this.opts.repo.settings.read(KC_CHANNEL))?.conversationId ?? null;
  }

  /** A superadmin makes this channel KC's; false for anyone else (nothing changes). */
  async setChannel(actor: Actor, conversationId: string): Promise<boolean> {
    if (!actor.isSuperadmin) return false;
    const at = this.opts.clock.now();
    await this.opts.repo.settings.write(KC_CHANNEL, { conversationId: channelOf(conversationId), setById: actor.id, setByName: actor.name, at: at.toISOString() }, at);
    this.opts.log.info({ by: actor.id }, 'Kontaktcenter channel set');
    return true;
  }

  /** Where a post's reminders go when KC handles its comments; null otherwise (or while KC's channel is unknown). */
  async routeFor(post: Pick<Post, 'bookingId' | 'matchStatus'>, booking: Booking | null): Promise<KontaktcenterRoute | null> {
    if (!booking?.kcHandlesComments || post.matchStatus === 'rejected' || booking.id !== post.bookingId) return null;
    const conversationId = await this.channel();
    if (!conversationId) {
      this.opts.log.warn({ bookingId: booking.id }, 'Kontaktcenter handles the post, but no KC channel is set: the owner gets the reminders');
      return null;
    }
    return { conversationId };
  }

  /** The owner or a superadmin sets a booking's KC flags (checked against the stored booking). */
  async setBookingFlags(actor: Actor, bookingId: string, flags: { kcHandlesComments: boolean; highActivityExpected: boolean }): Promise<KcFlagsOutcome> {
    const booking = await this.opts.bookings.get(bookingId);
    if (!booking) return { kind: 'not-found' };
    if (booking.ownerId !== actor.id && !actor.isSuperadmin) return { kind: 'forbidden', booking };
    if (booking.status !== 'active') return { kind: 'cancelled', booking };
    if (!(await this.opts.repo.setFlags(bookingId, flags, actor.name, this.opts.clock.now()))) return { kind: 'cancelled', booking };
    this.opts.log.info({ bookingId, by: actor.id, ...flags }, 'Kontaktcenter flags set');
    const updated = (await this.opts.bookings.get(bookingId))!;
    // Set late (on or after the ask day): the ask goes now, not at the next run.
    await this.askForFaqs();
    return { kind: 'done', booking: updated };
  }

  /**
   * Asks the owners of busy posts for an FAQ, from `faqWorkingDays` working days before the post day
   * (and not before the working day starts). Reads the bookings as they are now, so a moved post is asked
   * for on its new day and a cancelled one not at all; the notifier sends each ask once per booking and day.
   */
  async askForFaqs(): Promise<number> {
    const now = this.opts.clock.now();
    const today = localDay(now, this.opts.timeZone);
    const started = localMinutes(now, this.opts.timeZone) >= this.opts.workdayStart;
    let asked = 0;
    // Two working days back reach at most ~2 weeks over Christmas and Easter.
    for (const b of await this.opts.repo.highActivityBetween(addDays(today, 1), addDays(today, 21))) {
      const askDay = faqAskDay(b.day, this.opts.workingDays, this.opts.faqWorkingDays);
      if (!faqAskDue(b.day, today, this.opts.workingDays, this.opts.faqWorkingDays)) continue;
      if (today === askDay && !started) continue;
      const booking = await this.opts.bookings.get(b.id);
      if (!booking || booking.status !== 'active' || !booking.highActivityExpected) continue;
      await this.opts.notifier.askForFaq(booking, askDay);
      asked += 1;
    }
    return asked;
  }

  /** Alerts the superadmins, once per post and window, when comments or flags on the post come in a rush. */
  async checkRush(postUrn: string, post: Post | null = null): Promise<boolean> {
    try {
      const t = this.opts.rush;
      const now = this.opts.clock.now();
      const since = new Date(now.getTime() - t.windowMinutes * 60_000);
      const counts = await this.opts.repo.activity(postUrn, since);
      if (!isRush(counts, t)) return false;
      const windowStart = rushWindowStart(now, t);
      if (!(await this.opts.repo.claimRushAlert(postUrn, windowStart, since, counts, now))) return false;
      this.opts.log.warn({ postUrn, ...counts }, 'a rush of comments or flags on one post');
      await this.opts.notifier.rush(postUrn, post, counts, windowStart);
      return true;
    } catch (err) {
      // A failed alert must not fail the flag or the comment that triggered it.
      this.opts.log.error({ err, postUrn }, 'rush check failed');
      return false;
    }
  }
}
