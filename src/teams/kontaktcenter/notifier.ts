import type { Config } from '../../config';
import type { Booking } from '../../domain/booking';
import type { LocalDate } from '../../domain/calendar';
import type { Post } from '../../domain/comment';
import type { Outbox } from '../../jobs/outbox';
import type { KontaktcenterNotifier } from '../../services/kontaktcenter';
import { noticeCard } from '../booking/views';
import { cardActivity, toSuperadmins } from '../cards';
import { t } from '../messages';
import { formatDay, plain } from '../text';

/** Sends Kontaktcenter's FAQ asks and rush alerts through the outbox; the outbox key makes each one once. */
export class TeamsKontaktcenterNotifier implements KontaktcenterNotifier {
  constructor(private readonly deps: { config: Config; outbox: Outbox }) {}

  private lang() {
    return this.deps.config.BOT_LANGUAGE === 'en' ? ('en' as const) : ('sv' as const);
  }

  async askForFaq(booking: Booking, askDay: LocalDate): Promise<void> {
    const m = t(this.lang()).moderation.kc;
    const card = noticeCard(m.faqHeading(formatDay(booking.day, this.lang(), askDay.slice(0, 4))), m.faqLead(plain(booking.title)), 'good');
    // One ask per booking and post day: a moved post is asked for again, for its new day.
    await this.deps.outbox.enqueue({
      key: `kc-faq:${booking.id}:${booking.day}`,
      target: { kind: 'user', userId: booking.ownerId, name: booking.ownerName, fallback: 'channel' },
      activity: cardActivity(card),
    });
  }

  async rush(postUrn: string, post: Post | null, counts: { comments: number; flags: number }, windowStart: Date): Promise<void> {
    const m = t(this.lang()).moderation.kc;
    const what = post?.excerpt ? `${plain(post.excerpt.slice(0, 80))}${post.excerpt.length > 80 ? '…' : ''}` : plain(postUrn);
    const where = post?.url ?? (postUrn.startsWith('urn:li:') ? `https://www.linkedin.com/feed/update/${postUrn}/` : '');
    const text = [m.rushLead(counts.comments, counts.flags, this.deps.config.RUSH_WINDOW_MINUTES), m.rushPost(what), where].filter(Boolean).join('\n\n');
    const card = noticeCard(m.rushHeading, text, 'attention');
    for (const msg of toSuperadmins(this.deps.config.SUPERADMINS, `kc-rush:${postUrn}:${windowStart.toISOString()}`, card)) await this.deps.outbox.enqueue(msg);
  }
}
