import { format } from 'date-fns';
import { tz, TZDate } from '@date-fns/tz';
import { HolidayCalendar } from '../../src/domain/calendar';
import {
  addWorkingHours,
  answerDeadline,
  isWorkingTime,
  nextWorkingDayStart,
  nextWorkingStart,
  WorkingTime,
  workingHoursBetween,
} from '../../src/domain/workingTime';

const ZONE = 'Europe/Stockholm';
const MON_FRI = [1, 2, 3, 4, 5];
const wt: WorkingTime = { timeZone: ZONE, hours: { start: 8 * 60, end: 17 * 60 }, days: MON_FRI, holidays: new HolidayCalendar('SE') };

/** The instant of a Stockholm wall-clock time written `YYYY-MM-DD HH:mm` (parsed by date-fns, not by the code under test). */
function local(s: string, zone = ZONE): Date {
  const [y, mo, d, h, mi] = s.split(/[- :]/).map(Number);
  return new Date(+new TZDate(y, mo - 1, d, h, mi, zone));
}
const show = (d: Date, zone = ZONE) => format(d, 'yyyy-MM-dd HH:mm', { in: tz(zone) });
const due = (posted: string, budget = 9, w: WorkingTime = wt) => show(answerDeadline(local(posted), budget, w));

describe('answer deadline: the examples in RULES.md (08–17, mon–fri, budget 9)', () => {
  test('a question at 10:00 Monday is due 10:00 Tuesday', () => {
    expect(due('2026-11-23 10:00')).toBe('2026-11-24 10:00');
  });

  test('a question at 16:00 Friday is due 16:00 Monday', () => {
    expect(due('2026-11-27 16:00')).toBe('2026-11-30 16:00');
  });

  test('a question at 20:00 Monday is due 17:00 Tuesday, not 08:00 Wednesday', () => {
    expect(due('2026-11-23 20:00')).toBe('2026-11-24 17:00');
  });
});

describe('answer deadline: when the question comes', () => {
  test('a question at 08:00 sharp is due 17:00 the same day', () => {
    expect(due('2026-11-23 08:00')).toBe('2026-11-23 17:00');
  });

  test('a question at 17:00 sharp (end of the day) is due 17:00 the next working day', () => {
    expect(due('2026-11-23 17:00')).toBe('2026-11-24 17:00');
  });

  test('a question at night (03:00 Tuesday) is due 17:00 Tuesday', () => {
    expect(due('2026-11-24 03:00')).toBe('2026-11-24 17:00');
  });

  test('a question just before midnight counts from the next morning', () => {
    expect(due('2026-11-24 23:59')).toBe('2026-11-25 17:00');
  });

  test('a question on Friday evening is due 17:00 Monday', () => {
    expect(due('2026-11-27 19:30')).toBe('2026-11-30 17:00');
  });

  test('questions on Saturday and Sunday are due 17:00 Monday', () => {
    expect(due('2026-11-28 11:00')).toBe('2026-11-30 17:00');
    expect(due('2026-11-29 22:45')).toBe('2026-11-30 17:00');
  });

  test('minutes and seconds are kept: 10:17:30 Monday is due 10:17:30 Tuesday', () => {
    const posted = new Date(+local('2026-11-23 10:17') + 30_000);
    expect(answerDeadline(posted, 9, wt).toISOString()).toBe('2026-11-24T09:17:30.000Z');
  });
});

