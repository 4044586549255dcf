import { CardFactory, CloudAdapter, ConversationReference, MessageFactory, TurnContext } from 'botbuilder';
import { asReference } from './proactive';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { BookingService } from '../services/booking';
import type { ConversationRepository } from '../store/conversations';
import type { Scheduler } from '../jobs/scheduler';
import { scheduleCard, ViewContext } from './booking/views';
import { langOf } from './text';

/** Renders the schedule card for a language. */
export type ScheduleViewFactory = (lang: 'sv' | 'en') => Omit<ViewContext, 'lang'>;

/** The job that updates the remembered schedule cards (jobs/scheduleRefresh.ts). */
export const SCHEDULE_REFRESH_JOB = 'schedule.refresh';
/** Changes within this window share one update of the cards. */
const COALESCE_MS = 2000;

/**
 * The schedule card in the channel: posted on request, updated in place after changes. Updates are
 * coalesced: every change in a two-second window asks for the same durable job (one dedupe key per window),
 * so fifty bookings at once make one update of the card, not fifty against Teams' per-thread limit.
 */
export class ScheduleBoard {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly bookings: BookingService,
    private readonly conversations: ConversationRepository,
    private readonly view: ScheduleViewFactory,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly scheduler: Scheduler,
  ) {}

  /**
   * Asks for the cards to be updated a moment from now. A change made while an update runs falls in a
   * later window, so it gets an update of its own and is never lost.
   */
  async requestRefresh(): Promise<void> {
    const now = this.clock.now().getTime();
    const window = Math.ceil((now + COALESCE_MS / 2) / COALESCE_MS);
    const runAt = window * COALESCE_MS;
    await this.scheduler.schedule(SCHEDULE_REFRESH_JOB, {}, new Date(runAt), `${SCHEDULE_REFRESH_JOB}:${window}`);
    this.scheduler.pokeAfter(runAt - now);
  }

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
