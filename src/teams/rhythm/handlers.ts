import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { localDay } from '../../domain/calendar';
import type { UnbookedOutcome, WeeklyRhythm } from '../../services/rhythm';
import type { Card } from '../cards';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { invalidCard, refusalCard } from '../replies';
import { plain } from '../text';
import { RhythmViewContext, unbookedPostCard } from './views';

const postData = z.object({ postUrn: z.string().min(3).max(200) });
const linkData = postData.extend({ bookingId: z.string().max(64).optional().default('') });

/** The buttons on the question about a post without a booking: link it, book it afterwards, or mark it sponsored. */
export class RhythmHandlers {
  constructor(private readonly deps: TeamsDeps & { rhythm: WeeklyRhythm }) {}

  async linkBooking(_context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = linkData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    if (!parsed.data.bookingId) {
      const state = await this.deps.rhythm.unbookedState(parsed.data.postUrn);
      if (!state) return refusalCard(person, t(person.lang).rhythm.unbooked.notFound);
      return unbookedPostCard(state, this.view(person), { text: t(person.lang).rhythm.unbooked.chooseBooking });
    }
    return this.answer(person, await this.deps.rhythm.link(person, parsed.data.postUrn, parsed.data.bookingId));
  }

  async bookAfterwards(_context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = postData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    const m = t(person.lang);
    const state = await this.deps.rhythm.unbookedState(parsed.data.postUrn);
    const defaults = await this.deps.bookings.defaults(person);
    // The post's own words are its title; the rest as the editor's previous booking, changed under /mina.
    const title = plain(state?.post.excerpt).slice(0, 200) || m.rhythm.weekly.placeholderTitle;
    const details = {
      title,
      department: defaults.department ?? m.booking.unknownDepartment,
      postType: defaults.postType ?? ('inlagg' as const),
      category: defaults.category ?? ('vardag' as const),
      goal: defaults.goal ?? ('engagera' as const),
      timeOfDay: state?.post.publishedAt ? localTime(state.post.publishedAt, this.deps.config.TIMEZONE) : null,
    };
    const outcome = await this.deps.rhythm.bookAfterwards(person, parsed.data.postUrn, details, t('sv').rhythm.unbooked.extraReason);
    if (outcome.kind === 'done') {
      this.deps.background.run('refresh schedule cards and weekly notes', () => this.deps.board.requestRefresh());
    }
    return this.answer(person, outcome);
  }

  async sponsored(_context: TurnContext, person: Person, raw: unknown): Promise<Card> {
    const parsed = postData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    return this.answer(person, await this.deps.rhythm.sponsored(person, parsed.data.postUrn));
  }

  private answer(person: Person, outcome: UnbookedOutcome): Card {
    const m = t(person.lang).rhythm.unbooked;
    const view = this.view(person);
    switch (outcome.kind) {
      case 'done':
        return unbookedPostCard(outcome.state, view);
      case 'not-found':
        return refusalCard(person, m.notFound);
      case 'forbidden':
        this.deps.log.warn({ userId: person.id, postUrn: outcome.state.post.urn }, 'unbooked post: not asked, not a superadmin');
        return refusalCard(person, m.forbidden);
      case 'already-settled':
        this.deps.log.info({ userId: person.id, postUrn: outcome.state.post.urn }, 'unbooked post: already settled');
        return unbookedPostCard(outcome.state, view, { text: m.alreadySettled });
      case 'booking-unavailable':
        return unbookedPostCard(outcome.state, view, { text: m.bookingUnavailable });
    }
  }

  private view(person: Person): RhythmViewContext {
    const now = this.deps.clock.now();
    return { lang: person.lang, today: localDay(now, this.deps.config.TIMEZONE), now, timeZone: this.deps.config.TIMEZONE, rules: this.deps.bookings.rules };
  }
}

/** `HH:MM` of an instant in the city's time zone. */
function localTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
