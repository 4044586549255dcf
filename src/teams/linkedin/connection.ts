/**
 * `/koppla linkedin` (`/connect linkedin`): the sign-in card, and the superadmins' notices about the
 * connection (connected, ending in 14/7/1 days, refresh refused), sent through the outbox.
 */
import type { TurnContext } from 'botbuilder';
import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { enGB } from 'date-fns/locale/en-GB';
import { sv as svLocale } from 'date-fns/locale/sv';
import type { Config } from '../../config';
import type { Lang } from '../../domain/calendar';
import type { Outbox } from '../../jobs/outbox';
import type { Logger } from '../../logger';
import type { ConnectionNotifier, LinkedInConnection } from '../../services/linkedinConnection';
import { STATE_MINUTES } from '../../services/linkedinConnection';
import { noticeCard } from '../booking/views';
import { cardActivity, renderCard, toSuperadmins } from '../cards';
import type { Person } from '../identity';
import { t } from '../messages';
import { plain } from '../text';
import { channelOf } from '../../services/savChannel';

/** An expiry as people read it: "torsdag 4 februari 2027 kl. 10:00" (a year ahead for refresh tokens). */
export function expiryText(at: Date, lang: Lang, timeZone: string): string {
  return format(at, lang === 'sv' ? "EEEE d MMMM yyyy 'kl.' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm", { locale: lang === 'sv' ? svLocale : enGB, in: tz(timeZone) });
}

/** The `/koppla` command. */
export class LinkedInConnectHandlers {
  constructor(private readonly deps: { connection: LinkedInConnection; log: Logger }) {}

  async connect(context: TurnContext, person: Person, args: string): Promise<void> {
    const m = t(person.lang).linkedin;
    if (!person.isSuperadmin) {
      this.deps.log.warn({ userId: person.id }, '/koppla refused: not a superadmin');
      await context.sendActivity(m.onlySuperadmins);
      return;
    }
    // `linkedin` alone: the city's page; `linkedin <id> <name>`: a showcase page, whose channel is the one asked in.
    const parsed = /^linkedin(?:\s+(?:urn:li:organization:)?(\d{1,19})\s+(\S[\s\S]{0,79}))?$/i.exec(args.trim());
    if (!parsed) {
      await context.sendActivity(m.connectUsage);
      return;
    }
    const inChannel = context.activity.conversation?.conversationType === 'channel';
    const showcase = parsed[1]
      ? { organizationUrn: `urn:li:organization:${parsed[1]}`, name: parsed[2].trim(), channelId: inChannel ? channelOf(context.activity.conversation.id) : null }
      : undefined;
    const started = await this.deps.connection.start({ id: person.id, name: person.name, isSuperadmin: person.isSuperadmin }, showcase);
    if (!started.ok) {
      await context.sendActivity(started.reason === 'not-superadmin' ? m.onlySuperadmins : m.notConfigured(started.missing));
      return;
    }
    await context.sendActivity(cardActivity(renderCard('linkedin-connect', { heading: m.signInHeading, message: m.signIn(STATE_MINUTES), button: m.signInButton, url: started.url })));
  }
}

/** The superadmins' cards about the connection, in Swedish (no reader's conversation to take a language from). */
export class TeamsConnectionNotifier implements ConnectionNotifier {
  constructor(private readonly deps: { config: Config; outbox: Outbox }) {}

  private async send(key: string, heading: string, text: string, tone: 'good' | 'warning' | 'attention'): Promise<void> {
    for (const message of toSuperadmins(this.deps.config.SUPERADMINS, key, noticeCard(heading, text, tone))) await this.deps.outbox.enqueue(message);
  }

  private when(at: Date): string {
    return expiryText(at, 'sv', this.deps.config.TIMEZONE);
  }

  /** A showcase page's notices say which page in the heading. */
  private heading(text: string, pageName: string | null): string {
    return pageName ? `${plain(pageName)}: ${text}` : text;
  }

  async connected(f: { organizationUrn: string; pageName: string | null; byName: string | null; expiresAt: Date; refreshable: boolean }): Promise<void> {
    const m = t('sv').linkedin;
    await this.send(`linkedin-connected:${f.organizationUrn}:${f.expiresAt.toISOString()}`, this.heading(m.connectedHeading, f.pageName), m.connected(f.byName ?? m.someone, this.when(f.expiresAt), f.refreshable), 'good');
  }

  async expiring(f: { organizationUrn: string; pageName: string | null; endsAt: Date; days: number }): Promise<void> {
    const m = t('sv').linkedin;
    await this.send(`linkedin-expiry:${f.organizationUrn}:${f.endsAt.toISOString()}:${f.days}`, this.heading(m.expiringHeading(f.days), f.pageName), m.expiring(this.when(f.endsAt)), f.days <= 1 ? 'attention' : 'warning');
  }

  async refreshFailed(f: { organizationUrn: string; pageName: string | null; expiresAt: Date | null; detail: string }): Promise<void> {
    const m = t('sv').linkedin;
    await this.send(`linkedin-refresh-failed:${f.organizationUrn}:${f.expiresAt?.toISOString() ?? 'none'}`, this.heading(m.refreshFailedHeading, f.pageName), m.refreshFailed(f.expiresAt && this.when(f.expiresAt), f.detail), 'attention');
  }
}
