import type { ArchivedCase, ArchivedComment, ArchivedPost } from '../registry/archiveDocument';
import type { Database, Sql } from './database';

/** A made archive: its half-year, its three files and how its e-mail to the registry went. */
export interface ArchiveRecord {
  id: string;
  period: string;
  periodStart: Date;
  periodEnd: Date;
  pdfFileId: string;
  csvFileId: string;
  jsonFileId: string;
  counts: Record<string, number>;
  createdAt: Date;
  createdBy: string | null;
  createdByName: string | null;
  mailStatus: 'stored' | 'pending' | 'sent';
  mailAttempts: number;
}

/** A file of an archive, before it is stored. */
export interface ArchiveFile {
  name: string;
  contentType: string;
  content: string | Buffer;
}

type Row = Record<string, unknown>;

const isoOf = (v: unknown): string | null => (v ? new Date(v as string | Date).toISOString() : null);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toRecord(r: Row): ArchiveRecord {
  return {
    id: String(r.id),
    period: String(r.period),
    periodStart: new Date(r.period_start as Date),
    periodEnd: new Date(r.period_end as Date),
    pdfFileId: String(r.pdf_file_id),
    csvFileId: String(r.csv_file_id),
    jsonFileId: String(r.json_file_id),
    counts: r.counts as Record<string, number>,
    createdAt: new Date(r.created_at as Date),
    createdBy: str(r.created_by),
    createdByName: str(r.created_by_name),
    mailStatus: r.mail_status as ArchiveRecord['mailStatus'],
    mailAttempts: Number(r.mail_attempts),
  };
}

/** Stores a file (bytes as base64) in a transaction; returns its id. */
async function addFile(tx: Sql, f: ArchiveFile, at: Date, createdBy: string | null): Promise<string> {
  const binary = Buffer.isBuffer(f.content);
  const [row] = await tx.query<{ id: string }>(
    'insert into files (name, content_type, content, encoding, created_at, created_by) values ($1, $2, $3, $4, $5, $6) returning id',
    [f.name, f.contentType, binary ? (f.content as Buffer).toString('base64') : f.content, binary ? 'base64' : 'utf8', at, createdBy],
  );
  return row.id;
}

/** The half-year archives, and what goes into one. */
export class ArchiveRepository {
  constructor(private readonly db: Database) {}

