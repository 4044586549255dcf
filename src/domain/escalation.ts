import { REMOVABLE_KIND_LIST, type RemovableKind } from './moderation/kinds';

/** Kinds a person may report: the kinds the classifier proposes for removal, one list. */
export const REPORT_KINDS = REMOVABLE_KIND_LIST;
export type ReportKind = RemovableKind;

/**
 * Where a case stands: `hidden` (hidden on LinkedIn: still there, not a removal), `referred` (criticism
 * referred to Kontaktcenter's feedback handling), `needs-registration` (deleted on LinkedIn outside the bot:
 * a person must file the removal with the registry).
 */
export type EscalationStatus = 'open' | 'acknowledged' | 'removed' | 'kept' | 'hidden' | 'referred' | 'needs-registration';

/** A flagged comment: a threat escalation or a moderation case. */
export interface Escalation {
  id: string;
  evidenceId: string;
  commentId: string | null;
  kind: 'threat' | 'moderation';
  category: string;
  postUrn: string | null;
  department: string | null;
  ownerId: string | null;
  status: EscalationStatus;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  resolution: string | null;
  resolutionReason: string | null;
  renotifyCount: number;
  version: number;
  createdAt: Date;
}

/** One line of the audit. */
export interface Decision {
  id: string;
  escalationId: string;
  action: string;
  byId: string | null;
  byName: string | null;
  at: Date;
  reason: string | null;
  details: Record<string, unknown> | null;
}

/**
 * The decisions a person can make on a case, each recorded with who and when. Removals culls a public
 * record, so they go to the registry; hiding does not (the comment stays, visible to its writer and the page).
 */
export type CaseDecision =
  | 'hidden'
  | 'removed-by-hand'
  | 'removed-via-api'
  | 'blocked-and-removed'
  | 'override-removed'
  | 'referred-to-kc'
  | 'registered-deletion';

/** Decisions that remove the comment: each is registered (diarieförs) and the superadmins are told. */
export const REMOVAL_DECISIONS: ReadonlySet<CaseDecision> = new Set(['removed-by-hand', 'removed-via-api', 'blocked-and-removed', 'override-removed', 'registered-deletion']);

/** States a case can be decided from, per decision. */
const DECIDABLE_FROM: Record<CaseDecision, readonly EscalationStatus[]> = {
  hidden: ['open', 'acknowledged'],
  // A hidden comment may later be removed; one deleted on LinkedIn is removed by whoever says they did it.
  'removed-by-hand': ['open', 'acknowledged', 'hidden', 'needs-registration'],
  'removed-via-api': ['open', 'acknowledged', 'hidden'],
  'blocked-and-removed': ['open', 'acknowledged', 'hidden', 'needs-registration'],
  'override-removed': ['open', 'acknowledged', 'referred', 'kept'],
  'referred-to-kc': ['open', 'acknowledged'],
  'registered-deletion': ['needs-registration'],
};

/** The states `decision` may be made from. */
export function decidableFrom(decision: CaseDecision): readonly EscalationStatus[] {
  return DECIDABLE_FROM[decision];
}

/**
 * A criticism case: the classifier found criticism of the city's work. A public authority must be
 * objective, so criticism is answered or referred to Kontaktcenter, never removed; only a superadmin may
 * override that, with a reason.
 */
export function isCriticismCase(c: Pick<Escalation, 'kind' | 'category'>, classifierKind: string | null | undefined): boolean {
  return c.kind === 'moderation' && (c.category === 'criticism' || classifierKind === 'criticism');
}

/** Whether `decision` may be made on this case by this person (who may act on the case at all is routing's question). */
export function decisionAllowed(
  decision: CaseDecision,
  c: Pick<Escalation, 'kind' | 'category' | 'status'>,
  classifierKind: string | null | undefined,
  actor: { isSuperadmin: boolean },
): 'ok' | 'criticism' | 'superadmin-only' | 'not-criticism' | 'wrong-state' {
  const criticism = isCriticismCase(c, classifierKind);
  if (decision === 'override-removed') {
    if (!criticism) return 'not-criticism';
    if (!actor.isSuperadmin) return 'superadmin-only';
  } else if (decision === 'referred-to-kc') {
    if (!criticism) return 'not-criticism';
  } else if (criticism) {
    // Criticism is not hidden or removed by editors; once it is gone from LinkedIn, the removal is still registered.
    const registering = c.status === 'needs-registration' && decision !== 'hidden' && decision !== 'removed-via-api';
    if (!registering) return 'criticism';
  }
  return DECIDABLE_FROM[decision].includes(c.status) ? 'ok' : 'wrong-state';
}

/** When a comment deleted on LinkedIn must be registered: a case that is not already a registered removal. */
export function deletionNeedsRegistration(status: EscalationStatus): boolean {
  return status !== 'removed' && status !== 'needs-registration';
}
