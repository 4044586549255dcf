import { exponentialBackoff } from '../domain/backoff';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { Database, Sql } from '../store/database';
import { keyHasPrefix } from '../store/keys';
import type { Job } from './job';

/** What a handler learns about the job it runs. */
export interface JobInfo {
  id: string;
  kind: string;
  /** Failed runs before this one (a thrown error, or an instance that died holding the job). */
  attempts: number;
}

/**
 * What a handler may answer: nothing when the job is done, or `retryAt` to run it again later without
 * counting a failure (e.g. a send held back by a rate limit, or retried after `Retry-After`).
 */
export type JobOutcome = void | { retryAt: Date; reason?: string };

/** Runs one job; throwing counts a failed attempt and retries with backoff. */
export type JobHandler = (payload: unknown, job: JobInfo) => Promise<JobOutcome>;

/** How a job whose handler throws is retried. */
export interface RetryPolicy {
  /** Failed attempts in a row after which the job is marked 'failed' (unless `forever`). */
  maxAttempts: number;
  /**
   * Never mark the job failed: after `maxAttempts` it keeps being retried every `capSeconds` (and logged
   * as an error each time). For work that must not end: recurring jobs, threat re-sends, reminders.
   */
  forever?: boolean;
  /** Delay after the first failure; doubled after each further one. */
  baseSeconds: number;
  /** Longest delay between two attempts. */
  capSeconds: number;
}

/** Everything the scheduler needs. */
export interface SchedulerOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** Names this process in `locked_by`; must differ between instances sharing one database. */
  instanceId: string;
  /** How often `start()` looks for due jobs. */
  tickSeconds: number;
  /** How long a claimed job is ours; after that another instance may take it over. Longer than any job runs. */
  leaseSeconds?: number;
  /** Jobs claimed per round; each claimed job's lease runs while the ones before it run. */
  batchSize?: number;
  /** Default retry policy for handlers registered without one. */
  retry?: Partial<RetryPolicy>;
  /** Told (at most every few minutes) about recurring jobs that have not succeeded for longer than they may. */
  onStale?: (stale: RecurringStatus[]) => Promise<void>;
}

/** A recurring job: one row, keyed by its kind, that reschedules itself after every run. */
interface Recurring {
  kind: string;
  /** Without a success for this long the job counts as stale. */
  staleAfterSeconds: number;
}

// Stale recurring jobs are looked for at most this often.
const STALE_CHECK_MS = 5 * 60_000;

/** A recurring job's health, for /status and the readiness check. */
export interface RecurringStatus {
  kind: string;
  status: string;
  nextRunAt: Date;
  lastSuccessAt: Date | null;
  /** Failed runs in a row (thrown, or instances that died running it). */
  attempts: number;
  lastError: string | null;
  /** No success for longer than the job's period allows. */
  stale: boolean;
}

/** Result of `schedule`: false when a job with the same dedupe key already exists. */
export interface Scheduled {
  scheduled: boolean;
  id: string;
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseSeconds: 30, capSeconds: 3600 };
// A handler rescheduling its own job to "now" would otherwise keep one tick busy forever.
const MAX_ROUNDS_PER_TICK = 100;

interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  run_at: Date;
  seq: number;
}

/**
 * Durable jobs in the database. Due jobs are claimed with row locks (`for update skip locked`) and a
 * lease, so two bot instances on one PostgreSQL never run the same job, and a job whose instance died is
 * taken over once its lease has run out. Time always comes from the injected clock, never SQL `now()`,
 * so tests can move it.
 */
export class Scheduler {
  private readonly handlers = new Map<string, { handler: JobHandler; retry: RetryPolicy }>();
  private readonly recurringJobs = new Map<string, Recurring>();
  private lastStaleCheck = 0;
  /** When a tick last finished (the clock's time), for the readiness check. */
  lastTickAt: Date | null = null;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly retry: RetryPolicy;
  private timer?: NodeJS.Timeout;
  private current?: Promise<number>;
  private stopping = false;
  private wakeAt = 0;

  constructor(private readonly opts: SchedulerOptions) {
    this.leaseMs = (opts.leaseSeconds ?? 120) * 1000;
    this.batchSize = opts.batchSize ?? 20;
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
  }

  /** Says how jobs of `kind` are run; only registered kinds are claimed, so an older instance leaves newer kinds alone. */
  register(kind: string, handler: JobHandler, retry?: Partial<RetryPolicy>): this {
    this.handlers.set(kind, { handler, retry: { ...this.retry, ...retry } });
    return this;
  }