describe('answer deadline across daylight-saving changes', () => {
  test('spring (29 March 2026): Friday 27 March 16:00 is due Monday 30 March 16:00 summer time', () => {
    const deadline = answerDeadline(local('2026-03-27 16:00'), 9, wt);
    expect(show(deadline)).toBe('2026-03-30 16:00');
    expect(deadline.toISOString()).toBe('2026-03-30T14:00:00.000Z');
  });

  test('autumn (25 October 2026): Friday 23 October 16:00 is due Monday 26 October 16:00 winter time', () => {
    const deadline = answerDeadline(local('2026-10-23 16:00'), 9, wt);
    expect(show(deadline)).toBe('2026-10-26 16:00');
    expect(deadline.toISOString()).toBe('2026-10-26T15:00:00.000Z');
  });

  test('a question in the night of the change, before and after the clocks move, is due 17:00 Monday', () => {
    expect(due('2026-03-29 01:30')).toBe('2026-03-30 17:00');
    expect(due('2026-03-29 03:30')).toBe('2026-03-30 17:00');
    expect(due('2026-10-25 02:30')).toBe('2026-10-26 17:00');
  });

  test('a working day on which the clocks change is 08:00–17:00 local: 9 working hours', () => {
    const everyDay: WorkingTime = { ...wt, days: [0, 1, 2, 3, 4, 5, 6], holidays: new HolidayCalendar('none') };
    for (const day of ['2026-03-29', '2026-10-25']) {
      expect(workingHoursBetween(local(`${day} 00:00`), local(`${day} 23:59`), everyDay)).toBe(9);
      expect(due(`${day} 08:00`, 9, everyDay)).toBe(`${day} 17:00`);
      expect(due(`${day} 00:30`, 1, everyDay)).toBe(`${day} 09:00`);
    }
  });
});

describe('answer deadline over holidays and eves', () => {
  test('skärtorsdag 10:00 is due Tuesday 7 April 10:00: långfredagen (3 April) and annandag påsk (6 April) are days off', () => {
    expect(due('2026-04-02 10:00')).toBe('2026-04-07 10:00');
  });

  test('skärtorsdag itself is an eve that is a working day', () => {
    expect(isWorkingTime(local('2026-04-02 10:00'), wt)).toBe(true);
    expect(due('2026-04-02 08:00')).toBe('2026-04-02 17:00');
  });

  test('julafton is a day off: 23 December 15:00 is due Monday 28 December 15:00 (24, 25, 26 off, 27 Sunday)', () => {
    expect(isWorkingTime(local('2026-12-24 10:00'), wt)).toBe(false);
    expect(due('2026-12-23 15:00')).toBe('2026-12-28 15:00');
    expect(due('2026-12-23 13:00')).toBe('2026-12-28 13:00');
  });

  test('midsommarafton is a day off: Thursday 18 June 12:00 is due Monday 22 June 12:00', () => {
    expect(due('2026-06-18 12:00')).toBe('2026-06-22 12:00');
  });

  test('across the year change: 30 December 13:00 is due Monday 4 January 13:00 (nyårsafton and nyårsdagen off)', () => {
    expect(due('2026-12-30 13:00')).toBe('2027-01-04 13:00');
  });

  test('valborgsmässoafton is an eve that is a working day: 30 April 10:00 is due Monday 4 May 10:00 (1 May off)', () => {
    expect(due('2026-04-30 10:00')).toBe('2026-05-04 10:00');
  });

  test('HOLIDAYS=none: långfredagen is an ordinary Friday', () => {
    const plain: WorkingTime = { ...wt, holidays: new HolidayCalendar('none') };
    expect(due('2026-04-02 10:00', 9, plain)).toBe('2026-04-03 10:00');
    expect(due('2026-12-23 15:00', 9, plain)).toBe('2026-12-24 15:00');
  });
});

