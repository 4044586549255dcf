import type { EvidenceContent, EvidenceRecord } from '../domain/evidence';
import { fromRow } from './rows';
import type { Database, Sql } from './database';
import type { EscalationStatus, Escalation, Decision } from '../domain/escalation';

// The entities live in domain/; re-exported for the store's callers.
export type { EscalationStatus, Escalation, Decision } from '../domain/escalation';

export type { EvidenceRecord } from '../domain/evidence';

/** Evidence, escalations, their recipients and the audit of decisions. */
export class EscalationRepository {
  constructor(private readonly db: Database) {}

  /** Writes evidence and its case in one transaction; a second flag of the same comment returns the first case. */
  async open(input: {
    evidence: EvidenceContent;
    hash: string;
    commentId: string | null;
    kind: Escalation['kind'];
    category: string;
    postUrn: string | null;
    department: string | null;
    ownerId: string | null;
    recipients: { userId: string; role: string }[];
    flaggedBy: { id: string | null; name: string };
    at: Date;
  }): Promise<{ escalation: Escalation; created: boolean }> {
    if (input.commentId) {
      const existing = await this.byComment(input.commentId);
      if (existing) return { escalation: existing, created: false };
    }
    return this.db.transaction(async (tx) => {
      const [ev] = await tx.query<{ id: string }>('insert into evidence (comment_id, content, hash, created_at) values ($1, $2, $3, $4) returning id', [
        input.commentId,
        JSON.stringify(input.evidence),
        input.hash,
        input.at,
      ]);
      const rows = await tx.query(
        `insert into escalations (evidence_id, comment_id, kind, category, post_urn, department, owner_id, status, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'open', $8) returning *`,
        [ev.id, input.commentId, input.kind, input.category, input.postUrn, input.department, input.ownerId, input.at],
      );
      const escalation = fromRow<Escalation>(rows[0]);
      for (const r of input.recipients) {
        await tx.query('insert into escalation_recipients (escalation_id, user_id, role) values ($1, $2, $3) on conflict do nothing', [escalation.id, r.userId, r.role]);
      }
      await this.decide(tx, escalation.id, { action: 'flagged', byId: input.flaggedBy.id, byName: input.flaggedBy.name, at: input.at, reason: input.category, details: null });
      return { escalation, created: true };
    });
  }

  async get(id: string): Promise<Escalation | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query('select * from escalations where id = $1', [id]);
    return rows[0] ? fromRow<Escalation>(rows[0]) : null;
  }

  async byComment(commentId: string): Promise<Escalation | null> {
    const rows = await this.db.query('select * from escalations where comment_id = $1', [commentId]);
    return rows[0] ? fromRow<Escalation>(rows[0]) : null;
  }

  async evidence(id: string): Promise<EvidenceRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query('select * from evidence where id = $1', [id]);
    return rows[0] ? fromRow<EvidenceRecord>(rows[0]) : null;
  }

  /**
   * Evidence ids and case ids that start with `prefix` (hex digits and dashes; anything else matches
   * nothing), at most two of each: enough to tell one from several.
   */
  async idsStartingWith(prefix: string): Promise<{ evidence: string[]; cases: { id: string; evidenceId: string }[] }> {
    const p = prefix.trim().toLowerCase();
    if (!/^[0-9a-f-]{1,36}$/.test(p)) return { evidence: [], cases: [] };
    const evidence = await this.db.query<{ id: string }>(`select id from evidence where id::text like $1 order by id limit 2`, [`${p}%`]);
    const cases = await this.db.query<{ id: string; evidence_id: string }>(`select id, evidence_id from escalations where id::text like $1 order by id limit 2`, [`${p}%`]);
    return { evidence: evidence.map((r) => r.id), cases: cases.map((r) => ({ id: r.id, evidenceId: r.evidence_id })) };
  }

  async recipients(id: string): Promise<{ userId: string; role: string }[]> {
    const rows = await this.db.query<{ user_id: string; role: string }>('select user_id, role from escalation_recipients where escalation_id = $1 order by role, user_id', [id]);
    return rows.map((r) => ({ userId: r.user_id, role: r.role }));
  }

  /**
   * Moves a case from one of `from` to a new state at `version`, and writes the decision, in one
   * transaction; null when the case was not in such a state at that version (a second click, a stale card).
   */
  async transition(
    id: string,
    version: number,
    from: EscalationStatus[],
    change: Partial<Pick<Escalation, 'status' | 'acknowledgedAt' | 'acknowledgedByName' | 'resolvedAt' | 'resolvedByName' | 'resolution' | 'resolutionReason'>>,
    decision: Omit<Decision, 'id' | 'escalationId'>,
  ): Promise<Escalation | null> {
    return this.db.transaction(async (tx) => {
      const cols = Object.keys(change);
      const sets = cols.map((c, i) => `${c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)} = $${i + 4}`);
      const rows = await tx.query(
        `update escalations set ${[...sets, 'version = version + 1'].join(', ')} where id = $1 and version = $2 and status = any($3::text[]) returning *`,
        [id, version, from, ...cols.map((c) => (change as Record<string, unknown>)[c])],
      );
      if (!rows[0]) return null;
      await this.decide(tx, id, decision);
      return fromRow<Escalation>(rows[0]);
    });
  }

  /** Records a decision that changes no state (a hand-over, a refused API delete, a re-send). */
  async record(id: string, decision: Omit<Decision, 'id' | 'escalationId'>): Promise<void> {
    await this.decide(this.db, id, decision);
  }

  async countRenotify(id: string): Promise<number> {
    const rows = await this.db.query<{ renotify_count: number }>('update escalations set renotify_count = renotify_count + 1 where id = $1 returning renotify_count', [id]);
    return rows[0]?.renotify_count ?? 0;
  }

  /** Open cases (and those waiting to be registered) and those of the last `days` days, newest first. */
  async recent(since: Date): Promise<Escalation[]> {
    const rows = await this.db.query(`select * from escalations where status in ('open', 'acknowledged', 'needs-registration') or created_at >= $1 order by created_at desc limit 50`, [since]);
    return rows.map((r) => fromRow<Escalation>(r));
  }

  /** One case's decisions, oldest first. */
  async decisionsOf(id: string): Promise<Decision[]> {
    const rows = await this.db.query('select * from escalation_decisions where escalation_id = $1 order by at, id', [id]);
    return rows.map((r) => fromRow<Decision>(r));
  }

  /** Every decision, oldest first: the audit export. */
  async decisions(): Promise<(Decision & { category: string; kind: string })[]> {
    const rows = await this.db.query(
      `select d.*, e.category, e.kind from escalation_decisions d join escalations e on e.id = d.escalation_id order by d.at, d.id`,
    );
    return rows.map((r) => fromRow<Decision & { category: string; kind: string }>(r));
  }

  private async decide(sql: Sql, id: string, d: Omit<Decision, 'id' | 'escalationId'>): Promise<void> {
    await sql.query('insert into escalation_decisions (escalation_id, action, by_id, by_name, at, reason, details) values ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      d.action,
      d.byId,
      d.byName,
      d.at,
      d.reason,
      d.details ? JSON.stringify(d.details) : null,
    ]);
  }
}

