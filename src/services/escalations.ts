import type { Clock } from '../domain/clock';
import { EvidenceContent, evidenceHash, verifyEvidence } from '../domain/evidence';
import { caseRecipients, mayActOnCase } from '../domain/routing';
import { REACH_CHECK_JOB } from '../jobs/escalationReachCheck';
import { RENOTIFY_JOB } from '../jobs/escalationRenotify';
import type { JobQueue } from '../jobs/queue';
import type { Logger } from '../logger';
import type { Post, TrackedComment } from '../domain/comment';
import type { EscalationRepository, FileRepository, RegistrationRepository } from '../store/escalations';
import { CaseDecision, Decision, decidableFrom, decisionAllowed, deletionNeedsRegistration, Escalation, EscalationStatus, REMOVAL_DECISIONS, REPORT_KINDS, ReportKind } from '../domain/escalation';
import type { EvidenceRecord } from '../domain/evidence';
import type { Actor } from './booking';
import type { StoredVerdict } from './comments';

export { REPORT_KINDS } from '../domain/escalation';
export type { ReportKind } from '../domain/escalation';

/** Tells people about cases: implemented by the Teams layer. */
export interface EscalationNotifier {
  /** Sends the case card to each recipient; `round` 0 is the first, later rounds are re-sends. */
  notify(e: Escalation, recipients: { userId: string; role: string }[], round: number, missingManagers: boolean): Promise<void>;
  /** Tells the SAV channel that a threat waits for acknowledgement, without quoting it. */
  threatWaiting(e: Escalation): Promise<void>;
  /** Updates every copy of the case card to its current state. */
  refresh(e: Escalation): Promise<void>;
  /** Informs the superadmins that a comment was removed (moderation cases). */
  removed(e: Escalation): Promise<void>;
  /** A flagged comment was deleted on LinkedIn outside the bot: the superadmins and the owner are asked to register it. */
  needsRegistration(e: Escalation): Promise<void>;
  /** True when at least one copy of the case card was delivered to someone. */
  reachedAnyone(e: Escalation): Promise<boolean>;
  /** Tells the SAV channel, without quoting it, that a threat has reached nobody. */
  nobodyReached(e: Escalation): Promise<void>;
}

/** Files a removal in the registry and produces hand-over material: implemented by the registry module. */
export interface Registrar {
  register(e: Escalation, evidence: EvidenceRecord, decidedBy: Actor, at: Date): Promise<void>;
  handover(e: Escalation, evidence: EvidenceRecord, to: 'police' | 'occupational-safety', by: Actor, at: Date): Promise<{ text: string; fileId: string }>;
  /** The evidence as the registry's document text (Swedish), to show beside a case of `category`. */
  describe(evidence: EvidenceRecord, category?: string): string;
  /** The audit of every decision as a CSV file's content, for the city's (Swedish) spreadsheets. */
  audit(decisions: (Decision & { category: string; kind: string })[]): string;
}

/**
 * A removal's registration with the registry: `pending` while the e-mail is being sent, `sent` once the
 * server took it, `stored` when no e-mail server is configured (nothing was sent: a person must send it).
 */
export interface RegistrationState {
  status: 'pending' | 'sent' | 'stored';
  fileId: string;
  sentAt: Date | null;
}

/** Hand-over material made for a case: for the police or for occupational safety, by whom and when. */
export interface HandoverStep {
  to: 'police' | 'occupational-safety';
  byName: string | null;
  at: Date;
  fileId: string | null;
}

/** What a case card shows besides the case itself. */
export interface CaseDetails {
  evidence: EvidenceRecord;
  handovers: HandoverStep[];
  registration: RegistrationState | null;
}

