import { fromRow } from './rows';
import type { Database, Sql } from './database';
import { keyHasPrefix } from './keys';
import type { PostActivity } from '../linkedin/pollPlan';
import type { Post, CommentStatus, TrackedComment } from '../domain/comment';

// The entities live in domain/; re-exported for the store's callers.
export type { Post, CommentStatus, TrackedComment } from '../domain/comment';

/**
 * Comments whose text the retention purge forgets ($1: closed before): one condition, in one place, served
 * by the index comments_text_to_purge (migration 015), whose predicate it must keep.
 */
/**
 * Which comments' text may go (the purge's one condition): closed, not purged yet, closed before `$1`, and
 * the half-year archive holding them made — text is kept until the archive of the half-year the comment was
 * closed in (written in, if it has no closing time) exists. The index `comments_text_to_purge` serves the
 * first three; the archive check runs only on those rows.
 */
export const PURGEABLE = `status <> 'open' and text_purged_at is null and coalesce(closed_at, seen_at) < $1
  and exists (select 1 from archives a where a.period_start <= coalesce(closed_at, commented_at, seen_at) and coalesce(closed_at, commented_at, seen_at) < a.period_end)`;
const PURGE_BATCH = 1000;

/** A comment as first seen, before it is stored. */
export type NewComment = Omit<TrackedComment, 'id' | 'version' | 'closedAt' | 'closedById' | 'closedByName' | 'closedVia' | 'closeReason' | 'replyText' | 'snoozedUntil' | 'snoozedByName' | 'repliesSeen' | 'holderId' | 'holderName' | 'handedOverByName' | 'handedOverAt'>;

/** How a comment was closed. */
export interface Closing {
  status: Exclude<CommentStatus, 'open'>;
  at: Date;
  byId: string | null;
  byName: string | null;
  via: 'teams' | 'page-reply' | 'api-reply' | 'linkedin';
  reason: string | null;
  replyText?: string | null;
}

/** The posts the bot follows. */
export class PostRepository {
  constructor(private readonly db: Database) {}

  async get(urn: string): Promise<Post | null> {
    const rows = await this.db.query('select * from posts where urn = $1', [urn]);
    return rows[0] ? fromRow<Post>(rows[0]) : null;
  }

  /** Stores a post the first time it is seen; true when it is new. */
  async addIfNew(p: Pick<Post, 'urn' | 'url' | 'excerpt' | 'publishedAt' | 'source' | 'firstSeenAt' | 'pageUrn'>): Promise<boolean> {
    const rows = await this.db.query(
      `insert into posts (urn, url, excerpt, published_at, source, first_seen_at, page_urn) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (urn) do nothing returning urn`,
      [p.urn, p.url, p.excerpt, p.publishedAt, p.source, p.firstSeenAt, p.pageUrn ?? null],
    );
    return rows.length > 0;
  }

  /** Links a post to a booking and its owner, with how sure we are. */
  async match(urn: string, m: { bookingId: string | null; status: Post['matchStatus']; ownerId: string | null; ownerName: string | null; department: string | null }): Promise<void> {
    await this.db.query(
      'update posts set booking_id = $2, match_status = $3, owner_id = $4, owner_name = $5, department = $6 where urn = $1',
      [urn, m.bookingId, m.status, m.ownerId, m.ownerName, m.department],
    );
  }

  /** Records that the post's comments (and, with `replies`, the page's replies to its questions) were read at `at`. */
  async polled(urn: string, at: Date, replies = false): Promise<void> {
    await this.db.query('update posts set last_polled_at = $2, replies_checked_at = case when $3 then $2 else replies_checked_at end where urn = $1', [urn, at, replies]);
  }

  /** One page's LinkedIn posts published (or first seen) since `since` (`pageUrn` null: the default page), with what the poll planner needs. */
  async activity(since: Date, pageUrn: string | null = null): Promise<PostActivity[]> {
    const rows = await this.db.query<{ urn: string; published_at: Date | null; last_polled_at: Date | null; replies_checked_at: Date | null; last_comment_at: Date | null; open: number }>(
      `select p.urn, p.published_at, p.last_polled_at, p.replies_checked_at,
         (select max(coalesce(c.commented_at, c.seen_at)) from comments c where c.post_urn = p.urn) as last_comment_at,
         (select count(*)::int from comments c where c.post_urn = p.urn and c.status = 'open') as open
       from posts p where p.source = 'linkedin' and coalesce(p.published_at, p.first_seen_at) >= $1 and p.page_urn is not distinct from $2`,
      [since, pageUrn],
    );
    return rows.map((r) => ({
      urn: r.urn,
      publishedAt: r.published_at,
      lastCommentAt: r.last_comment_at,
      polledAt: r.last_polled_at,
      openQuestions: r.open,
      repliesCheckedAt: r.replies_checked_at,
    }));
  }

