import type { Clock } from '../domain/clock';
import { COMMENT_DELETED_JOB } from '../jobs/commentDeleted';
import { POLL_POST_JOB } from '../jobs/linkedinPollPost';
import type { JobQueue } from '../jobs/queue';
import type { Logger } from '../logger';
import type { CommentTracker, PreparedComment } from '../services/comments';
import type { Database } from '../store/database';
import type { WebhookNotifications } from '../store/webhookNotifications';
import { postUrl } from './poller';
import { LinkedInNotification, parseNotifications } from './webhook';


const POLL_AFTER = new Set(['COMMENT', 'ADMIN_COMMENT', 'COMMENT_EDIT']);

/**
 * LinkedIn's webhook deliveries, stored durably before they are acknowledged: each notification's id,
 * its comment (classified first), the comment's reminder ladder and the follow-up jobs are written in one
 * transaction. A crash before the commit leaves nothing, so LinkedIn's retry (every 5 minutes for 8 hours)
 * brings it back; the notification id and the comment id keep the retry from doubling anything.
 */
export class WebhookIngestion {
  constructor(
    private readonly deps: {
      db: Database;
      tracker: CommentTracker;
      queue: JobQueue;
      clock: Clock;
      log: Logger;
      organizationUrn?: string;
      /** Whether the API is configured, so that a notified post can be polled. */
      canPoll: boolean;
      /** Whether an organization is a connected showcase page (its posts are polled with its own token). */
      isShowcasePage?: (organizationUrn: string) => Promise<boolean>;
      notifications: WebhookNotifications;
      /** Called once a delivery is stored and committed (it is acknowledged then): starts the follow-up work. */
      followUp?: () => void;
    },
  ) {}

  /** Handles one verified delivery; resolves once every notification in it is stored. */
  async handle(body: unknown): Promise<{ ok: true; stored: number } | { ok: false; error: string }> {
    const parsed = parseNotifications(body);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    let stored = 0;
    for (const n of parsed.value) if (await this.ingest(n)) stored += 1;
    this.deps.followUp?.();
    return { ok: true, stored };
  }

  /** Stores one notification and its work; false when it was stored before (a retry). */
  private async ingest(n: LinkedInNotification): Promise<boolean> {
    const { db, tracker, queue, clock, notifications } = this.deps;
    if (await notifications.seen(n.notificationId)) return false;
    // A notification about a showcase page's post: the post carries the page, and is polled with its token.
    const pageUrn = await this.showcasePageOf(n);
    // The classification (and any second opinion) is done before the transaction opens.
    const prepared = this.carriesComment(n)
      ? await tracker.prepare({
          externalId: n.commentUrn!,
          postUrn: n.postUrn,
          pageUrn,
          authorName: null,
          authorUrn: n.actorUrn ?? null,
          text: n.text!,
          url: postUrl(n.postUrn),
          commentedAt: n.lastModifiedAt,
          source: 'linkedin',
        })
      : null;
    const now = clock.now();
    const result = await db.transaction(async (tx) => {
      if (!(await notifications.record(tx, n.notificationId, now))) return null;
      const comment = prepared && !('known' in prepared) ? await tracker.store(tx, prepared) : null;
      if (n.action === 'COMMENT_DELETE' && n.commentUrn) {
        await queue.schedule(COMMENT_DELETED_JOB, { commentUrn: n.commentUrn }, now, `deleted:${n.notificationId}`, { tx });
      }
      if (this.deps.canPoll && POLL_AFTER.has(n.action)) {
        await queue.schedule(POLL_POST_JOB, { postUrn: n.postUrn, ...(pageUrn ? { pageUrn } : {}) }, now, `poll-post:${n.notificationId}`, { tx });
      }
      return { comment };
    });
    if (!result) return false;
    if (result.comment && prepared && !('known' in prepared)) tracker.logTracked(result.comment, prepared as PreparedComment);
    return true;
  }

  /** A notification that carries a member's comment itself: tracked even without API access. */
  private carriesComment(n: LinkedInNotification): boolean {
    // The page's own comments (the default page's, or the showcase page's the notification is about) are answers.
    const own = n.actorUrn !== undefined && (n.actorUrn === this.deps.organizationUrn || n.actorUrn === n.organizationUrn);
    return (n.action === 'COMMENT' || n.action === 'COMMENT_EDIT') && !!n.commentUrn && !!n.text && !own;
  }

  /** The connected showcase page a notification is about, or null (the default page, or one not connected). */
  private async showcasePageOf(n: LinkedInNotification): Promise<string | null> {
    const org = n.organizationUrn;
    if (!org || org === this.deps.organizationUrn || !this.deps.isShowcasePage) return null;
    return (await this.deps.isShowcasePage(org)) ? org : null;
  }
}