/** Loads a case's details from the store; shared by the service and the Teams notifier, which is built before it. */
export async function loadCaseDetails(repo: EscalationRepository, registrations: RegistrationRepository, e: Escalation): Promise<CaseDetails | null> {
  const evidence = await repo.evidence(e.evidenceId);
  if (!evidence) return null;
  const handovers = (await repo.decisionsOf(e.id))
    .filter((d) => d.action === 'police-report' || d.action === 'occupational-safety')
    .map((d): HandoverStep => ({
      to: d.action === 'police-report' ? 'police' : 'occupational-safety',
      byName: d.byName,
      at: new Date(d.at),
      fileId: typeof d.details?.fileId === 'string' ? d.details.fileId : null,
    }));
  const reg = await registrations.byEscalation(e.id);
  const registration: RegistrationState | null = reg
    ? { status: reg.status === 'sent' ? 'sent' : reg.status === 'stored' ? 'stored' : 'pending', fileId: reg.fileId, sentAt: reg.sentAt }
    : null;
  return { evidence, handovers, registration };
}

/** Deletes a comment as the page; present only when the LinkedIn API is configured. */
export interface CommentRemover {
  remove(postUrn: string, commentUrn: string): Promise<{ ok: true } | { ok: false; detail: string }>;
}

/** Outcome of a person's action on a case. */
export type CaseOutcome =
  | { kind: 'done'; escalation: Escalation; extra?: { text: string; fileId: string } }
  | { kind: 'unchanged'; escalation: Escalation }
  | { kind: 'forbidden'; escalation: Escalation }
  | { kind: 'not-found' }
  | { kind: 'reason-required'; escalation: Escalation }
  | { kind: 'api-refused'; escalation: Escalation; detail: string }
  | { kind: 'no-api'; escalation: Escalation }
  /** Criticism is not hidden or removed: refer it to Kontaktcenter (a superadmin may override, with a reason). */
  | { kind: 'criticism'; escalation: Escalation }
  | { kind: 'superadmin-only'; escalation: Escalation };


/** The department → managers routing, from configuration and `/admin`. */
export type ManagerDirectory = (department: string | null) => Promise<string[]>;

/**
 * Flags, evidence first, and people decide: opens cases for threats and rule-breaking comments,
 * routes them, re-sends unacknowledged threats, and records who decided what, when and why.
 */
export class EscalationService {
  private readonly notifier: EscalationNotifier;
  private readonly registrar: Registrar;
  private readonly remover: CommentRemover | null;

  constructor(
    private readonly opts: {
      repo: EscalationRepository;
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      superadmins: string[];
      managers: ManagerDirectory;
      renotifyMinutes: number;
      renotifyLimit: number;
      /** Tells people (the Teams layer). */
      notifier: EscalationNotifier;
      /** Files removals and hand-overs (the registry). */
      registrar: Registrar;
      /** Deletes comments as the page; only with the LinkedIn API. */
      remover?: CommentRemover | null;
      /** Stored files: registrations, hand-over material, audit exports. */
      files: FileRepository;
      registrations: RegistrationRepository;
      /** Told after a new case opened on a post (Kontaktcenter's rush alert). */
      onFlagged?: (postUrn: string) => Promise<unknown>;
    },
  ) {
    this.notifier = opts.notifier;
    this.registrar = opts.registrar;
    this.remover = opts.remover ?? null;
  }

