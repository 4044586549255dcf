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
    const lines = stale.map((j) => `${t('sv').status.jobs[j.kind] ?? j.kind}: ${j.lastSuccessAt ? `senast lyckad ${formatInstant(j.lastSuccessAt, 'sv', tz)}` : 'har aldrig lyckats'}${j.lastError ? ` (${j.lastError.slice(0, 200)})` : ''}`);
    const card = noticeCard('Ett återkommande jobb går inte', `${lines.join('\n\n')}\n\nBoten försöker igen av sig själv. Se /status; loggen säger mer.`, 'attention');
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `stale:${stale.map((j) => j.kind).join(',')}:${day}`, card)) await this.deps.outbox.enqueue(m);
  }

  async linkedInAccess(failure: LinkedInFailure, day: string): Promise<void> {
    const heading = 'LinkedIn-kopplingen behöver åtgärdas';
    const what =
      failure.reason === 'unauthorized'
        ? 'LinkedIn säger att åtkomsttoken har gått ut eller dragits tillbaka. En sidadministratör behöver logga in igen och ge boten en ny token (LINKEDIN_ACCESS_TOKEN).'
        : failure.reason === 'forbidden'
          ? 'LinkedIn säger att boten saknar behörighet. Kontrollera att kontot bakom token fortfarande är administratör för sidan och att appen har behörigheterna r_organization_social_feed och w_organization_social_feed.'
          : `LinkedIn känner inte igen API-versionen ${this.deps.config.LINKEDIN_VERSION}. Sätt LINKEDIN_VERSION till en aktuell månad (ÅÅÅÅMM).`;
    const card = noticeCard(heading, `${what}\n\nTills dess följer boten kommentarer som redaktörerna registrerar med /kommentar. (${failure.detail})`, 'attention');
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `linkedin-access:${failure.reason}:${day}`, card)) await this.deps.outbox.enqueue(m);
  }
}
