import type { Sql } from '../store/database';
import type { Scheduled } from './scheduler';

/**
 * What services need of the scheduler: to put a job in the queue (optionally inside their own
 * transaction) and to cancel jobs by dedupe key. The `Scheduler` implements it.
 */
export interface JobQueue {
  schedule(kind: string, payload: unknown, runAt: Date, dedupeKey?: string, opts?: { tx?: Sql }): Promise<Scheduled>;
  cancel(keyOrPrefix: string): Promise<number>;
}
