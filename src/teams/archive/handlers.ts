import type { TurnContext } from 'botbuilder';
import { halfYearDays, latestEnded, parsePeriod, periodName } from '../../domain/archive';
import type { FileLinks } from '../../files';
import type { HalfYearArchive } from '../../services/archive';
import { cardActivity } from '../cards';
import type { TeamsDeps } from '../deps';
import type { Person } from '../identity';
import { t } from '../messages';
import { formatDay, plain } from '../text';
import { archiveCard } from './views';

/** `/arkiv [2026H1]`: a superadmin fetches (and, if it is not made yet, makes) a half-year's archive. */
export class ArchiveHandlers {
  constructor(private readonly deps: TeamsDeps & { archive: HalfYearArchive; links: FileLinks }) {}

  async archive(context: TurnContext, person: Person, args: string): Promise<void> {
    const m = t(person.lang).archive;
    if (!person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, '/archive refused: not a superadmin');
      await context.sendActivity(m.onlySuperadmins);
      return;
    }
    const zone = this.deps.config.TIMEZONE;
    const now = this.deps.clock.now();
    const latest = latestEnded(now, zone);
    const period = args.trim() ? parsePeriod(args) : latest;
    if (!period) {
      this.deps.log.info({ userId: person.id, length: args.length }, '/archive: half-year not understood');
      await context.sendActivity(m.unreadablePeriod(plain(args.trim().slice(0, 40)), periodName(latest)));
      return;
    }
    const outcome = await this.deps.archive.make(period, person);
    if (!outcome.ok) {
      await context.sendActivity(m.notEnded(periodName(period), formatDay(halfYearDays(period).last, person.lang, '')));
      return;
    }
    await context.sendActivity(cardActivity(await archiveCard(outcome.archive, { lang: person.lang, timeZone: zone, links: this.deps.links, fresh: outcome.created })));
  }
}
