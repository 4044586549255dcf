import { addMonths, HolidayCalendar, localDay, localMinutes } from '../../src/domain/calendar';
import { bookingWarnings, checkBookableDay, exampleBookingDay, nearestFreeDays, parseTimeOfDay, ScheduleRules, scheduleDays } from '../../src/domain/schedule';

const rules: ScheduleRules = { capacity: 1, horizonMonths: 6, fridayCutoff: 13 * 60, holidays: new HolidayCalendar('SE') };
const kinds = (day: string, time: number | null = null) => bookingWarnings(day, time, rules).map((w) => w.kind);

describe('warnings', () => {
  test('a Friday after 13:00 warns; 12:59 and 13:00 itself do not (RULES.md: "after 13:00")', () => {
    expect(kinds('2026-12-04', 12 * 60 + 59)).toEqual([]);
    expect(kinds('2026-12-04', 13 * 60)).toEqual([]);
    expect(kinds('2026-12-04', 13 * 60 + 1)).toEqual(['friday-afternoon']);
    expect(kinds('2026-12-04', 15 * 60)).toEqual(['friday-afternoon']);
    expect(kinds('2026-12-03', 15 * 60)).toEqual([]);
  });

  test('a Friday without a time asks for one; other days without a time do not', () => {
    expect(bookingWarnings('2026-12-04', null, rules)).toEqual([{ kind: 'friday-no-time', cutoff: 13 * 60 }]);
    expect(kinds('2026-12-03')).toEqual([]);
  });

  test('weekends warn, naming the day', () => {
    expect(bookingWarnings('2026-12-05', null, rules)).toEqual([{ kind: 'weekend', day: 'saturday' }]);
    expect(bookingWarnings('2026-12-06', null, rules)).toEqual([{ kind: 'weekend', day: 'sunday' }]);
    expect(kinds('2026-12-07')).toEqual([]);
  });

  test('public holidays and their eves warn, with the holiday named', () => {
    expect(bookingWarnings('2026-12-25', null, rules)).toEqual([{ kind: 'holiday', name: 'juldagen' }]);
    expect(bookingWarnings('2026-12-24', null, rules)).toEqual([{ kind: 'eve', name: 'julafton' }]);
    expect(bookingWarnings('2026-06-19', null, rules)).toEqual([{ kind: 'eve', name: 'midsommarafton' }]);
    expect(bookingWarnings('2026-12-31', null, rules)).toEqual([{ kind: 'eve', name: 'nyårsafton' }]);
    // Skärtorsdagen is the day before långfredagen; Valborg is an eve by name.
    expect(bookingWarnings('2026-04-02', null, rules)).toEqual([{ kind: 'eve', name: 'dagen före långfredagen' }]);
    expect(kinds('2026-04-30')).toEqual(['eve']);
    expect(kinds('2026-05-13')).toEqual(['eve']); // before Kristi himmelsfärd
    expect(kinds('2026-05-14')).toEqual(['holiday']);
  });

  test('holiday names follow the reader\'s language', () => {
    expect(bookingWarnings('2026-12-25', null, rules, 'en')).toEqual([{ kind: 'holiday', name: 'Christmas Day' }]);
  });

  test('the eve of New Year\'s Day is known across the year change, and next year\'s holidays too', () => {
    expect(kinds('2027-01-01')).toEqual(['holiday']);
    expect(kinds('2027-01-05')).toEqual(['eve']);
    expect(kinds('2027-01-06')).toEqual(['holiday']);
  });

  test('HOLIDAYS=none knows no holidays, only weekends', () => {
    const plain = { ...rules, holidays: new HolidayCalendar('none') };
    expect(bookingWarnings('2026-12-24', null, plain)).toEqual([]);
    expect(bookingWarnings('2026-12-25', 10 * 60, plain)).toEqual([]);
  });
});

