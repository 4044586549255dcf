import type { Config } from '../../config';
import type { Outbox } from '../../jobs/outbox';
import type { Logger } from '../../logger';
import type { CaseDetails, EscalationNotifier } from '../../services/escalations';
import type { Escalation } from '../../domain/escalation';
import type { FileLinks } from '../../files';
import { caseDelivery } from '../../domain/routing';
import { cardActivity, toSuperadmins, toTarget } from '../cards';
import { noticeCard } from '../booking/views';
import type { SavChannel } from '../../services/savChannel';
import { t } from '../messages';
import { caseCard, CardLink, CaseViewContext } from './views';


/** Sends case cards as personal cards through the outbox, and keeps every copy current. */
export class TeamsEscalationNotifier implements EscalationNotifier {
  constructor(
    private readonly deps: {
      config: Config;
      log: Logger;
      outbox: Outbox;
      /** The case's evidence, hand-overs and registration (services/escalations.ts loadCaseDetails). */
      details: (e: Escalation) => Promise<CaseDetails | null>;
      links: FileLinks;
      channel: SavChannel;
      canDelete: boolean;
    },
  ) {}

  /**
   * The downloads a copy of the card offers: a superadmin's copy keeps the registration's file on every
   * version of the card (a refresh must not take away the only way to get an unsent registration).
   */
  private async downloads(details: CaseDetails, userId: string | null): Promise<CardLink[]> {
    if (!details.registration || !userId || !this.deps.config.SUPERADMINS.includes(userId)) return [];
    return [{ title: t(this.ctx().lang).cases.downloadRegistration, url: await this.deps.links.link(details.registration.fileId) }];
  }

  private ctx(): CaseViewContext {
    return { lang: this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv', timeZone: this.deps.config.TIMEZONE, canDelete: this.deps.canDelete };
  }

  async notify(e: Escalation, recipients: { userId: string; role: string }[], round: number, missingManagers: boolean): Promise<void> {
    const details = await this.deps.details(e);
    if (!details) return;
    const card = cardActivity(caseCard(e, details, this.ctx(), { round, missingManagers }));
    const threat = e.kind === 'threat';
    // Threats go as personal cards and are never quoted in the channel: a person who cannot be reached is
    // named there instead (see TeamsReachability).
    const channelKnown = (await this.deps.channel.conversationId()) !== null;
    const targets = caseDelivery(e, recipients, round, { superadmins: this.deps.config.SUPERADMINS, channelKnown }).map((r) => ({ key: r.to === 'channel' ? 'channel' : r.userId, target: toTarget(r) }));
    for (const t of targets) {
      await this.deps.outbox.enqueue({ key: `case:${e.id}:${round}:${t.key}`, target: t.target, activity: card, mustReach: threat ? `case:${e.id}` : undefined });
    }
  }

  async threatWaiting(e: Escalation): Promise<void> {
    const m = t('sv').notices;
    const card = noticeCard(m.threatWaitingHeading, m.threatWaiting(e.department, e.id), 'attention');
    // Waits for the channel when the bot is not in the SAV team yet.
    await this.deps.outbox.enqueue({ key: `case:${e.id}:waiting`, target: { kind: 'channel' }, activity: cardActivity(card) });
  }

  async reachedAnyone(e: Escalation): Promise<boolean> {
    return (await this.deps.outbox.sentActivities(`case:${e.id}:`)).some((s) => !s.key.endsWith(':waiting'));
  }

  async nobodyReached(e: Escalation): Promise<void> {
    const m = t('sv').notices;
    const card = noticeCard(m.nobodyReachedHeading, m.nobodyReached(e.department, e.id), 'attention');
    await this.deps.outbox.enqueue({ key: `case-alert:${e.id}:nobody-reached`, target: { kind: 'channel' }, activity: cardActivity(card) });
  }

  async refresh(e: Escalation): Promise<void> {
    const details = await this.deps.details(e);
    if (!details) return;
    for (const sent of await this.deps.outbox.sentActivities(`case:${e.id}:`)) {
      if (sent.key.endsWith(':waiting')) continue;
      // case:<id>:<round>:<user id or "channel"> (a user id may hold colons)
      const to = sent.key.split(':').slice(3).join(':') || null;
      const card = cardActivity(caseCard(e, details, this.ctx(), { downloads: await this.downloads(details, to === 'channel' ? null : to) }));
      await this.deps.outbox.enqueue({
        key: `case-refresh:${e.id}:v${e.version}:${sent.activityId}`,
        target: { kind: 'conversation', conversationId: sent.conversationId },
        updateActivityId: sent.activityId,
        activity: card,
      });
    }
  }

  /**
   * A flagged comment was deleted on LinkedIn outside the bot: the case card, saying it needs registering,
   * goes to every superadmin and to the post's owner (as copies of the case, so decisions refresh them).
   */
  async needsRegistration(e: Escalation): Promise<void> {
    const details = await this.deps.details(e);
    if (!details) return;
    const people = new Set([...this.deps.config.SUPERADMINS, ...(e.ownerId ? [e.ownerId] : [])]);
    for (const userId of people) {
      const card = cardActivity(caseCard(e, details, this.ctx(), { downloads: await this.downloads(details, userId) }));
      await this.deps.outbox.enqueue({ key: `case:${e.id}:deleted:${userId}`, target: { kind: 'user', userId, fallback: e.kind === 'threat' ? undefined : 'channel' }, activity: card });
    }
  }

  async removed(e: Escalation): Promise<void> {
    const details = await this.deps.details(e);
    if (!details) return;
    const card = caseCard(e, details, this.ctx(), { notice: { text: t('sv').notices.removedForInfo, tone: 'good' }, downloads: await this.downloads(details, this.deps.config.SUPERADMINS[0] ?? null) });
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `case-removed:${e.id}`, card)) await this.deps.outbox.enqueue(m);
  }
}
