import type { ReminderStep } from './reminders';
import type { LocalDate } from './calendar';
import { Absence, standIn } from './absence';

/**
 * Who gets what: the recipients and fallbacks of a threat, a moderation case and each reminder step.
 * Pure decisions; the Teams notifiers only translate them into outbox targets.
 */

/** What routing needs to know about a post. */
export interface RoutedPost {
  ownerId: string | null;
  ownerName?: string | null;
  matchStatus: 'none' | 'proposed' | 'confirmed' | 'rejected';
}

/** Who a message goes to. */
export type Recipient =
  /** A person; `standIn` when they get it because the SAV channel is not known yet (then it never falls back to the channel). */
  | { to: 'person'; userId: string; name?: string; fallbackToChannel: boolean; standIn?: boolean; standsInFor?: AwayHolder }
  /**
   * The SAV channel (the message waits for it when the bot is not in the SAV team yet), or with
   * `conversationId` another channel the bot knows: Kontaktcenter's.
   */
  | { to: 'channel'; conversationId?: string };

/** The post's owner: the booking's owner, unless they said the post is not theirs. */
function postOwner(post: RoutedPost): { id: string; name: string | null } | null {
  return post.ownerId && post.matchStatus !== 'rejected' ? { id: post.ownerId, name: post.ownerName ?? null } : null;
}

/** The channel, and while it is not known the superadmins, so that someone hears now. */
function channelOrStandIns(channelKnown: boolean, superadmins: readonly string[]): Recipient[] {
  const channel: Recipient[] = [{ to: 'channel' }];
  if (channelKnown) return channel;
  return [...channel, ...superadmins.map((userId): Recipient => ({ to: 'person', userId, fallbackToChannel: false, standIn: true }))];
}

/** Someone away whose questions a substitute gets: who, and the last day away. */
export interface AwayHolder {
  userId: string;
  name: string;
  until: LocalDate;
}

/** What routing needs to know about who holds a question now (working together, issue 16). */
export interface Holding {
  /** The person the question was handed over to; null while it is the post owner's. */
  holder: { id: string; name: string | null } | null;
  today: LocalDate;
  /** Away periods that may touch today. */
  absences: readonly Absence[];
}

/**
 * Who answers for a question now: the person it was handed over to, else the post's owner; while that
 * person is away, their substitute (`standsInFor` says for whom, until when). Null: nobody, the channel.
 */
export function questionHolder(post: RoutedPost, holding?: Holding): { id: string; name: string | null; standsInFor?: AwayHolder } | null {
  const held = holding?.holder ?? postOwner(post);
  if (!held || !holding) return held;
  const sub = standIn(held.id, holding.today, holding.absences);
  if (!sub) return held;
  return { id: sub.id, name: sub.name, standsInFor: { userId: held.id, name: held.name ?? sub.away.userName, until: sub.away.toDay } };
}

/**
 * A reminder step: the owner's step goes to whoever holds the question (`questionHolder`: the post's
 * owner or the person it was handed to, a substitute while they are away; the channel without one), a
 * hand-over to the new holder, the channel's step to the channel, the overdue notice to the superadmins
 * and the channel, a snooze to the person who snoozed. People fall back to the channel when they cannot be reached.
 */
export function reminderRecipients(
  step: ReminderStep | 'snooze' | 'handover',
  post: RoutedPost,
  opts: { superadmins: readonly string[]; channelKnown: boolean; snoozedBy?: string; holding?: Holding; kontaktcenter?: KontaktcenterRoute | null },
): Recipient[] {
  const person = (userId: string, name?: string | null): Recipient => ({ to: 'person', userId, name: name ?? undefined, fallbackToChannel: true });
  const kc = kontaktcenterRecipients(step, opts);
  if (kc) return kc;
  if (step === 'owner' || step === 'handover') {
    const holder = questionHolder(post, opts.holding);
    if (!holder) return step === 'owner' ? channelOrStandIns(opts.channelKnown, opts.superadmins) : [];
    return [{ to: 'person', userId: holder.id, name: holder.name ?? undefined, fallbackToChannel: true, ...(holder.standsInFor ? { standsInFor: holder.standsInFor } : {}) }];
  }
  if (step === 'channel') return channelOrStandIns(opts.channelKnown, opts.superadmins);
  if (step === 'overdue') return [...opts.superadmins.map((id) => person(id)), ...channelOrStandIns(opts.channelKnown, opts.superadmins)];
  return opts.snoozedBy ? [person(opts.snoozedBy)] : [];
}