  /** Recently published posts, newest first (for the /comment form). */
  async recent(limit: number): Promise<Post[]> {
    const rows = await this.db.query('select * from posts order by coalesce(published_at, first_seen_at) desc limit $1', [limit]);
    return rows.map((r) => fromRow<Post>(r));
  }
}

/** How many replies each top-level LinkedIn comment had when last looked at (threads are read when it changes). */
export class ThreadRepository {
  constructor(private readonly db: Database) {}

  /** The reply counts last seen for these comment urns (missing: never seen). */
  async seen(commentUrns: string[]): Promise<Map<string, number>> {
    if (commentUrns.length === 0) return new Map();
    const rows = await this.db.query<{ comment_urn: string; replies_seen: number }>('select comment_urn, replies_seen from comment_threads where comment_urn = any($1)', [commentUrns]);
    return new Map(rows.map((r) => [r.comment_urn, r.replies_seen]));
  }

  /** Forgets threads not read since `before` (their posts left the follow window). */
  async forgetBefore(before: Date): Promise<void> {
    await this.db.query('delete from comment_threads where checked_at < $1', [before]);
  }

  /** Records the reply count LinkedIn gave for a thread whose replies were read. */
  async record(commentUrn: string, postUrn: string, replies: number, at: Date): Promise<void> {
    await this.db.query(
      `insert into comment_threads (comment_urn, post_urn, replies_seen, checked_at) values ($1, $2, $3, $4)
       on conflict (comment_urn) do update set replies_seen = excluded.replies_seen, checked_at = excluded.checked_at`,
      [commentUrn, postUrn, replies, at],
    );
  }
}

/** The comments the bot follows. */
export class CommentRepository {
  constructor(private readonly db: Database) {}

