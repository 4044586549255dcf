import type { Config } from '../config';
import type { Lang } from '../domain/calendar';
import type { Clock } from '../domain/clock';
import type { OutboxMessage, OutboxRow, Reachability, SendFailure } from '../jobs/outbox';
import type { Logger } from '../logger';
import type { UnreachableRepository } from '../store/members';
import type { UnreachablePerson, UnreachableReason } from '../domain/reach';
import type { RecipientRepository } from '../store/outbox';
import { noticeCard } from './booking/views';
import { cardActivity, toSuperadmins } from './cards';
import { plain } from './text';
import { t } from './messages';

/** Why Teams refused, in our terms: 403 MessageWritesBlocked is a block; any other 403 is an app not installed. */
function reasonOf(failure: SendFailure): UnreachableReason {
  if (failure.code === 'UserLeftTeam') return 'left-team';
  if (failure.status === 403) return failure.code === 'MessageWritesBlocked' ? 'blocked' : 'not-installed';
  if (failure.status === 404) return 'unknown';
  return 'failed';
}

/** What to do about it, for the people who can fix it. */
export function remedy(reason: UnreachableReason, lang: Lang): string {
  return t(lang).people.remedies[reason];
}

/** What a message was, from its outbox key, for people who read that it was lost. */
function whatItWas(key: string): string {
  const kind = key.split(':')[0];
  const m = t('sv').notices;
  return m.messageKinds[kind] ?? m.aMessage(kind);
}

/** One line per unreachable person, for /status. */
export function unreachableLine(p: UnreachablePerson, lang: Lang): string {
  return `${plain(p.name ?? p.userId)}: ${t(lang).people.unreachable[p.reason]}`;
}

/**
 * Nobody is silently unreachable: records every person a personal card could not reach (for /status),
 * and when the card had to reach them (a threat), tells the SAV channel and every other superadmin who
 * could not be reached and how to fix it, without a word of the comment.
 */
export class TeamsReachability implements Reachability {
  constructor(
    private readonly deps: { config: Config; clock: Clock; log: Logger; repo: UnreachableRepository; recipients: RecipientRepository },
  ) {}

  async reached(userId: string): Promise<void> {
    await this.deps.repo.clear(userId);
  }

  /**
   * A message given up for good is shown to the superadmins: what it was, where it was going, why.
   * Not for a person's refusal (403/404: recorded as unreachable, and alerted for threats), and never for
   * these notices themselves.
   */
  async gaveUp(row: OutboxRow, failure: SendFailure): Promise<OutboxMessage[]> {
    if (row.key.startsWith('undelivered:') || row.key.startsWith('unreachable:') || row.mustReach) return [];
    if (row.target.kind === 'user' && (failure.status === 403 || failure.status === 404)) return [];
    const target = row.target;
    const m = t('sv').notices;
    const where =
      target.kind === 'user'
        ? plain(target.name ?? (await this.deps.recipients.nameOf(target.userId)) ?? target.userId)
        : target.kind === 'channel' ? m.theChannel : m.theConversation(target.conversationId);
    const hours = Math.round((this.deps.clock.now().getTime() - row.createdAt.getTime()) / 360_000) / 10;
    const status = `${failure.status}${failure.code ? ` ${failure.code}` : ''}`;
    const card = noticeCard(m.undeliveredHeading, m.undelivered(whatItWas(row.key), where, row.attempts, hours, status, failure.detail.slice(0, 300), row.key), 'attention');
    return toSuperadmins(this.deps.config.SUPERADMINS, `undelivered:${row.key}`, card, target.kind === 'user' ? target.userId : undefined);
  }

  async unreachable(row: OutboxRow, failure: SendFailure): Promise<OutboxMessage[]> {
    const target = row.target;
    if (target.kind !== 'user') return [];
    const reason = reasonOf(failure);
    await this.deps.repo.mark(target.userId, reason, failure.detail, this.deps.clock.now());
    this.deps.log.warn({ userId: target.userId, reason, key: row.key, detail: failure.detail }, 'a person could not be reached in personal chat');
    if (!row.mustReach) return [];

    const lang: Lang = this.deps.config.BOT_LANGUAGE === 'en' ? 'en' : 'sv';
    const name = plain(target.name ?? (await this.deps.recipients.nameOf(target.userId)) ?? target.userId);
    const subject = row.mustReach;
    const caseId = subject.startsWith('case:') ? subject.slice('case:'.length) : subject;
    const heading = t(lang).people.threatNotReachedHeading(name);
    const status = `${failure.status}${failure.code ? ` ${failure.code}` : ''}`;
    const message = t(lang).people.threatNotReached(name, target.userId, status, remedy(reason, lang), caseId);
    const card = noticeCard(heading, message, 'attention');
    const key = `unreachable:${subject}:${target.userId}`;
    return [{ key: `${key}:channel`, target: { kind: 'channel' }, activity: cardActivity(card) }, ...toSuperadmins(this.deps.config.SUPERADMINS, key, card, target.userId)];
  }
}
