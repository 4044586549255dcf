import type { z } from 'zod';
import type { JobInfo, JobOutcome, RetryPolicy } from './scheduler';

/**
 * One kind of durable job: its name, the shape of its payload (checked with zod when it runs) and what
 * it does. Every kind is declared once, in its own file under `jobs/`, and registered in one call
 * (`Scheduler.registerAll`) from the composition root.
 */
export interface Job<P = unknown> {
  kind: string;
  schema: z.ZodType<P, z.ZodTypeDef, unknown>;
  handler(payload: P, job: JobInfo): Promise<JobOutcome>;
  /** How a failing run is retried; the scheduler's default otherwise. */
  retry?: Partial<RetryPolicy>;
  /** A recurring job: one row keyed by its kind that reschedules itself; stale without a success for this long. */
  recurring?: { staleAfterSeconds: number };
}

/** Declares a job kind, keeping its payload type. */
export function defineJob<P>(job: Job<P>): Job<P> {
  return job;
}
