import { HolidayCalendar } from '../../src/domain/calendar';
import { dayBeforeRange, freeDaysOfWeek, matchByDay, mondayOf, nextDayBeforeRun, weeklyNoteDay, weeklyNoteSlots } from '../../src/domain/rhythm';
import type { ScheduleRules } from '../../src/domain/schedule';
import type { WorkingTime } from '../../src/domain/workingTime';

const se = new HolidayCalendar('SE');
const wt: WorkingTime = { timeZone: 'Europe/Stockholm', hours: { start: 480, end: 1020 }, days: [1, 2, 3, 4, 5], holidays: se };
const rules: ScheduleRules = { capacity: 1, horizonMonths: 6, fridayCutoff: 780, holidays: se };
const MONDAY_9 = { weekday: 1, minutes: 540 };

describe('the weekly rhythm, as dates', () => {
  test('the week of a day starts on its Monday (Sunday belongs to the week before)', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  test('the note goes out on the Monday, or on the next working day when Monday is a holiday; a Friday setting means the Friday before', () => {
    expect(weeklyNoteDay('2026-11-23', MONDAY_9, wt)).toBe('2026-11-23');
    // Easter Monday 2027 is a holiday: Tuesday.
    expect(weeklyNoteDay('2027-03-29', MONDAY_9, wt)).toBe('2027-03-30');
    expect(weeklyNoteDay('2026-11-30', { weekday: 5, minutes: 840 }, wt)).toBe('2026-11-27');
    // Christmas 2026: Friday 25 is a holiday, so a Friday note for the week of 28 December goes out on Monday 28.
    expect(weeklyNoteDay('2026-12-28', { weekday: 5, minutes: 840 }, wt)).toBe('2026-12-28');
  });

  test('a week without any working day (a calendar that has none that week) gets no note, and the next note is still found', () => {
    const allOff = { days: [1, 2, 3, 4, 5], holidays: { isDayOff: (d: string) => d >= '2026-11-23' && d <= '2026-11-29' } as unknown as HolidayCalendar };
    expect(weeklyNoteDay('2026-11-23', MONDAY_9, allOff)).toBeNull();
    const { due, next } = weeklyNoteSlots(new Date('2026-11-24T10:00:00+01:00'), '2026-11-24', MONDAY_9, { ...wt, ...allOff });
    expect(due).toBeNull();
    expect(next.day).toBe('2026-11-30');
  });

  test('the due note is the latest whose moment has passed while its week lasts; the next is the first after now', () => {
    const before = weeklyNoteSlots(new Date('2026-11-23T08:59:00+01:00'), '2026-11-23', MONDAY_9, wt);
    // The week before ended on Sunday: its note is not due any more.
    expect(before.due).toBeNull();
    expect(before.next.at.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    const at = weeklyNoteSlots(new Date('2026-11-23T09:00:00+01:00'), '2026-11-23', MONDAY_9, wt);
    expect(at.due?.monday).toBe('2026-11-23');
    expect(at.next.monday).toBe('2026-11-30');
    // Summer time: 09:00 in Stockholm is 07:00 UTC.
    expect(weeklyNoteSlots(new Date('2027-06-01T12:00:00+02:00'), '2027-06-01', MONDAY_9, wt).next.at.toISOString()).toBe('2027-06-07T07:00:00.000Z');
  });

  test('free days of a week are the plain ones from today on: no weekend, holiday, eve or full day', () => {
    expect(freeDaysOfWeek('2026-11-23', '2026-11-25', new Map([['2026-11-26', 1]]), rules)).toEqual(['2026-11-25', '2026-11-27']);
    // Christmas week 2026: 24 (julafton, an eve) and 25 (a holiday) are out; 23 is a plain day.
    expect(freeDaysOfWeek('2026-12-21', '2026-12-21', new Map(), rules)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
  });

  test('the day before: a working day reminds the posts up to the next working day; days off remind nothing', () => {
    expect(dayBeforeRange('2026-11-23', wt)).toEqual({ from: '2026-11-24', to: '2026-11-24' });
    expect(dayBeforeRange('2026-11-27', wt)).toEqual({ from: '2026-11-28', to: '2026-11-30' });
    expect(dayBeforeRange('2026-12-23', wt)).toEqual({ from: '2026-12-24', to: '2026-12-28' });
    expect(dayBeforeRange('2026-11-28', wt)).toBeNull();
    expect(nextDayBeforeRun(new Date('2026-11-27T15:00:00+01:00'), '2026-11-27', 840, wt).toISOString()).toBe('2026-11-30T13:00:00.000Z');
    expect(nextDayBeforeRun(new Date('2026-11-27T13:00:00+01:00'), '2026-11-27', 840, wt).toISOString()).toBe('2026-11-27T13:00:00.000Z');
  });

  test('a new post is proposed to the day\'s one booking without a post, else asked about with the reason', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(matchByDay([a], new Set())).toEqual({ kind: 'propose', booking: a });
    expect(matchByDay([a, b], new Set(['a']))).toEqual({ kind: 'propose', booking: b });
    expect(matchByDay([], new Set())).toEqual({ kind: 'ask', reason: 'no-booking' });
    expect(matchByDay([a], new Set(['a']))).toEqual({ kind: 'ask', reason: 'day-taken' });
    expect(matchByDay([a, b], new Set())).toEqual({ kind: 'ask', reason: 'several' });
  });
});