  async byPeriod(period: string): Promise<ArchiveRecord | null> {
    const rows = await this.db.query('select * from archives where period = $1', [period]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async get(id: string): Promise<ArchiveRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query('select * from archives where id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The latest archives, newest half-year first. */
  async recent(limit: number): Promise<ArchiveRecord[]> {
    const rows = await this.db.query('select * from archives order by period_start desc limit $1', [limit]);
    return rows.map(toRecord);
  }

  /**
   * Stores an archive and its files in one transaction, unless the half-year already has one: the unique
   * period decides between two instances (the second waits for the first's commit, then finds its row).
   * `then` runs inside the transaction for a new archive (its e-mail job is scheduled there).
   */
  async add(
    a: { period: string; periodStart: Date; periodEnd: Date; counts: Record<string, number>; at: Date; createdBy: { id: string; name: string } | null; mailStatus: 'stored' | 'pending' },
    files: { pdf: ArchiveFile; csv: ArchiveFile; json: ArchiveFile },
    then: (tx: Sql, archive: ArchiveRecord) => Promise<void>,
  ): Promise<{ archive: ArchiveRecord; created: boolean }> {
    const created = await this.db.transaction(async (tx) => {
      const existing = await tx.query('select id from archives where period = $1', [a.period]);
      if (existing.length > 0) return null;
      const by = a.createdBy?.id ?? null;
      const pdf = await addFile(tx, files.pdf, a.at, by);
      const csv = await addFile(tx, files.csv, a.at, by);
      const json = await addFile(tx, files.json, a.at, by);
      const rows = await tx.query(
        `insert into archives (period, period_start, period_end, pdf_file_id, csv_file_id, json_file_id, counts, created_at, created_by, created_by_name, mail_status)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (period) do nothing returning *`,
        [a.period, a.periodStart, a.periodEnd, pdf, csv, json, JSON.stringify(a.counts), a.at, by, a.createdBy?.name ?? null, a.mailStatus],
      );
      // Another instance committed the same half-year meanwhile: its archive stands, these files go with the rollback.
      if (!rows[0]) throw new ArchiveTaken();
      const archive = toRecord(rows[0]);
      await then(tx, archive);
      return archive;
    }).catch((err) => {
      if (err instanceof ArchiveTaken) return null;
      throw err;
    });
    if (created) return { archive: created, created: true };
    return { archive: (await this.byPeriod(a.period))!, created: false };
  }

  /** Records one attempt at e-mailing the archive to the registry. */
  async mailAttempt(id: string, outcome: { ok: true; messageId: string; at: Date } | { ok: false; error: string }): Promise<void> {
    if (outcome.ok) {
      await this.db.query(`update archives set mail_status = 'sent', mail_attempts = mail_attempts + 1, mail_message_id = $2, mailed_at = $3, mail_last_error = null where id = $1`, [
        id,
        outcome.messageId,
        outcome.at,
      ]);
    } else {
      await this.db.query('update archives set mail_attempts = mail_attempts + 1, mail_last_error = $2 where id = $1', [id, outcome.error.slice(0, 500)]);
    }
  }

  /**
   * Everything the half-year `[start, end)` holds, as the archive shows it: the comments written or closed in
   * it under their posts (with the post's booking), each comment's case with its decisions, evidence reference
   * and registration, and the posts published in it. Ordered by time.
   */
  async contents(start: Date, end: Date): Promise<{ posts: ArchivedPost[]; otherCases: ArchivedCase[] }> {
    const comments = await this.db.query(
      `select * from comments
        where (coalesce(commented_at, seen_at) >= $1 and coalesce(commented_at, seen_at) < $2) or (closed_at >= $1 and closed_at < $2)
        order by coalesce(commented_at, seen_at), id`,
      [start, end],
    );
    const commentIds = comments.map((c) => String(c.id));
    const escalations = await this.db.query(
      `select e.*, ev.hash as evidence_hash, ev.created_at as evidence_created_at from escalations e join evidence ev on ev.id = e.evidence_id
        where e.comment_id = any($3::uuid[]) or (e.created_at >= $1 and e.created_at < $2)
        order by e.created_at, e.id`,
      [start, end, commentIds],
    );
    const caseIds = escalations.map((e) => String(e.id));
    const decisions = await this.db.query('select * from escalation_decisions where escalation_id = any($1::uuid[]) order by at, id', [caseIds]);
    const registrations = await this.db.query('select * from registrations where escalation_id = any($1::uuid[])', [caseIds]);
    const postUrns = [...new Set([...comments.map((c) => String(c.post_urn)), ...escalations.filter((e) => e.post_urn).map((e) => String(e.post_urn))])];
    const posts = await this.db.query(
      `select * from posts where (coalesce(published_at, first_seen_at) >= $1 and coalesce(published_at, first_seen_at) < $2) or urn = any($3::text[])
        order by coalesce(published_at, first_seen_at), urn`,
      [start, end, postUrns],
    );
    const bookingIds = posts.filter((p) => p.booking_id).map((p) => String(p.booking_id));
    const bookings = await this.db.query('select * from bookings where id = any($1::uuid[])', [bookingIds]);

    const cases = new Map<string, ArchivedCase>(
      escalations.map((e) => {
        const reg = registrations.find((r) => r.escalation_id === e.id);
        return [
          String(e.id),
          {
            id: String(e.id),
            commentId: str(e.comment_id),
            postUrn: str(e.post_urn),
            kind: String(e.kind),
            category: String(e.category),
            department: str(e.department),
            status: String(e.status),
            createdAt: isoOf(e.created_at)!,
            resolution: str(e.resolution),
            resolutionReason: str(e.resolution_reason),
            resolvedAt: isoOf(e.resolved_at),
            resolvedByName: str(e.resolved_by_name),
            evidence: { id: String(e.evidence_id), hash: String(e.evidence_hash), createdAt: isoOf(e.evidence_created_at)! },
            decisions: decisions
              .filter((d) => d.escalation_id === e.id)
              .map((d) => ({ at: isoOf(d.at)!, action: String(d.action), byId: str(d.by_id), byName: str(d.by_name), reason: str(d.reason) })),
            registration: reg
              ? { id: String(reg.id), recipient: String(reg.recipient), status: String(reg.status), createdAt: isoOf(reg.created_at)!, sentAt: isoOf(reg.sent_at), messageId: str(reg.message_id) }
              : null,
          },
        ];
      }),
    );
    const caseOfComment = new Map([...cases.values()].filter((c) => c.commentId).map((c) => [c.commentId!, c]));
    const toComment = (c: Row): ArchivedComment => ({
      id: String(c.id),
      externalId: str(c.external_id),
      url: str(c.url),
      authorName: str(c.author_name),
      authorUrn: str(c.author_urn),
      text: str(c.text),
      textPurgedAt: isoOf(c.text_purged_at),
      commentedAt: isoOf(c.commented_at),
      seenAt: isoOf(c.seen_at)!,
      source: String(c.source),
      registeredByName: str(c.registered_by_name),
      kind: String(c.kind),
      isQuestion: Boolean(c.is_question),
      status: String(c.status),
      deadlineAt: isoOf(c.deadline_at),
      closedAt: isoOf(c.closed_at),
      closedByName: str(c.closed_by_name),
      closedVia: str(c.closed_via),
      closeReason: str(c.close_reason),
      replyText: str(c.reply_text),
      case: caseOfComment.get(String(c.id)) ?? null,
    });
    const used = new Set<string>();
    const archivedPosts = posts.map((p): ArchivedPost => {
      const b = bookings.find((x) => x.id === p.booking_id);
      const postComments = comments.filter((c) => c.post_urn === p.urn).map(toComment);
      for (const c of postComments) if (c.case) used.add(c.case.id);
      const postCases = [...cases.values()].filter((c) => c.postUrn === p.urn && !used.has(c.id));
      for (const c of postCases) used.add(c.id);
      return {
        urn: String(p.urn),
        url: str(p.url),
        excerpt: str(p.excerpt),
        publishedAt: isoOf(p.published_at),
        firstSeenAt: isoOf(p.first_seen_at)!,
        source: String(p.source),
        ownerName: str(p.owner_name),
        department: str(p.department),
        matchStatus: String(p.match_status),
        booking: b
          ? {
              id: String(b.id),
              day: String(b.day),
              timeOfDay: str(b.time_of_day),
              title: String(b.title),
              department: String(b.department),
              ownerName: String(b.owner_name),
              postType: String(b.post_type),
              category: String(b.category),
              goal: String(b.goal),
              status: String(b.status),
            }
          : null,
        comments: postComments,
        cases: postCases,
      };
    });
    return { posts: archivedPosts, otherCases: [...cases.values()].filter((c) => !used.has(c.id)) };
  }
}

/** Thrown inside the transaction when another instance archived the half-year first. */
class ArchiveTaken extends Error {}