/** Files behind signed download links. */
export class FileRepository {
  constructor(private readonly db: Database) {}

  async add(f: { name: string; contentType: string; content: string; at: Date; createdBy: string | null }): Promise<string> {
    const rows = await this.db.query<{ id: string }>('insert into files (name, content_type, content, created_at, created_by) values ($1, $2, $3, $4, $5) returning id', [
      f.name,
      f.contentType,
      f.content,
      f.at,
      f.createdBy,
    ]);
    return rows[0].id;
  }

  /** A file; `encoding` says whether `content` is the text itself or base64 of bytes (a PDF). */
  async get(id: string): Promise<{ name: string; contentType: string; content: string; encoding: 'utf8' | 'base64' } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query<{ name: string; content_type: string; content: string; encoding: 'utf8' | 'base64' }>('select name, content_type, content, encoding from files where id = $1', [id]);
    return rows[0] ? { name: rows[0].name, contentType: rows[0].content_type, content: rows[0].content, encoding: rows[0].encoding } : null;
  }
}

/** Registration e-mails, one per removal. */
export class RegistrationRepository {
  constructor(private readonly db: Database) {}

  /** One registration per case: a second removal of the same case finds the first. */
  async add(r: { escalationId: string; fileId: string; recipient: string; status: 'stored' | 'pending'; at: Date }): Promise<{ id: string; created: boolean }> {
    const rows = await this.db.query<{ id: string }>(
      `insert into registrations (escalation_id, file_id, recipient, status, created_at) values ($1, $2, $3, $4, $5)
       on conflict (escalation_id) do nothing returning id`,
      [r.escalationId, r.fileId, r.recipient, r.status, r.at],
    );
    if (rows[0]) return { id: rows[0].id, created: true };
    const existing = await this.db.query<{ id: string }>('select id from registrations where escalation_id = $1', [r.escalationId]);
    return { id: existing[0].id, created: false };
  }

  async get(id: string): Promise<{ id: string; escalationId: string; fileId: string; recipient: string; status: string; attempts: number } | null> {
    const rows = await this.db.query<{ id: string; escalation_id: string; file_id: string; recipient: string; status: string; attempts: number }>(
      'select * from registrations where id = $1',
      [id],
    );
    const r = rows[0];
    return r ? { id: r.id, escalationId: r.escalation_id, fileId: r.file_id, recipient: r.recipient, status: r.status, attempts: r.attempts } : null;
  }

  async byEscalation(escalationId: string): Promise<{ id: string; fileId: string; status: string; sentAt: Date | null } | null> {
    const rows = await this.db.query<{ id: string; file_id: string; status: string; sent_at: Date | null }>('select id, file_id, status, sent_at from registrations where escalation_id = $1', [escalationId]);
    return rows[0] ? { id: rows[0].id, fileId: rows[0].file_id, status: rows[0].status, sentAt: rows[0].sent_at } : null;
  }

  /** Registrations the registry has not received yet (no SMTP, or still being retried), oldest first. */
  async unsent(): Promise<{ escalationId: string; fileId: string; status: string; createdAt: Date }[]> {
    const rows = await this.db.query<{ escalation_id: string; file_id: string; status: string; created_at: Date }>(
      `select escalation_id, file_id, status, created_at from registrations where status <> 'sent' order by created_at limit 50`,
    );
    return rows.map((r) => ({ escalationId: r.escalation_id, fileId: r.file_id, status: r.status, createdAt: r.created_at }));
  }

  /** How many registrations the registry has not received (stored for download, or still being retried). */
  async unsentCount(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(`select count(*)::int as n from registrations where status <> 'sent'`);
    return row?.n ?? 0;
  }

  async attempt(id: string, outcome: { ok: true; messageId: string; at: Date } | { ok: false; error: string }): Promise<void> {
    if (outcome.ok) {
      await this.db.query(`update registrations set status = 'sent', attempts = attempts + 1, message_id = $2, sent_at = $3, last_error = null where id = $1`, [id, outcome.messageId, outcome.at]);
    } else {
      await this.db.query('update registrations set attempts = attempts + 1, last_error = $2 where id = $1', [id, outcome.error]);
    }
  }
}
