import { CardFactory, CloudAdapter, ConversationReference, MessageFactory, TurnContext } from 'botbuilder';
import { asReference } from './proactive';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { BookingService } from '../services/booking';
import type { ConversationRepository } from '../store/conversations';
import { scheduleCard, ViewContext } from './booking/views';
import { langOf } from './text';

/** Renders the schedule card for a language. */
export type ScheduleViewFactory = (lang: 'sv' | 'en') => Omit<ViewContext, 'lang'>;

/** The schedule card in the channel: posted on request, updated in place after every change. */
export class ScheduleBoard {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly bookings: BookingService,
    private readonly conversations: ConversationRepository,
    private readonly view: ScheduleViewFactory,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** The current schedule card in a language. */
  async render(lang: 'sv' | 'en') {
    return scheduleCard(await this.bookings.schedule(), { ...this.view(lang), lang, now: this.clock.now() });
  }

  /** Posts the schedule; in a channel, remembers the card so that later changes update it. */
  async post(context: TurnContext): Promise<void> {
    const lang = langOf(context.activity.locale);
    const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await this.render(lang))));
    // With expectReplies there is no activity id to update later; only real channel posts are remembered.
    if (context.activity.conversation.conversationType === 'channel' && sent?.id) {
      await this.conversations.saveScheduleCard(context.activity.conversation.id, sent.id, lang);
    }
  }

  /** Updates every remembered schedule card in place; a failure is logged, never thrown at the user. */
  async refresh(): Promise<void> {
    for (const { activityId, locale, conversation } of await this.conversations.scheduleCards()) {
      try {
        const card = await this.render(langOf(locale));
        await this.adapter.continueConversationAsync(this.appId, asReference(conversation.reference) as ConversationReference, async (ctx) => {
          await ctx.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: activityId });
        });
      } catch (err) {
        this.log.warn({ err, conversationId: conversation.id }, 'could not update the schedule card');
      }
    }
  }
}