  /** Registers every job kind (see `jobs/job.ts`); payloads are checked against each kind's schema before it runs. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  registerAll(jobs: readonly Job<any>[]): this {
    for (const job of jobs) {
      const handler: JobHandler = (payload, info) => job.handler(job.schema.parse(payload), info);
      if (job.recurring) this.recurring(job.kind, handler, job.recurring);
      else this.register(job.kind, handler, job.retry);
    }
    return this;
  }

  /**
   * Declares a recurring job: its handler returns `{ retryAt }` for the next run. It is never marked
   * failed (a run that throws or dies with its instance is retried with backoff, and the recurrence goes
   * on); `ensureRecurring` creates or repairs its row at start.
   */
  recurring(kind: string, handler: JobHandler, opts: { staleAfterSeconds: number }): this {
    this.recurringJobs.set(kind, { kind, staleAfterSeconds: opts.staleAfterSeconds });
    return this.register(kind, handler, { forever: true });
  }

  /**
   * Makes every recurring job exist and run: a missing row is created, due now; a row that ended
   * ('done' or 'failed', e.g. by an older version) is made pending again, due now. Safe at every start
   * and on every instance.
   */
  async ensureRecurring(): Promise<void> {
    const now = this.opts.clock.now();
    for (const kind of this.recurringJobs.keys()) {
      await this.opts.db.query(
        `insert into jobs (kind, payload, run_at, dedupe_key, created_at) values ($1, '{}'::jsonb, $2, $1, $2)
         on conflict (dedupe_key) do update set status = 'pending', run_at = excluded.run_at, attempts = 0, locked_by = null, locked_until = null
           where jobs.status in ('done', 'failed')`,
        [kind, now],
      );
    }
  }

  /** Each recurring job's last success, next run and whether it is stale. */
  async recurringStatus(): Promise<RecurringStatus[]> {
    const kinds = [...this.recurringJobs.keys()];
    if (kinds.length === 0) return [];
    const rows = await this.opts.db.query<{ kind: string; status: string; run_at: Date; last_success_at: Date | null; attempts: number; last_error: string | null; created_at: Date }>(
      `select kind, status, run_at, last_success_at, attempts, last_error, created_at from jobs where dedupe_key = any($1) order by kind`,
      [kinds],
    );
    const now = this.opts.clock.now().getTime();
    return rows.map((r) => {
      const since = (r.last_success_at ?? r.created_at).getTime();
      const allowed = this.recurringJobs.get(r.kind)!.staleAfterSeconds * 1000;
      return {
        kind: r.kind,
        status: r.status,
        nextRunAt: r.run_at,
        lastSuccessAt: r.last_success_at,
        attempts: r.attempts,
        lastError: r.last_error,
        stale: r.status === 'failed' || r.status === 'done' || now - since > allowed,
      };
    });
  }

  /**
   * Schedules a job to run at `runAt` (or at the first tick after, if that is already past). With a
   * `dedupeKey` a second schedule finds the first job and changes nothing, even after it has run. Pass
   * `tx` to schedule inside a caller's transaction, so the job exists exactly when the caller's row does.
   */
  async schedule(kind: string, payload: unknown, runAt: Date, dedupeKey?: string, opts: { tx?: Sql } = {}): Promise<Scheduled> {
    const sql = opts.tx ?? this.opts.db;
    const rows = await sql.query<{ id: string }>(
      `insert into jobs (kind, payload, run_at, dedupe_key, created_at) values ($1, $2::jsonb, $3, $4, $5)
       on conflict (dedupe_key) do nothing returning id`,
      [kind, JSON.stringify(payload ?? null), runAt, dedupeKey ?? null, this.opts.clock.now()],
    );
    if (rows[0]) return { scheduled: true, id: rows[0].id };
    const existing = await sql.query<{ id: string }>('select id from jobs where dedupe_key = $1', [dedupeKey]);
    return { scheduled: false, id: existing[0].id };
  }

  /**
   * Cancels pending jobs whose dedupe key is `keyOrPrefix` or starts with it (end a prefix with `:` so
   * that `reminder:1:` does not also cancel `reminder:10:`). A job already running is left to finish.
   * Cancelled jobs are deleted, so their keys can be scheduled again. Returns how many were cancelled.
   */
  async cancel(keyOrPrefix: string): Promise<number> {
    const rows = await this.opts.db.query(
      `delete from jobs where status = 'pending' and ${keyHasPrefix('dedupe_key', '$1')} returning id`,
      [keyOrPrefix],
    );
    return rows.length;
  }

  /**
   * Claims and runs every job due by the clock's now, round after round until none is left; returns how
   * many ran. Ticks of one scheduler never overlap: a tick asked for while one runs starts after it.
   */
  tick(): Promise<number> {
    const previous = this.current ?? Promise.resolve(0);
    const run = previous.catch(() => 0).then(() => this.runDue());
    this.current = run;
    const clear = () => {
      if (this.current === run) this.current = undefined;
    };
    run.then(clear, clear);
    return run;
  }