/** Kontaktcenter's Teams channel, for a post whose booking says KC handles its comments. */
export interface KontaktcenterRoute {
  conversationId: string;
}

/**
 * Reminders of a post whose comments Kontaktcenter handles (by agreement, a booking flag) go to KC's
 * channel instead of the owner and the SAV channel; the overdue notice also to the superadmins; a snooze
 * to the person who snoozed. Null when KC does not handle the post (or its channel is not set): the
 * ordinary routing applies.
 */
export function kontaktcenterRecipients(
  step: ReminderStep | 'snooze' | 'handover',
  opts: { superadmins: readonly string[]; kontaktcenter?: KontaktcenterRoute | null },
): Recipient[] | null {
  // A snooze goes to whoever snoozed, a hand-over to the person it was handed to, also on KC's posts.
  if (!opts.kontaktcenter || step === 'snooze' || step === 'handover') return null;
  const kc: Recipient = { to: 'channel', conversationId: opts.kontaktcenter.conversationId };
  if (step === 'overdue') return [...opts.superadmins.map((userId): Recipient => ({ to: 'person', userId, fallbackToChannel: false })), kc];
  return [kc];
}

/** A case's kind: a threat, or a comment that breaks the rules (moderation). */
export type CaseKind = 'threat' | 'moderation';

/** Who a case is sent to, and in which role. */
export interface CaseRecipient {
  userId: string;
  role: 'superadmin' | 'manager' | 'owner';
}

/**
 * A new case's recipients: a threat goes to the superadmins, the department's managers and the post's
 * owner; a moderation case to the post's owner alone (without an owner, to the channel: see
 * `caseDelivery`). `missingManagers` says a threat's department has no managers to tell.
 */
export function caseRecipients(kind: CaseKind, post: RoutedPost, opts: { superadmins: readonly string[]; managers: readonly string[] }): { recipients: CaseRecipient[]; owner: string | null; missingManagers: boolean } {
  const owner = postOwner(post)?.id ?? null;
  const roles = new Map<string, CaseRecipient['role']>();
  if (kind === 'threat') {
    for (const id of opts.superadmins) roles.set(id, 'superadmin');
    for (const id of opts.managers) if (!roles.has(id)) roles.set(id, 'manager');
  }
  if (owner && !roles.has(owner)) roles.set(owner, 'owner');
  return { recipients: [...roles].map(([userId, role]) => ({ userId, role })), owner, missingManagers: kind === 'threat' && opts.managers.length === 0 };
}

/**
 * Where one round of a case card goes: to each recipient personally. A threat is never quoted in the
 * channel, so it does not fall back to it; a moderation case does. A moderation case without an owner
 * goes to the channel's editors on its first round.
 */
export function caseDelivery(
  c: { kind: CaseKind; ownerId: string | null },
  recipients: readonly { userId: string }[],
  round: number,
  opts: { superadmins: readonly string[]; channelKnown: boolean },
): Recipient[] {
  const people = recipients.map((r): Recipient => ({ to: 'person', userId: r.userId, fallbackToChannel: c.kind !== 'threat' }));
  if (c.kind === 'moderation' && !c.ownerId && round === 0) return [...people, ...channelOrStandIns(opts.channelKnown, opts.superadmins)];
  return people;
}

/** Only the people a case was sent to, and superadmins, may act on it; a case without an owner went to the channel, whose editors handle it. */
export function mayActOnCase(actor: { id: string; isSuperadmin: boolean }, c: { kind: CaseKind; ownerId: string | null }, recipients: readonly { userId: string }[]): boolean {
  if (actor.isSuperadmin) return true;
  if (c.kind === 'moderation' && !c.ownerId) return true;
  return recipients.some((r) => r.userId === actor.id);
}
