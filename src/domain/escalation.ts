import type { CommentKind } from './moderation';

/**
 * Kinds a person may report, and that the classifier proposes for removal: the same list as the
 * classifier's REMOVABLE_KINDS (domain/moderation, being rewritten), checked against its kinds here.
 */
export const REPORT_KINDS = ['threat', 'hate', 'harassment', 'spam', 'personal_data', 'misinformation'] as const satisfies readonly CommentKind[];
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Where a case stands. */
export type EscalationStatus = 'open' | 'acknowledged' | 'removed' | 'kept';

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
