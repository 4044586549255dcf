import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Kontaktcenter } from '../../services/kontaktcenter';
import { bookingCard } from '../booking/views';
import type { Card } from '../cards';
import { viewFor, type TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { invalidCard, refusalCard } from '../replies';
import { plain } from '../text';

// Input.Toggle sends "true"/"false"; a toggle left alone may be missing (then it is off).
const toggle = z.enum(['true', 'false']).optional().default('false').transform((v) => v === 'true');
const flagsData = z.object({ bookingId: z.string().uuid(), kcHandlesComments: toggle, highActivityExpected: toggle });

/** `/admin kc-kanal` and the booking card's Kontaktcenter form. */
export class KontaktcenterHandlers {
  constructor(private readonly deps: TeamsDeps & { kontaktcenter: Kontaktcenter }) {}

  /** `/admin kc-kanal` (also `kc-channel`), written by a superadmin in Kontaktcenter's channel: the bot remembers it. */
  async setChannel(context: TurnContext, person: Person): Promise<void> {
    const m = t(person.lang).moderation.kc;
    const a = context.activity;
    if (a.conversation?.conversationType !== 'channel') {
      await context.sendActivity(m.channelOnlyInChannel);
      return;
    }
    // app.ts lets only superadmins reach /admin; the service checks again.
    if (!(await this.deps.kontaktcenter.setChannel(person, a.conversation.id))) {
      await context.sendActivity(t(person.lang).cases.answers.onlySuperadminsSettings);
      return;
    }
    await context.sendActivity(m.channelSet(plain(person.name)));
  }

  /** The booking card's Kontaktcenter form: the owner or a superadmin sets the two flags. */
  async setFlags(person: Person, raw: unknown): Promise<Card> {
    const parsed = flagsData.safeParse(raw);
    if (!parsed.success) return invalidCard(this.deps.log, person, raw, parsed.error);
    const m = t(person.lang).moderation.kc;
    const { bookingId, ...flags } = parsed.data;
    const outcome = await this.deps.kontaktcenter.setBookingFlags(person, bookingId, flags);
    const view = viewFor(this.deps, person);
    switch (outcome.kind) {
      case 'not-found':
        return refusalCard(person, m.notFound);
      case 'forbidden':
        this.deps.log.warn({ userId: person.id, bookingId }, 'Kontaktcenter flags refused: not the owner');
        return refusalCard(person, m.notYours);
      case 'cancelled':
        return bookingCard(outcome.booking, { text: m.cancelled, tone: 'warning' }, view);
      case 'done': {
        const noChannel = outcome.booking.kcHandlesComments && !(await this.deps.kontaktcenter.channel());
        return bookingCard(outcome.booking, { text: noChannel ? `${m.saved} ${m.noChannelYet}` : m.saved, tone: noChannel ? 'warning' : 'good' }, view);
      }
    }
  }
}