  /**
   * Opens a case for a comment: the evidence record is written first, then the case, its recipients and
   * the first decision ("flagged"), then people are told. A comment already flagged keeps its first case.
   */
  async flag(comment: TrackedComment, post: Post, category: ReportKind, reportedBy: Actor | null, classification: { kind: string; reasons: string[]; version: string }): Promise<{ escalation: Escalation; created: boolean }> {
    const at = this.opts.clock.now();
    const evidence: EvidenceContent = {
      commentText: comment.text ?? '',
      authorName: comment.authorName,
      authorUrn: comment.authorUrn,
      postUrn: post.urn,
      commentId: comment.externalId,
      commentUrl: comment.url ?? post.url,
      commentedAt: comment.commentedAt?.toISOString() ?? null,
      seenAt: comment.seenAt.toISOString(),
      reportedById: reportedBy?.id ?? comment.registeredById,
      reportedByName: reportedBy?.name ?? comment.registeredByName,
      kind: classification.kind,
      reasons: classification.reasons,
      classifierVersion: classification.version,
    };
    const kind = category === 'threat' ? 'threat' : 'moderation';
    const managers = kind === 'threat' ? await this.opts.managers(post.department) : [];
    const { recipients: list, owner, missingManagers } = caseRecipients(kind, post, { superadmins: this.opts.superadmins, managers });
    const opened = await this.opts.repo.open({
      evidence,
      hash: evidenceHash(evidence),
      commentId: comment.id,
      kind,
      category,
      postUrn: post.urn,
      department: post.department,
      ownerId: owner,
      recipients: list,
      flaggedBy: reportedBy ? { id: reportedBy.id, name: reportedBy.name } : { id: null, name: 'SAV-boten (klassificeraren)' },
      at,
    });
    if (!opened.created) return opened;
    const e = opened.escalation;
    await this.opts.onFlagged?.(post.urn);
    this.opts.log.warn({ escalationId: e.id, kind, category, recipients: list.length, missingManagers }, 'comment flagged');
    // The person who reported it has the case card as the answer to their form: no second copy.
    await this.notifier.notify(e, reportedBy ? list.filter((r) => r.userId !== reportedBy.id) : list, 0, missingManagers);
    // A threat that has reached nobody by the first re-send is not a failure to log and forget.
    if (kind === 'threat') await this.opts.queue.schedule(REACH_CHECK_JOB, { escalationId: e.id }, this.later(at, 1), `escalation:${e.id}:reach-check`);
    if (kind === 'threat' && this.opts.renotifyLimit > 0) {
      await this.opts.queue.schedule(RENOTIFY_JOB, { escalationId: e.id, round: 1 }, this.later(at, 1), `escalation:${e.id}:renotify:1`);
    }
    return opened;
  }

  /**
   * A stored comment the classifier would remove: a threat escalates, a rule-breaking comment opens a
   * moderation case. Criticism never does.
   */
  async flagClassified(comment: TrackedComment, post: Post, verdict: StoredVerdict): Promise<void> {
    if (!verdict.remove) return;
    const category: ReportKind | undefined = verdict.threat ? 'threat' : REPORT_KINDS.find((k) => k === verdict.kind);
    if (category) await this.flag(comment, post, category, null, { kind: verdict.kind, reasons: verdict.reasons, version: verdict.version });
  }

  /** Kvittera: stops the re-sends; every copy shows who and when. */
  acknowledge(actor: Actor, id: string, version: number): Promise<CaseOutcome> {
    const at = this.opts.clock.now();
    return this.act(actor, id, version, ['open'], { status: 'acknowledged', acknowledgedAt: at, acknowledgedByName: actor.name }, { action: 'acknowledged', reason: null }, async (e) => {
      await this.opts.queue.cancel(`escalation:${e.id}:renotify:`);
    });
  }

  /** Borttagen på LinkedIn: a person removed it by hand. */
  removedByHand(actor: Actor, id: string, version: number): Promise<CaseOutcome> {
    return this.decide(actor, id, version, 'removed-by-hand');
  }

  /** Ta bort via API: deletes as the page; says so honestly when LinkedIn refuses. */
  removeViaApi(actor: Actor, id: string, version: number): Promise<CaseOutcome> {
    return this.decide(actor, id, version, 'removed-via-api');
  }