  /**
   * Ticks now (work that fell due while the bot was down) and then every `tickSeconds`; the timer does
   * not keep the process alive. Resolves with the first tick's count once it has finished (0 if it failed,
   * which is logged); there is no need to wait for it.
   */
  start(): Promise<number> {
    if (this.timer) return Promise.resolve(0);
    this.stopping = false;
    const tickQuietly = () =>
      this.tick().catch((err) => {
        this.opts.log.error({ err }, 'scheduler tick failed');
        return 0;
      });
    // An interval that comes while a tick still runs is skipped rather than queued behind it.
    this.timer = setInterval(() => void (this.current ? undefined : tickQuietly()), this.opts.tickSeconds * 1000);
    this.timer.unref();
    return tickQuietly();
  }

  /**
   * Runs due work now rather than at the next interval (a message released, a welcome queued), when the
   * timer runs; a no-op where ticks are run by hand (tests). A tick already running picks the work up.
   */
  poke(): void {
    if (!this.timer || this.current) return;
    void this.tick().catch((err) => this.opts.log.error({ err }, 'scheduler tick failed'));
  }

  /**
   * Runs due work in `ms` (a job scheduled a moment ahead) rather than at the next interval, when the
   * timer runs; a no-op where ticks are run by hand (tests). The job itself is in the database: this
   * only shortens the wait, and a restart loses nothing.
   */
  pokeAfter(ms: number): void {
    const at = Date.now() + Math.max(0, ms);
    if (!this.timer || this.wakeAt === at) return;
    this.wakeAt = at;
    setTimeout(() => {
      if (this.wakeAt === at) this.wakeAt = 0;
      // A tick that began before the job fell due may have missed it: poke again after it.
      if (this.current) void this.current.finally(() => this.poke());
      else this.poke();
    }, Math.max(0, ms) + 20).unref();
  }

  /** Stops ticking; waits for the job running now and hands the rest of its claimed batch back at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
    // Ticks asked for by hand after a stop still work; only the timer is gone.
    this.stopping = false;
  }

  /** Deletes jobs that finished before `before` (a retention job); their dedupe keys are forgotten with them. */
  async purgeFinished(before: Date): Promise<number> {
    const rows = await this.opts.db.query(`delete from jobs where status in ('done', 'failed') and finished_at < $1 returning id`, [before]);
    return rows.length;
  }

  private async runDue(): Promise<number> {
    const ran = await this.runRounds();
    this.lastTickAt = this.opts.clock.now();
    await this.checkStale();
    return ran;
  }

  /** Tells `onStale` about recurring jobs without a recent success, at most every few minutes. */
  private async checkStale(): Promise<void> {
    const now = this.opts.clock.now().getTime();
    if (!this.opts.onStale || this.recurringJobs.size === 0 || Math.abs(now - this.lastStaleCheck) < STALE_CHECK_MS) return;
    this.lastStaleCheck = now;
    try {
      const stale = (await this.recurringStatus()).filter((r) => r.stale);
      if (stale.length > 0) {
        this.opts.log.error({ stale: stale.map((s) => s.kind) }, 'recurring jobs have not succeeded in time');
        await this.opts.onStale(stale);
      }
    } catch (err) {
      this.opts.log.error({ err }, 'checking recurring jobs failed');
    }
  }

  private async runRounds(): Promise<number> {
    let ran = 0;
    for (let round = 0; round < MAX_ROUNDS_PER_TICK && !this.stopping; round++) {
      const claimedAt = this.opts.clock.now();
      const claimed = await this.claim(claimedAt);
      if (claimed.length === 0) break;
      for (let i = 0; i < claimed.length; i++) {
        if (this.stopping) {
          await this.release(claimed.slice(i));
          break;
        }
        if (await this.runOne(claimed[i], claimedAt)) ran++;
      }
    }
    return ran;
  }

