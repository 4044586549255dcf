import { HolidayCalendar } from '../../src/domain/calendar';
import type { WorkingTime } from '../../src/domain/workingTime';
import { monthlyFollowupJob } from '../../src/jobs/monthlyFollowup';
import { createLogger } from '../../src/logger';

const wt: WorkingTime = { timeZone: 'Europe/Stockholm', hours: { start: 480, end: 1020 }, days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') };

/** The job's handler at `now`, with a poster that records the months it was asked to post. */
async function runAt(now: string) {
  const posted: string[] = [];
  const job = monthlyFollowupJob({ clock: { now: () => new Date(now) }, log: createLogger('silent'), workingTime: wt, workingDay: 1, minutes: 9 * 60, poster: { post: async (m) => (posted.push(m), true) } });
  const outcome = await job.handler(undefined, { id: 'j', kind: job.kind, attempts: 0 });
  return { posted, next: outcome ? outcome.retryAt.toISOString() : null };
}

describe('the monthly follow-up job', () => {
  test('before the first working day at 09:00 it waits for it; then it posts the month before and waits for next month', async () => {
    expect(await runAt('2026-06-01T08:59:00+02:00')).toEqual({ posted: [], next: '2026-06-01T07:00:00.000Z' });
    // 1 July 2026 is a Wednesday.
    expect(await runAt('2026-06-01T09:00:00+02:00')).toEqual({ posted: ['2026-05'], next: '2026-07-01T07:00:00.000Z' });
  });
  test('New Year: January 2027 starts on a holiday Friday and a weekend, so December is posted on Monday 4 January', async () => {
    expect(await runAt('2027-01-01T10:00:00+01:00')).toEqual({ posted: [], next: '2027-01-04T08:00:00.000Z' });
    expect(await runAt('2027-01-04T09:00:00+01:00')).toEqual({ posted: ['2026-12'], next: '2027-02-01T08:00:00.000Z' });
  });
  test('a bot back within a week posts late; later than that it waits for next month', async () => {
    expect((await runAt('2026-06-05T14:00:00+02:00')).posted).toEqual(['2026-05']);
    expect(await runAt('2026-06-10T14:00:00+02:00')).toEqual({ posted: [], next: '2026-07-01T07:00:00.000Z' });
  });
});
