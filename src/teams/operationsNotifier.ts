import type { Config } from '../config';
import type { Outbox } from '../jobs/outbox';
import type { RecurringStatus } from '../jobs/scheduler';
import type { LinkedInFailure } from '../linkedin/types';
import type { OperationsNotifier } from '../services/operations';
import { noticeCard } from './booking/views';
import { toSuperadmins } from './cards';
import { t } from './messages';
import { formatInstant } from './text';

/** The superadmins' notices about the bot's own trouble, as personal cards through the outbox. */
export class TeamsOperationsNotifier implements OperationsNotifier {
  constructor(private readonly deps: { config: Config; outbox: Outbox }) {}

  async staleJobs(stale: RecurringStatus[], day: string): Promise<void> {
    const tz = this.deps.config.TIMEZONE;
    const m = t('sv');
    const lines = stale.map((j) => m.notices.staleLine(m.status.jobs[j.kind] ?? j.kind, j.lastSuccessAt && formatInstant(j.lastSuccessAt, 'sv', tz), j.lastError && j.lastError.slice(0, 200)));
    const card = noticeCard(m.notices.staleHeading, `${lines.join('\n\n')}\n\n${m.notices.staleTail}`, 'attention');
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `stale:${stale.map((j) => j.kind).join(',')}:${day}`, card)) await this.deps.outbox.enqueue(m);
  }

  async linkedInAccess(failure: LinkedInFailure, day: string): Promise<void> {
    const m = t('sv').notices;
    const what =
      failure.reason === 'unauthorized' ? m.linkedInUnauthorized : failure.reason === 'forbidden' ? m.linkedInForbidden : m.linkedInVersion(this.deps.config.LINKEDIN_VERSION);
    const card = noticeCard(m.linkedInHeading, `${what}\n\n${m.linkedInMeanwhile(failure.detail)}`, 'attention');
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `linkedin-access:${failure.reason}:${day}`, card)) await this.deps.outbox.enqueue(m);
  }
}
