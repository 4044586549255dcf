import type { Config } from '../../config';
import type { FileLinks } from '../../files';
import type { Outbox } from '../../jobs/outbox';
import type { ArchiveNotifier } from '../../services/archive';
import type { ArchiveRecord } from '../../store/archives';
import { toSuperadmins } from '../cards';
import { archiveCard } from './views';

/** Each superadmin gets the archive's card in a personal chat, once per half-year (the outbox key decides). */
export class TeamsArchiveNotifier implements ArchiveNotifier {
  constructor(private readonly deps: { config: Config; outbox: Outbox; links: FileLinks; }) {}

  async archiveMade(a: ArchiveRecord): Promise<void> {
    // Swedish: there is no reader's conversation to take a language from (as for the other notices).
    const card = await archiveCard(a, { lang: 'sv', timeZone: this.deps.config.TIMEZONE, links: this.deps.links, fresh: true });
    for (const m of toSuperadmins(this.deps.config.SUPERADMINS, `archive:${a.period}`, card)) await this.deps.outbox.enqueue(m);
  }
}