  async get(id: string): Promise<TrackedComment | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.db.query('select * from comments where id = $1', [id]);
    return rows[0] ? fromRow<TrackedComment>(rows[0]) : null;
  }

  async getByExternalId(externalId: string): Promise<TrackedComment | null> {
    const rows = await this.db.query('select * from comments where external_id = $1', [externalId]);
    return rows[0] ? fromRow<TrackedComment>(rows[0]) : null;
  }

  /** Stores a comment once: a second insert of the same LinkedIn comment returns the first. */
  async insert(c: NewComment, tx: Sql = this.db): Promise<{ comment: TrackedComment; created: boolean }> {
    const rows = await tx.query(
      `insert into comments (external_id, post_urn, author_name, author_urn, text, url, commented_at, seen_at, source,
         registered_by_id, registered_by_name, kind, is_question, is_threat, should_remove, reasons, classifier_version, status, deadline_at, parent_external_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       on conflict (external_id) do nothing returning *`,
      [
        c.externalId, c.postUrn, c.authorName, c.authorUrn, c.text, c.url, c.commentedAt, c.seenAt, c.source,
        c.registeredById, c.registeredByName, c.kind, c.isQuestion, c.isThreat, c.shouldRemove, c.reasons, c.classifierVersion, c.status, c.deadlineAt,
        c.parentExternalId ?? null,
      ],
    );
    if (rows[0]) return { comment: fromRow<TrackedComment>(rows[0]), created: true };
    const existing = await tx.query('select * from comments where external_id = $1', [c.externalId]);
    return { comment: fromRow<TrackedComment>(existing[0]), created: false };
  }

  /** One author's comments written in [from, to), newest first (at most 50): for the repeated-posts rule. */
  async recentByAuthor(authorUrn: string, from: Date, to: Date): Promise<{ text: string; commentedAt: Date }[]> {
    const rows = await this.db.query<{ text: string; commented_at: Date }>(
      `select text, commented_at from comments
        where author_urn = $1 and commented_at >= $2 and commented_at < $3 and text is not null
        order by commented_at desc limit 50`,
      [authorUrn, from, to],
    );
    return rows.map((r) => ({ text: r.text, commentedAt: new Date(r.commented_at) }));
  }

  /** Closes an open comment at `version`; null when it was not open at that version (a second click, a stale card). */
  async close(id: string, version: number | null, c: Closing): Promise<TrackedComment | null> {
    const rows = await this.db.query(
      `update comments set status = $3, closed_at = $4, closed_by_id = $5, closed_by_name = $6, closed_via = $7, close_reason = $8,
         reply_text = $9, version = version + 1
       where id = $1 and status = 'open' and ($2::int is null or version = $2) returning *`,
      [id, version, c.status, c.at, c.byId, c.byName, c.via, c.reason, c.replyText ?? null],
    );
    return rows[0] ? fromRow<TrackedComment>(rows[0]) : null;
  }

  /** Snoozes an open comment at `version`. */
  async snooze(id: string, version: number, until: Date, byName: string): Promise<TrackedComment | null> {
    const rows = await this.db.query(
      `update comments set snoozed_until = $3, snoozed_by_name = $4, version = version + 1 where id = $1 and status = 'open' and version = $2 returning *`,
      [id, version, until, byName],
    );
    return rows[0] ? fromRow<TrackedComment>(rows[0]) : null;
  }

  /** Hands an open comment at `version` over to another holder; null when it was not open at that version. */
  async handOver(id: string, version: number, to: { id: string; name: string }, byName: string, at: Date): Promise<TrackedComment | null> {
    const rows = await this.db.query(
      `update comments set holder_id = $3, holder_name = $4, handed_over_by_name = $5, handed_over_at = $6, version = version + 1
       where id = $1 and status = 'open' and version = $2 returning *`,
      [id, version, to.id, to.name, byName, at],
    );
    return rows[0] ? fromRow<TrackedComment>(rows[0]) : null;
  }

  /**
   * Puts a comment first told by the webhook (which does not say whether it is a reply) under its thread,
   * once a poll has seen it among a comment's replies.
   */
  async setParent(externalId: string, parentExternalId: string): Promise<void> {
    await this.db.query('update comments set parent_external_id = $2 where external_id = $1 and parent_external_id is null', [externalId, parentExternalId]);
  }

  /** Open questions, oldest deadline first. */
  async open(): Promise<TrackedComment[]> {
    const rows = await this.db.query(`select * from comments where status = 'open' order by deadline_at nulls last, seen_at, id`);
    return rows.map((r) => fromRow<TrackedComment>(r));
  }

  /** Open comments of a post that came from LinkedIn (to check for the page's replies). */
  async openOnPost(postUrn: string): Promise<TrackedComment[]> {
    const rows = await this.db.query(`select * from comments where post_urn = $1 and status = 'open' and external_id is not null`, [postUrn]);
    return rows.map((r) => fromRow<TrackedComment>(r));
  }

  /**
   * Comments on a post that must reach the registry if they disappear from LinkedIn: those with a case not
   * yet removed or waiting for registration, and those the classifier would remove that have no case. Oldest
   * first; a post has few (the poll asks LinkedIn about a bounded number of them).
   */
  async watchedForDeletion(postUrn: string): Promise<{ externalId: string; parentExternalId: string | null }[]> {
    const rows = await this.db.query<{ external_id: string; parent_external_id: string | null }>(
      `select c.external_id, c.parent_external_id from comments c left join escalations e on e.comment_id = c.id
       where c.post_urn = $1 and c.external_id is not null and c.status <> 'deleted'
         and (case when e.id is null then c.should_remove else e.status not in ('removed', 'needs-registration') end)
       order by c.commented_at nulls last, c.id`,
      [postUrn],
    );
    return rows.map((r) => ({ externalId: r.external_id, parentExternalId: r.parent_external_id }));
  }

  /**
   * Forgets the text of comments closed before `before` (and not open) whose half-year has been archived:
   * only ids, times and outcomes remain. Evidence records of moderated comments live elsewhere and are not
   * touched. In batches of `batch`, each its own transaction, so a large backlog never holds a long lock (or,
   * on PGlite, the event loop).
   */
  async purgeText(before: Date, at: Date, batch = PURGE_BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.transaction(async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `update comments set text = null, author_name = null, reply_text = null, text_purged_at = $2
           where id in (select id from comments where ${PURGEABLE} limit $3) returning id`,
          [before, at, batch],
        );
        // Every copy goes with it: the reminder cards (and their updates) delivered with the text.
        if (rows.length > 0) {
          await tx.query(
            `update outbox set activity = '{}'::jsonb from unnest($1::text[]) as p(prefix)
             where ${keyHasPrefix('outbox.key', 'p.prefix')} and outbox.status in ('sent', 'failed')`,
            [rows.flatMap((r) => [`reminder:${r.id}:`, `refresh:${r.id}:`])],
          );
        }
        return rows.length;
      });
      total += n;
      if (n < batch) return total;
    }
  }

  /** Counts for /status: open questions through their index, answered ones from the counter the database keeps (migration 015). */
  async counts(now: Date): Promise<{ open: number; overdue: number; answeredInTime: number; answered: number }> {
    const rows = await this.db.query<{ open: number; overdue: number; answered_in_time: number; answered: number }>(
      `select (select count(*)::int from comments where status = 'open') as open,
              (select count(*)::int from comments where status = 'open' and deadline_at < $1) as overdue,
              coalesce((select answered_in_time from comment_counts), 0) as answered_in_time,
              coalesce((select answered from comment_counts), 0) as answered`,
      [now],
    );
    const r = rows[0];
    return { open: r.open, overdue: r.overdue, answeredInTime: r.answered_in_time, answered: r.answered };
  }
}