  private async claim(now: Date): Promise<ClaimedJob[]> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return [];
    // A job still 'running' past its lease belongs to an instance that died: taking it over counts that run as failed.
    const rows = await this.opts.db.query<ClaimedJob>(
      `update jobs set
         status = 'running', locked_by = $1, locked_until = $2,
         attempts = case when status = 'running' then attempts + 1 else attempts end,
         last_error = case when status = 'running' then 'lease of ' || coalesce(locked_by, '?') || ' ran out' else last_error end
       where id in (
         select id from jobs
         where kind = any($3::text[]) and ((status = 'pending' and run_at <= $4) or (status = 'running' and locked_until < $4))
         order by run_at, seq
         limit $5
         for update skip locked)
       returning id, kind, payload, attempts, run_at, seq`,
      [this.opts.instanceId, new Date(now.getTime() + this.leaseMs), kinds, now, this.batchSize],
    );
    return rows.sort((a, b) => new Date(a.run_at).getTime() - new Date(b.run_at).getTime() || a.seq - b.seq);
  }

  /** Runs one claimed job; false when it was no longer ours to run. */
  private async runOne(job: ClaimedJob, claimedAt: Date): Promise<boolean> {
    const { db, clock, log, instanceId } = this.opts;
    const entry = this.handlers.get(job.kind)!;
    const started = clock.now();
    // Jobs late in a slow batch may have outlived half their lease: renew it, or leave the job to whoever took it over.
    if (started.getTime() - claimedAt.getTime() > this.leaseMs / 2) {
      const renewed = await db.query(
        `update jobs set locked_until = $3 where id = $1 and locked_by = $2 and status = 'running' returning id`,
        [job.id, instanceId, new Date(started.getTime() + this.leaseMs)],
      );
      if (renewed.length === 0) return false;
    }
    if (job.attempts >= entry.retry.maxAttempts && !entry.retry.forever) {
      // Only a takeover gets here: the job keeps killing its instance, so it is not run again.
      await this.finish(job, 'failed', clock.now(), `gave up after ${job.attempts} attempts (instances died running it)`);
      log.error({ jobId: job.id, kind: job.kind }, 'job failed: its instances kept dying');
      return false;
    }
    try {
      const outcome = await entry.handler(job.payload, { id: job.id, kind: job.kind, attempts: job.attempts });
      // A run that returns has succeeded: failures in a row start again from zero.
      if (outcome && outcome.retryAt) {
        await this.reschedule(job, outcome.retryAt, 0, outcome.reason ?? null, true);
      } else {
        await this.finish(job, 'done', clock.now(), null, job.attempts, true);
      }
    } catch (err) {
      const attempts = job.attempts + 1;
      const message = err instanceof Error ? err.message : String(err);
      if (attempts >= entry.retry.maxAttempts && !entry.retry.forever) {
        await this.finish(job, 'failed', clock.now(), message, attempts);
        log.error({ err, jobId: job.id, kind: job.kind, attempts }, 'job failed for good');
      } else {
        const delayS = exponentialBackoff(attempts, { base: entry.retry.baseSeconds, cap: entry.retry.capSeconds });
        const retryAt = new Date(clock.now().getTime() + delayS * 1000);
        await this.reschedule(job, retryAt, attempts, message);
        if (attempts >= entry.retry.maxAttempts) log.error({ err, jobId: job.id, kind: job.kind, attempts, retryAt }, 'job keeps failing; it will be retried');
        else log.warn({ err, jobId: job.id, kind: job.kind, attempts, retryAt }, 'job failed, will retry');
      }
    }
    return true;
  }

  private async finish(job: ClaimedJob, status: 'done' | 'failed', now: Date, error: string | null, attempts = job.attempts, succeeded = false): Promise<void> {
    // `locked_by` guards against overwriting an instance that took the job over after our lease ran out.
    const rows = await this.opts.db.query(
      `update jobs set status = $3, finished_at = $4, last_error = coalesce($5, last_error), attempts = $6, locked_by = null, locked_until = null,
         last_success_at = case when $7 then $4 else last_success_at end
       where id = $1 and locked_by = $2 and status = 'running' returning id`,
      [job.id, this.opts.instanceId, status, now, error, attempts, succeeded],
    );
    if (rows.length === 0) this.opts.log.warn({ jobId: job.id, kind: job.kind }, 'job finished after its lease ran out');
  }

  private async reschedule(job: ClaimedJob, runAt: Date, attempts: number, reason: string | null, succeeded = false): Promise<void> {
    const rows = await this.opts.db.query(
      `update jobs set status = 'pending', run_at = $3, attempts = $4, last_error = coalesce($5, last_error), locked_by = null, locked_until = null,
         last_success_at = case when $6 then $7 else last_success_at end
       where id = $1 and locked_by = $2 and status = 'running' returning id`,
      [job.id, this.opts.instanceId, runAt, attempts, reason, succeeded, this.opts.clock.now()],
    );
    if (rows.length === 0) this.opts.log.warn({ jobId: job.id, kind: job.kind }, 'job rescheduled after its lease ran out');
  }

  private async release(jobs: ClaimedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.opts.db.query(
      `update jobs set status = 'pending', locked_by = null, locked_until = null where id = any($1::uuid[]) and locked_by = $2 and status = 'running'`,
      [jobs.map((j) => j.id), this.opts.instanceId],
    );
  }
}
