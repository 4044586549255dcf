import type { Clock } from '../domain/clock';
import type { Database } from '../store/database';
import type { Outbox } from './outbox';
import type { RecurringStatus, Scheduler } from './scheduler';

/** One part of the bot's readiness. */
export interface ReadinessCheck {
  name: 'database' | 'scheduler' | 'recurring' | 'outbox';
  ok: boolean;
  /** For operators, in English (the /readyz body). */
  detail: string;
  /** The facts behind it, for the /status card to say in the reader's language. */
  facts?: { lastTickAt?: Date | null; jobs?: RecurringStatus[]; stuck?: number; oldest?: Date | null };
}

/** Whether the bot is doing its work, not just answering: for /readyz and /status. */
export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

// A message still pending this long after it was queued means the outbox is not draining.
const STUCK_AFTER_MS = 15 * 60_000;

/**
 * Readiness, beyond the liveness of /healthz: the database answers, the scheduler has ticked lately, no
 * recurring job (the LinkedIn poll, retention) is stale, and the outbox is draining.
 */
export async function readiness(deps: { db: Database; scheduler: Scheduler; outbox: Outbox; clock: Clock; tickSeconds: number }): Promise<Readiness> {
  const now = deps.clock.now();
  const checks: ReadinessCheck[] = [];
  const dbOk = await deps.db.ping();
  checks.push({ name: 'database', ok: dbOk, detail: dbOk ? deps.db.kind : 'unreachable' });
  if (!dbOk) return { ready: false, checks };

  const last = deps.scheduler.lastTickAt;
  const allowedMs = Math.max(60_000, 3 * deps.tickSeconds * 1000);
  const ticking = last !== null && now.getTime() - last.getTime() <= allowedMs;
  checks.push({ name: 'scheduler', ok: ticking, detail: last ? `last tick ${last.toISOString()}` : 'has not ticked yet', facts: { lastTickAt: last } });

  const jobs = await deps.scheduler.recurringStatus();
  const stale = jobs.filter((r) => r.stale);
  checks.push({
    name: 'recurring',
    ok: stale.length === 0,
    detail: stale.length === 0 ? 'every recurring job succeeded in time' : `stale: ${stale.map((r) => r.kind).join(', ')}`,
    facts: { jobs },
  });

  const stuck = await deps.outbox.stuck(new Date(now.getTime() - STUCK_AFTER_MS));
  checks.push({
    name: 'outbox',
    ok: stuck.count === 0,
    detail: stuck.count === 0 ? 'draining' : `${stuck.count} messages pending for more than 15 minutes (oldest ${stuck.oldest!.toISOString()})`,
    facts: { stuck: stuck.count, oldest: stuck.oldest },
  });
  return { ready: checks.every((c) => c.ok), checks };
}