describe('answer deadline with other budgets and hours', () => {
  test('a 4-hour budget: Monday 10:00 is due 14:00, Monday 16:00 is due Tuesday 11:00', () => {
    expect(due('2026-11-23 10:00', 4)).toBe('2026-11-23 14:00');
    expect(due('2026-11-23 16:00', 4)).toBe('2026-11-24 11:00');
  });

  test('a 20-hour budget: Monday 10:00 is due Wednesday 12:00 (7 + 9 + 4 hours)', () => {
    expect(due('2026-11-23 10:00', 20)).toBe('2026-11-25 12:00');
  });

  test('a budget that runs out exactly at 17:00 is due 17:00, not 08:00 the next day (20 hours from Thursday 26 March 15:00, across the spring change)', () => {
    // Thursday 2 h, Friday 9 h, Monday 9 h: the budget ends exactly at 17:00 Monday.
    expect(due('2026-03-26 15:00', 20)).toBe('2026-03-30 17:00');
  });

  test('a fractional budget: 4.5 hours from Monday 10:00 is 14:30', () => {
    expect(due('2026-11-23 10:00', 4.5)).toBe('2026-11-23 14:30');
  });

  test('working hours 09:00–16:30: Monday 15:00 + 9 hours ends exactly at 16:30 Tuesday', () => {
    const short: WorkingTime = { ...wt, hours: { start: 9 * 60, end: 16 * 60 + 30 } };
    expect(due('2026-11-23 15:00', 9, short)).toBe('2026-11-24 16:30');
    expect(due('2026-11-23 20:00', 9, short)).toBe('2026-11-25 10:30');
  });

  test('working days tue–sat: a question on Monday counts from Tuesday, and Saturday is worked', () => {
    const tueSat: WorkingTime = { ...wt, days: [2, 3, 4, 5, 6] };
    expect(due('2026-11-23 10:00', 9, tueSat)).toBe('2026-11-24 17:00');
    expect(due('2026-11-27 16:00', 9, tueSat)).toBe('2026-11-28 16:00');
  });

  test('another time zone: 08–17 in Helsinki is an hour earlier in UTC than in Stockholm', () => {
    const helsinki: WorkingTime = { ...wt, timeZone: 'Europe/Helsinki' };
    expect(answerDeadline(local('2026-11-23 08:00', 'Europe/Helsinki'), 9, helsinki).toISOString()).toBe('2026-11-23T15:00:00.000Z');
  });

  test('a zero budget is due at once; a negative budget and a week without working days are refused', () => {
    expect(answerDeadline(local('2026-11-28 11:00'), 0, wt)).toEqual(local('2026-11-28 11:00'));
    expect(() => answerDeadline(local('2026-11-23 10:00'), -1, wt)).toThrow(RangeError);
    expect(() => answerDeadline(local('2026-11-23 10:00'), 9, { ...wt, days: [] })).toThrow(RangeError);
  });
});

describe('working time', () => {
  test('08:00 is inside, 17:00 is outside, 07:59 and 17:01 too', () => {
    expect(isWorkingTime(local('2026-11-23 07:59'), wt)).toBe(false);
    expect(isWorkingTime(local('2026-11-23 08:00'), wt)).toBe(true);
    expect(isWorkingTime(local('2026-11-23 16:59'), wt)).toBe(true);
    expect(isWorkingTime(local('2026-11-23 17:00'), wt)).toBe(false);
    expect(isWorkingTime(local('2026-11-23 17:01'), wt)).toBe(false);
  });

  test('weekends and public holidays are not working time', () => {
    expect(isWorkingTime(local('2026-11-28 10:00'), wt)).toBe(false);
    expect(isWorkingTime(local('2026-04-06 10:00'), wt)).toBe(false);
  });

  test('working hours between two instants count only working time', () => {
    expect(workingHoursBetween(local('2026-11-23 10:00'), local('2026-11-24 10:00'), wt)).toBe(9);
    expect(workingHoursBetween(local('2026-11-27 16:00'), local('2026-11-30 16:00'), wt)).toBe(9);
    expect(workingHoursBetween(local('2026-11-23 20:00'), local('2026-11-24 08:30'), wt)).toBe(0.5);
    expect(workingHoursBetween(local('2026-11-23 00:00'), local('2026-11-30 00:00'), wt)).toBe(45);
  });

  test('the Easter week has 36 working hours (Monday–Thursday)', () => {
    expect(workingHoursBetween(local('2026-03-30 00:00'), local('2026-04-06 00:00'), wt)).toBe(36);
  });

  test('working hours between is 0 when the end is not after the start', () => {
    expect(workingHoursBetween(local('2026-11-24 10:00'), local('2026-11-23 10:00'), wt)).toBe(0);
    expect(workingHoursBetween(local('2026-11-24 10:00'), local('2026-11-24 10:00'), wt)).toBe(0);
  });

  test('working hours between undoes adding working hours, across weekends, DST and Christmas', () => {
    const starts = ['2026-03-26 06:00', '2026-10-22 06:00', '2026-12-21 06:00', '2026-03-28 02:00'];
    for (const start of starts) {
      for (let step = 0; step < 120; step++) {
        const from = new Date(+local(start) + step * 37 * 60_000);
        for (const hours of [0.25, 4, 9, 20]) {
          expect(workingHoursBetween(from, addWorkingHours(from, hours, wt), wt)).toBeCloseTo(hours, 9);
        }
      }
    }
  });
});

