import type { Config } from '../../config';
import type { Month } from '../../domain/followup';
import type { FileLinks } from '../../files';
import type { Outbox } from '../../jobs/outbox';
import { followupCsv } from '../../registry/followupCsv';
import type { FollowupService } from '../../services/followup';
import { cardActivity } from '../cards';
import { followupCard } from './views';

/** Posts a month's follow-up card (the whole network, in Swedish) to the SAV channel, once per month. */
export class TeamsFollowupNotifier {
  constructor(private readonly deps: { config: Config; followup: FollowupService; links: FileLinks; outbox: Outbox }) {}

  /**
   * Queues the card for `month`; false when it was queued before. The outbox key `followup:<month>` is
   * unique in the database, so restarts and several instances never post a month twice.
   */
  async post(month: Month): Promise<boolean> {
    const { config, followup, links, outbox } = this.deps;
    const report = await followup.report(month, null);
    const fileId = await followup.keepCsv(report, followupCsv(report, config.TIMEZONE), null);
    // Everyone in the channel sees the form; saving is refused on the server to all but superadmins.
    const canEnter = !report.apiConnected || report.page?.figures === null;
    const card = followupCard(report, { lang: 'sv', timeZone: config.TIMEZONE, csvUrl: await links.link(fileId), canEnter });
    const { queued } = await outbox.enqueue({ key: `followup:${month}`, target: { kind: 'channel' }, activity: cardActivity(card) });
    return queued;
  }
}
