import { HolidayCalendar } from '../src/domain/calendar';
import { reminderPlan } from '../src/domain/reminders';
import { answerDeadline, WorkingTime, workingHoursBetween } from '../src/domain/workingTime';

const wt: WorkingTime = { timeZone: 'Europe/Stockholm', hours: { start: 480, end: 1020 }, days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') };

function perSecond(n: number, work: (i: number) => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) work(i);
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Answer deadlines and reminder plans per second: an ordinary week, Christmas, and a year of distinct days (cold). */
export async function run(): Promise<Record<string, number | string>> {
  const monday = Date.parse('2026-11-23T09:00:00Z');
  const christmas = Date.parse('2026-12-23T14:00:00Z');
  const yearStart = Date.parse('2027-01-01T00:00:00Z');
  answerDeadline(new Date(christmas), 9, wt); // loads the holiday year
  return {
    'deadlines/s (a week of ordinary questions)': perSecond(50_000, (i) => answerDeadline(new Date(monday + (i % 10_080) * 60_000), 9, wt)),
    'deadlines/s (Christmas)': perSecond(50_000, (i) => answerDeadline(new Date(christmas + (i % 600) * 1000), 9, wt)),
    'deadlines/s (200-hour budget)': perSecond(5_000, (i) => answerDeadline(new Date(monday + i * 60_000), 200, wt)),
    'deadlines/s (a new day each time, 2027)': perSecond(365, (i) => answerDeadline(new Date(yearStart + i * 86_400_000), 9, wt)),
    'reminder plans/s': perSecond(20_000, (i) => reminderPlan(new Date(monday + i * 60_000), new Date(monday + i * 60_000), { budgetHours: 9, channelAt: 0.5 }, wt)),
    'workingHoursBetween/s (one month)': perSecond(5_000, (i) => workingHoursBetween(new Date(monday + i * 1000), new Date(christmas), wt)),
  };
}