describe('next working start', () => {
  test('inside working time it is the instant itself', () => {
    expect(show(nextWorkingStart(local('2026-11-23 10:15'), wt))).toBe('2026-11-23 10:15');
  });

  test('before 08:00 it is 08:00 the same day; at 17:00 and after it is 08:00 the next working day', () => {
    expect(show(nextWorkingStart(local('2026-11-23 06:00'), wt))).toBe('2026-11-23 08:00');
    expect(show(nextWorkingStart(local('2026-11-23 17:00'), wt))).toBe('2026-11-24 08:00');
    expect(show(nextWorkingStart(local('2026-11-27 18:00'), wt))).toBe('2026-11-30 08:00');
  });

  test('after skärtorsdag it is Tuesday after Easter; on the spring DST Sunday it is Monday 08:00 summer time', () => {
    expect(show(nextWorkingStart(local('2026-04-02 17:30'), wt))).toBe('2026-04-07 08:00');
    expect(nextWorkingStart(local('2026-03-29 01:00'), wt).toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });
});

describe('next working day start ("remind me tomorrow 08:00")', () => {
  test('from any time on Monday, even before 08:00, it is Tuesday 08:00', () => {
    expect(show(nextWorkingDayStart(local('2026-11-23 10:00'), wt))).toBe('2026-11-24 08:00');
    expect(show(nextWorkingDayStart(local('2026-11-23 00:30'), wt))).toBe('2026-11-24 08:00');
    expect(show(nextWorkingDayStart(local('2026-11-23 23:30'), wt))).toBe('2026-11-24 08:00');
  });

  test('from Friday and the weekend it is Monday 08:00', () => {
    expect(show(nextWorkingDayStart(local('2026-11-27 10:00'), wt))).toBe('2026-11-30 08:00');
    expect(show(nextWorkingDayStart(local('2026-11-28 10:00'), wt))).toBe('2026-11-30 08:00');
  });

  test('before Christmas and New Year it skips the days off', () => {
    expect(show(nextWorkingDayStart(local('2026-12-23 10:00'), wt))).toBe('2026-12-28 08:00');
    expect(show(nextWorkingDayStart(local('2026-12-30 10:00'), wt))).toBe('2027-01-04 08:00');
  });

  test('from the Friday before the autumn change it is Monday 08:00 winter time', () => {
    expect(nextWorkingDayStart(local('2026-10-23 10:00'), wt).toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });
});

describe('performance', () => {
  test('an answer deadline over Christmas takes well under 1 ms', () => {
    const posted = local('2026-12-23 15:00');
    answerDeadline(posted, 9, wt);
    const n = 2000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) answerDeadline(new Date(+posted + i * 1000), 9, wt);
    const msEach = Number(process.hrtime.bigint() - started) / 1e6 / n;
    expect(msEach).toBeLessThan(0.25);
  });
});
