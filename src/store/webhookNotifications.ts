import type { Database, Sql } from './database';

/** The ids of LinkedIn webhook notifications already stored: LinkedIn retries for 8 hours. */
export class WebhookNotifications {
  constructor(private readonly db: Database) {}

  /** True when the notification was stored before. */
  async seen(notificationId: string): Promise<boolean> {
    return (await this.db.query('select 1 from webhook_notifications where notification_id = $1', [notificationId])).length > 0;
  }

  /** Records the notification inside the caller's transaction; false when another delivery got there first. */
  async record(tx: Sql, notificationId: string, at: Date): Promise<boolean> {
    const fresh = await tx.query('insert into webhook_notifications (notification_id, received_at) values ($1, $2) on conflict do nothing returning notification_id', [notificationId, at]);
    return fresh.length > 0;
  }

  /** Forgets notifications received before `before`. */
  async purge(before: Date): Promise<void> {
    await this.db.query('delete from webhook_notifications where received_at < $1', [before]);
  }
}
