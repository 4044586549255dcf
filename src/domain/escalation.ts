import { REMOVABLE_KIND_LIST, type RemovableKind } from './moderation/kinds';

/** Kinds a person may report: the kinds the classifier proposes for removal, one list. */
export const REPORT_KINDS = REMOVABLE_KIND_LIST;
export type ReportKind = RemovableKind;

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
