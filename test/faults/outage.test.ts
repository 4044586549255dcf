import { runOutage } from '../support/outage';

/**
 * Teams down for an hour, through the real HTTP endpoint: 429 with Retry-After 30 s for twenty minutes,
 * then 503 for forty. The old policy gave up after ten attempts (about 27 minutes); now every card must
 * arrive exactly once after recovery, none given up, Retry-After respected per conversation, and the
 * queue drained within minutes of the recovery. The long version: `npm run bench -- faults`.
 */
test('a Teams outage longer than the old retry budget: every card arrives once after recovery, none given up, Retry-After held', async () => {
  const f = await runOutage({ questions: 24, minutes429: 20, minutesDown: 60, retryAfter: 30, stepSeconds: 15 });
  expect(f).toMatchObject({ cards: 24, once: 24, repeated: 0, missing: 0, givenUp: 0, retryAfterViolations: 0 });
  expect(f.throttled).toBeGreaterThan(0);
  // Within the longest backoff (five minutes) of the recovery, not 25 minutes later.
  expect(f.drainedMinutesAfterRecovery).not.toBeNull();
  expect(f.drainedMinutesAfterRecovery!).toBeLessThanOrEqual(5);
  // Retry-After honoured to the second, per conversation.
  expect(f.shortestGapAfter429).toBeGreaterThanOrEqual(30);
}, 120_000);
