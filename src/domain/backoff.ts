/**
 * The delay before retry number `attempt` (1 for the first retry): `base`, doubled after each further
 * failure, never more than `cap`. In whatever unit `base` and `cap` are given. The scheduler, the outbox
 * (with jitter on top) and the LinkedIn client all back off with it.
 */
export function exponentialBackoff(attempt: number, limits: { base: number; cap: number }): number {
  return Math.min(limits.cap, limits.base * 2 ** (attempt - 1));
}