  /**
   * A person's decision on a case, recorded with who and when: hidden on LinkedIn, removed (by hand, via
   * the API, or blocked and removed), criticism referred to Kontaktcenter, a superadmin's override that
   * removes criticism (with a reason), or the registration of a comment deleted on LinkedIn. Removals are
   * registered and the superadmins told; hiding is not a removal (the comment is still there).
   */
  async decide(actor: Actor, id: string, version: number, decision: CaseDecision, reason = ''): Promise<CaseOutcome> {
    const e = await this.opts.repo.get(id);
    if (!e) return { kind: 'not-found' };
    if (!(await this.mayAct(actor, e))) return this.forbidden(actor, e);
    const evidence = await this.opts.repo.evidence(e.evidenceId);
    const why = reason.trim();
    const allowed = decisionAllowed(decision, e, evidence?.content.kind, actor);
    if (allowed === 'superadmin-only') {
      this.opts.log.warn({ escalationId: id, userId: actor.id, decision }, 'override by someone who is not a superadmin refused');
      return { kind: 'superadmin-only', escalation: e };
    }
    if (allowed === 'criticism') return { kind: 'criticism', escalation: e };
    // A verb the card never offers for this case (forged data): nothing changes.
    if (allowed === 'not-criticism') return { kind: 'unchanged', escalation: e };
    if (decision === 'override-removed' && !why) return { kind: 'reason-required', escalation: e };
    // The deletion on LinkedIn changed the case after its card was sent: a removal completes it whatever the card's version.
    const current = e.status === 'needs-registration' && REMOVAL_DECISIONS.has(decision) ? e.version : version;
    if (decision === 'removed-via-api') {
      if (current !== e.version || !decidableFrom(decision).includes(e.status)) return { kind: 'unchanged', escalation: e };
      if (!this.remover || !evidence?.content.commentId || !e.postUrn) return { kind: 'no-api', escalation: e };
      const result = await this.remover.remove(e.postUrn, evidence.content.commentId);
      if (!result.ok) {
        await this.opts.repo.record(id, { action: 'api-delete-refused', byId: actor.id, byName: actor.name, at: this.opts.clock.now(), reason: result.detail, details: null });
        this.opts.log.warn({ escalationId: id, detail: result.detail }, 'LinkedIn refused to delete the comment');
        return { kind: 'api-refused', escalation: e, detail: result.detail };
      }
    }
    const removal = REMOVAL_DECISIONS.has(decision);
    const status: EscalationStatus = removal ? 'removed' : decision === 'hidden' ? 'hidden' : 'referred';
    const resolution = decision === 'registered-deletion' ? 'deleted-on-linkedin' : decision;
    const at = this.opts.clock.now();
    return this.act(
      actor,
      id,
      current,
      [...decidableFrom(decision)],
      { status, resolvedAt: at, resolvedByName: actor.name, resolution, resolutionReason: why || null },
      { action: decision, reason: why || null },
      async (updated) => {
        await this.opts.queue.cancel(`escalation:${updated.id}:renotify:`);
        if (!removal) return;
        const ev = await this.opts.repo.evidence(updated.evidenceId);
        if (ev) await this.registrar.register(updated, ev, actor, at);
        if (updated.kind === 'moderation') await this.notifier.removed(updated);
      },
    );
  }

  /**
   * A comment was deleted directly on LinkedIn (webhook COMMENT_DELETE). When it was flagged or reported,
   * its case becomes "behöver registreras": the stored text and evidence are kept, and the superadmins and
   * the owner are asked to register the removal, so that every removal reaches the registry. A comment the
   * classifier would remove but that has no case yet gets one first. Null when nothing needs registering.
   */
  async deletedOnLinkedIn(comment: TrackedComment, post: Post, verdict: StoredVerdict): Promise<Escalation | null> {
    let e = await this.opts.repo.byComment(comment.id);
    if (!e && verdict.remove) {
      const category: ReportKind | undefined = verdict.threat ? 'threat' : REPORT_KINDS.find((k) => k === verdict.kind);
      if (category) e = (await this.flag(comment, post, category, null, { kind: verdict.kind, reasons: verdict.reasons, version: verdict.version })).escalation;
    }
    // A second delivery, or a deletion made through the bot: one registration is enough.
    for (let attempt = 0; e && deletionNeedsRegistration(e.status) && attempt < 3; attempt++) {
      const from: EscalationStatus[] = ['open', 'acknowledged', 'kept', 'hidden', 'referred'];
      const updated = await this.opts.repo.transition(e.id, e.version, from, { status: 'needs-registration' }, {
        action: 'deleted-on-linkedin', byId: null, byName: 'LinkedIn', at: this.opts.clock.now(), reason: null, details: { commentUrn: comment.externalId },
      });
      if (updated) {
        this.opts.log.warn({ escalationId: updated.id }, 'a flagged comment was deleted on LinkedIn: the removal needs registering');
        await this.opts.queue.cancel(`escalation:${updated.id}:renotify:`);
        await this.notifier.needsRegistration(updated);
        await this.notifier.refresh(updated);
        return updated;
      }
      // Someone decided at the same moment: look again.
      e = await this.opts.repo.get(e.id);
    }
    return null;
  }