describe('bookable days', () => {
  test('past days are refused, today is bookable', () => {
    expect(checkBookableDay('2026-11-22', '2026-11-23', rules)).toEqual({ ok: false, reason: 'past', day: '2026-11-22', today: '2026-11-23' });
    expect(checkBookableDay('2026-11-23', '2026-11-23', rules)).toEqual({ ok: true });
  });

  test('more than six months ahead is refused; month ends clamp', () => {
    expect(checkBookableDay('2027-05-23', '2026-11-23', rules)).toEqual({ ok: true });
    expect(checkBookableDay('2027-05-24', '2026-11-23', rules)).toEqual({ ok: false, reason: 'too-far', day: '2027-05-24', lastDay: '2027-05-23' });
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('nearest free days', () => {
  const taken = (...days: string[]) => new Map(days.map((d) => [d, 1]));

  test('a second booking on a full day is refused with the three nearest free days, listed in date order', () => {
    // Nearest: 4 (1 day), 2 (1 day), 1 (2 days); 7 December (4 days) is further than 1 December.
    expect(nearestFreeDays('2026-12-03', '2026-11-23', taken('2026-12-03'), rules)).toEqual(['2026-12-01', '2026-12-02', '2026-12-04']);
  });

  test('the nearest days are chosen by distance, then shown by date (not 9, 7, 10 December)', () => {
    // 8 December taken and its neighbours partly: nearest free are 9 (1), 7 (1), 10 (2).
    expect(nearestFreeDays('2026-12-08', '2026-11-23', taken('2026-12-08'), rules)).toEqual(['2026-12-07', '2026-12-09', '2026-12-10']);
    // At equal distance the later day wins: 2 and 4 December are both one day from 3 December.
    expect(nearestFreeDays('2026-12-03', '2026-11-23', taken('2026-12-03'), rules, null, 1)).toEqual(['2026-12-04']);
    // Weekends are skipped, and what is found is still listed by date.
    expect(nearestFreeDays('2026-12-03', '2026-11-23', taken('2026-12-03', '2026-12-02', '2026-12-04', '2026-12-01'), rules)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-08',
    ]);
  });

  test('full days, weekends and holidays are skipped; past days are never offered', () => {
    expect(nearestFreeDays('2026-11-24', '2026-11-23', taken('2026-11-24', '2026-11-25', '2026-11-23'), rules)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
    ]);
    expect(nearestFreeDays('2026-12-23', '2026-11-23', taken('2026-12-23', '2026-12-22'), rules)).toEqual(['2026-12-18', '2026-12-21', '2026-12-28']);
  });

  test('a Friday afternoon booking is not offered another Friday afternoon', () => {
    expect(nearestFreeDays('2026-12-03', '2026-11-23', taken('2026-12-03'), rules, 14 * 60)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  test('with capacity 2 a day with one booking is still free', () => {
    const two = { ...rules, capacity: 2 };
    expect(nearestFreeDays('2026-12-03', '2026-11-23', new Map([['2026-12-03', 2], ['2026-12-04', 1]]), two)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-04',
    ]);
  });

  test('near the end of the horizon only earlier days are offered', () => {
    expect(nearestFreeDays('2027-05-21', '2026-11-23', taken('2027-05-21'), rules)).toEqual(['2027-05-18', '2027-05-19', '2027-05-20']);
  });
});

describe('the example day in /help', () => {
  test('is a week or more ahead and books without a warning: no weekend, Friday, holiday or eve', () => {
    expect(exampleBookingDay('2026-11-23', rules)).toBe('2026-11-30');
    // From 18 December: 25 (Friday, juldagen), 26–27 weekend, 28 Monday.
    expect(exampleBookingDay('2026-12-18', rules)).toBe('2026-12-28');
    expect(exampleBookingDay('2026-11-27', rules)).toBe('2026-12-07');
  });
});

describe('time in Helsingborg', () => {
  test('the local day and time follow Europe/Stockholm across the DST changes', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00. 25 October 2026: from 03:00 back to 02:00.
    expect(localDay(new Date('2026-03-28T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-03-29');
    expect(localMinutes(new Date('2026-03-29T01:30:00Z'), 'Europe/Stockholm')).toBe(3 * 60 + 30);
    expect(localMinutes(new Date('2026-10-25T01:30:00Z'), 'Europe/Stockholm')).toBe(2 * 60 + 30);
    expect(localDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Stockholm')).toBe('2027-01-01');
  });

  test('the schedule spans four weeks from today, across DST and the year change', () => {
    const days = scheduleDays('2026-10-20');
    expect(days).toHaveLength(28);
    expect(days.slice(4, 7)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(scheduleDays('2026-12-20').slice(11, 13)).toEqual(['2026-12-31', '2027-01-01']);
  });

  test('times of day read as editors write them', () => {
    expect(parseTimeOfDay('14:00')).toBe(840);
    expect(parseTimeOfDay('kl 9')).toBe(540);
    expect(parseTimeOfDay('9.30')).toBe(570);
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('lunch')).toBeNull();
  });
});
