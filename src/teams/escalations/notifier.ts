import { CardFactory, MessageFactory } from 'botbuilder';
import type { Config } from '../../config';
import type { Outbox } from '../../jobs/outbox';
import type { Logger } from '../../logger';
import type { EscalationNotifier } from '../../services/escalations';
import type { Escalation, EscalationRepository } from '../../store/escalations';
import type { OutboxTarget } from '../../store/outbox';
import type { Card } from '../cards';
import { noticeCard } from '../booking/views';
import type { SavChannel } from '../savChannel';
import { caseCard, CaseViewContext } from './views';

const activityOf = (card: Card) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

/** Sends case cards as personal cards through the outbox, and keeps every copy current. */
export class TeamsEscalationNotifier implements EscalationNotifier {
  constructor(
    private readonly deps: { config: Config; log: Logger; outbox: Outbox; repo: EscalationRepository; channel: SavChannel; canDelete: boolean },
  ) {}

  private ctx(): CaseViewContext {
    return { lang: this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv', timeZone: this.deps.config.TIMEZONE, canDelete: this.deps.canDelete };
  }

  async notify(e: Escalation, recipients: { userId: string; role: string }[], round: number, missingManagers: boolean): Promise<void> {
    const evidence = await this.deps.repo.evidence(e.evidenceId);
    if (!evidence) return;
    const channelId = await this.deps.channel.conversationId();
    const card = activityOf(caseCard(e, evidence, this.ctx(), { round, missingManagers }));
    const targets: { key: string; target: OutboxTarget }[] = recipients.map((r) => ({
      key: r.userId,
      // Threats go as personal cards; if the chat refuses, the channel gets a mention, never the quote.
      target: { kind: 'user', userId: r.userId, fallbackConversationId: e.kind === 'moderation' ? channelId ?? undefined : undefined },
    }));
    if (e.kind === 'moderation' && !e.ownerId && round === 0) {
      if (channelId) targets.push({ key: 'channel', target: { kind: 'conversation', conversationId: channelId } });
      else for (const admin of this.deps.config.SUPERADMINS) targets.push({ key: admin, target: { kind: 'user', userId: admin } });
    }
    for (const t of targets) await this.deps.outbox.enqueue({ key: `case:${e.id}:${round}:${t.key}`, target: t.target, activity: card });
  }

  async threatWaiting(e: Escalation): Promise<void> {
    const channelId = await this.deps.channel.conversationId();
    if (!channelId) return;
    const card = noticeCard(
      'Ett hot väntar på kvittens',
      `En kommentar på LinkedIn har flaggats som hot${e.department ? ` (${e.department})` : ''} och ingen av mottagarna har kvitterat. Superadmins: se /escalations. Ärende ${e.id}.`,
      'attention',
    );
    await this.deps.outbox.enqueue({ key: `case:${e.id}:waiting`, target: { kind: 'conversation', conversationId: channelId }, activity: activityOf(card) });
  }

  async refresh(e: Escalation): Promise<void> {
    const evidence = await this.deps.repo.evidence(e.evidenceId);
    if (!evidence) return;
    const card = activityOf(caseCard(e, evidence, this.ctx()));
    for (const sent of await this.deps.outbox.sentActivities(`case:${e.id}:`)) {
      if (sent.key.endsWith(':waiting')) continue;
      await this.deps.outbox.enqueue({
        key: `case-refresh:${e.id}:v${e.version}:${sent.activityId}`,
        target: { kind: 'conversation', conversationId: sent.conversationId },
        updateActivityId: sent.activityId,
        activity: card,
      });
    }
  }

  async removed(e: Escalation): Promise<void> {
    const evidence = await this.deps.repo.evidence(e.evidenceId);
    if (!evidence) return;
    const card = activityOf(caseCard(e, evidence, this.ctx(), { notice: { text: 'För kännedom: en kommentar har tagits bort och registrerats.', tone: 'good' } }));
    for (const admin of this.deps.config.SUPERADMINS) {
      await this.deps.outbox.enqueue({ key: `case-removed:${e.id}:${admin}`, target: { kind: 'user', userId: admin }, activity: card });
    }
  }
}