  /** Inte ett hot / Behåll: the comment stays; a reason is mandatory. */
  keep(actor: Actor, id: string, version: number, reason: string): Promise<CaseOutcome> {
    const at = this.opts.clock.now();
    const why = reason.trim();
    return this.act(
      actor,
      id,
      version,
      ['open', 'acknowledged'],
      { status: 'kept', resolvedAt: at, resolvedByName: actor.name, resolution: 'kept', resolutionReason: why },
      { action: 'kept', reason: why },
      async (e) => {
        await this.opts.queue.cancel(`escalation:${e.id}:renotify:`);
      },
      () => why.length === 0,
    );
  }

  /** Till arbetarskydd / Polisanmälan: records the step and produces the material to hand over. */
  async handover(actor: Actor, id: string, to: 'police' | 'occupational-safety'): Promise<CaseOutcome> {
    const e = await this.opts.repo.get(id);
    if (!e) return { kind: 'not-found' };
    if (!(await this.mayAct(actor, e))) return this.forbidden(actor, e);
    const evidence = await this.opts.repo.evidence(e.evidenceId);
    if (!evidence) return { kind: 'unchanged', escalation: e };
    const at = this.opts.clock.now();
    const material = await this.registrar.handover(e, evidence, to, actor, at);
    await this.opts.repo.record(id, { action: to === 'police' ? 'police-report' : 'occupational-safety', byId: actor.id, byName: actor.name, at, reason: null, details: { fileId: material.fileId } });
    await this.notifier.refresh(e);
    return { kind: 'done', escalation: e, extra: material };
  }

  /** An evidence record and whether its hash still matches; for superadmins and the post's owner. */
  async evidenceFor(
    actor: Actor,
    evidenceOrCaseId: string,
  ): Promise<{ kind: 'ok'; evidence: EvidenceRecord; text: string; verified: boolean; escalation: Escalation | null } | { kind: 'not-found' } | { kind: 'ambiguous' } | { kind: 'forbidden' }> {
    // An evidence id or a case id, whole or its start (as people copy it from a card): one record, or none.
    const { evidence: evidenceIds, cases } = await this.opts.repo.idsStartingWith(evidenceOrCaseId);
    const named = new Map<string, string | null>(evidenceIds.map((id) => [id, null]));
    for (const c of cases) named.set(c.evidenceId, c.id);
    if (named.size > 1) return { kind: 'ambiguous' };
    const [match] = named;
    const evidence = match ? await this.opts.repo.evidence(match[0]) : null;
    if (!match || !evidence) return { kind: 'not-found' };
    const escalation = match[1] ? await this.opts.repo.get(match[1]) : evidence.commentId ? await this.opts.repo.byComment(evidence.commentId) : null;
    const allowed = actor.isSuperadmin || (escalation?.ownerId !== null && escalation?.ownerId === actor.id);
    if (!allowed) return { kind: 'forbidden' };
    return { kind: 'ok', evidence, text: this.registrar.describe(evidence, escalation?.category), verified: verifyEvidence(evidence.content, evidence.hash), escalation };
  }

  get(id: string): Promise<Escalation | null> {
    return this.opts.repo.get(id);
  }

  /** A case's evidence record. */
  evidence(e: Escalation): Promise<EvidenceRecord | null> {
    return this.opts.repo.evidence(e.evidenceId);
  }

  /** Cases opened or still open since `since`. */
  recent(since: Date): Promise<Escalation[]> {
    return this.opts.repo.recent(since);
  }

  /** Every decision on every case as a CSV file, kept for download; returns the file's id. */
  async auditExport(by: Actor): Promise<string> {
    const csv = this.registrar.audit(await this.opts.repo.decisions());
    return this.opts.files.add({ name: 'revisionslogg.csv', contentType: 'text/csv; charset=utf-8', content: csv, at: this.opts.clock.now(), createdBy: by.id });
  }

  /** The evidence, hand-overs and registration of a case, as its card shows them. */
  details(e: Escalation): Promise<CaseDetails | null> {
    return loadCaseDetails(this.opts.repo, this.opts.registrations, e);
  }

  /** Registrations the registry has not received (no SMTP, or still retried), with their cases: for /ärenden. */
  async unsentRegistrations(): Promise<{ escalation: Escalation; fileId: string; status: RegistrationState['status'] }[]> {
    const out = [];
    for (const r of await this.opts.registrations.unsent()) {
      const escalation = await this.opts.repo.get(r.escalationId);
      if (escalation) out.push({ escalation, fileId: r.fileId, status: r.status === 'stored' ? ('stored' as const) : ('pending' as const) });
    }
    return out;
  }

  /** Re-sends an unacknowledged threat; after the limit, the SAV channel is told that a threat waits. */
  async renotify(id: string, round: number): Promise<void> {
    const e = await this.opts.repo.get(id);
    if (!e || e.status !== 'open') return;
    await this.opts.repo.countRenotify(id);
    const recipients = await this.opts.repo.recipients(id);
    await this.opts.repo.record(id, { action: 'renotified', byId: null, byName: 'SAV-boten', at: this.opts.clock.now(), reason: `round ${round}`, details: null });
    await this.notifier.notify(e, recipients, round, false);
    if (round >= this.opts.renotifyLimit) {
      await this.notifier.threatWaiting(e);
      return;
    }
    await this.opts.queue.schedule(RENOTIFY_JOB, { escalationId: id, round: round + 1 }, this.later(this.opts.clock.now(), 1), `escalation:${id}:renotify:${round + 1}`);
  }

  /** Alerts the SAV channel when an open threat's card has reached nobody at all. */
  async checkReached(id: string): Promise<void> {
    const e = await this.opts.repo.get(id);
    if (!e || e.status !== 'open') return;
    if (await this.notifier.reachedAnyone(e)) return;
    // The first card is not sent to a recipient who reported the threat themself (they have it already).
    const reporter = (await this.opts.repo.evidence(e.evidenceId))?.content.reportedById;
    if (reporter && (await this.opts.repo.recipients(id)).some((r) => r.userId === reporter)) return;
    this.opts.log.error({ escalationId: id }, 'a threat has reached nobody');
    await this.opts.repo.record(id, { action: 'nobody-reached', byId: null, byName: 'SAV-boten', at: this.opts.clock.now(), reason: null, details: null });
    await this.notifier.nobodyReached(e);
  }

  private later(from: Date, rounds: number): Date {
    return new Date(from.getTime() + rounds * this.opts.renotifyMinutes * 60_000);
  }

  /** Checks permission against the stored case, applies the transition once, then tells every copy. */
  private async act(
    actor: Actor,
    id: string,
    version: number,
    from: EscalationStatus[],
    change: Parameters<EscalationRepository['transition']>[3],
    decision: { action: string; reason: string | null },
    after: (e: Escalation) => Promise<void>,
    invalid: () => boolean = () => false,
  ): Promise<CaseOutcome> {
    const e = await this.opts.repo.get(id);
    if (!e) return { kind: 'not-found' };
    if (!(await this.mayAct(actor, e))) return this.forbidden(actor, e);
    if (invalid()) return { kind: 'reason-required', escalation: e };
    const at = this.opts.clock.now();
    const updated = await this.opts.repo.transition(id, version, from, change, { ...decision, byId: actor.id, byName: actor.name, at, details: null });
    if (!updated) return { kind: 'unchanged', escalation: e };
    this.opts.log.info({ escalationId: id, action: decision.action, by: actor.id }, 'case decision');
    await after(updated);
    await this.notifier.refresh(updated);
    return { kind: 'done', escalation: updated };
  }

  /** Whether the person may act on the case (domain/routing.ts). */
  private async mayAct(actor: Actor, e: Escalation): Promise<boolean> {
    return mayActOnCase(actor, e, actor.isSuperadmin ? [] : await this.opts.repo.recipients(e.id));
  }

  private forbidden(actor: Actor, e: Escalation): CaseOutcome {
    this.opts.log.warn({ escalationId: e.id, userId: actor.id }, 'case action by someone it was not sent to refused');
    return { kind: 'forbidden', escalation: e };
  }
}
