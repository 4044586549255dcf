import { noSuchDay, parseDay, parseQuickBooking } from '../../src/domain/dateInput';

// Monday 23 November 2026.
const TODAY = '2026-11-23';

describe('reading a day', () => {
  test.each([
    ['2026-12-03', '2026-12-03'],
    ['3 dec', '2026-12-03'],
    ['3 december', '2026-12-03'],
    ['3:e december', '2026-12-03'],
    ['den 3 december', '2026-12-03'],
    ['3 Dec', '2026-12-03'],
    ['December 3', '2026-12-03'],
    ['Dec 3rd', '2026-12-03'],
    ['3/12', '2026-12-03'],
    ['3.12', '2026-12-03'],
    ['3/12 2026', '2026-12-03'],
    ['torsdag', '2026-11-26'],
    ['på torsdag', '2026-11-26'],
    ['Thursday', '2026-11-26'],
    ['måndag', '2026-11-30'],
    ['lördag', '2026-11-28'],
    ['lordag', '2026-11-28'],
    ['imorgon', '2026-11-24'],
    ['i morgon', '2026-11-24'],
    ['tomorrow', '2026-11-24'],
    ['idag', '2026-11-23'],
    ['today', '2026-11-23'],
  ])('"%s" is %s', (input, expected) => {
    expect(parseDay(input, TODAY)).toBe(expected);
  });

  test('a day and month without a year means the nearest such day: next year when that is nearer, else this year, even if passed', () => {
    expect(parseDay('3 jan', TODAY)).toBe('2027-01-03');
    expect(parseDay('23 nov', TODAY)).toBe('2026-11-23');
    // Written on Sunday 6 December: "3 dec" is three days ago (refused as passed), not December next year.
    expect(parseDay('3 dec', '2026-12-06')).toBe('2026-12-03');
    expect(parseDay('3/12', '2026-12-06')).toBe('2026-12-03');
    expect(parseDay('1/11', TODAY)).toBe('2026-11-01');
    // Half a year either way: 24 May 2027 is 182 days ahead (2026: 183 ago); 25 May 2026 is 182 days ago (2027: 183 ahead).
    expect(parseDay('24 maj', TODAY)).toBe('2027-05-24');
    expect(parseDay('25 maj', TODAY)).toBe('2026-05-25');
    expect(parseDay('imorgon', '2026-12-31')).toBe('2027-01-01');
    expect(parseDay('fredag', '2026-12-31')).toBe('2027-01-01');
  });

  test('29 February is read only in a leap year', () => {
    expect(parseDay('29 feb', TODAY)).toBe('2028-02-29');
    expect(parseDay('2027-02-29', TODAY)).toBeNull();
  });

  test.each(['2026-13-45', '31/2', '32 dec', 'snart', 'nästa vecka', '', '3 decembre'])('"%s" is not a day', (input) => {
    expect(parseDay(input, TODAY)).toBeNull();
  });
});

describe('the quick path', () => {
  test('splits the day, an optional time and the title', () => {
    expect(parseQuickBooking('3 dec Möt Chili', TODAY)).toEqual({ ok: true, day: '2026-12-03', time: null, title: 'Möt Chili' });
    expect(parseQuickBooking('i morgon kl 14:00 Öppet hus', TODAY)).toEqual({ ok: true, day: '2026-11-24', time: '14:00', title: 'Öppet hus' });
    expect(parseQuickBooking('2026-12-03 9.30 Tidig', TODAY)).toEqual({ ok: true, day: '2026-12-03', time: '09:30', title: 'Tidig' });
    expect(parseQuickBooking('December 3 2026 Meet our nurses', TODAY)).toEqual({ ok: true, day: '2026-12-03', time: null, title: 'Meet our nurses' });
  });

  test('a title that starts with a number is still a title', () => {
    expect(parseQuickBooking('torsdag 5 tips för sommarjobbet', TODAY)).toEqual({ ok: true, day: '2026-11-26', time: null, title: '5 tips för sommarjobbet' });
  });

  test('no day, or no title, is said', () => {
    expect(parseQuickBooking('Möt Chili', TODAY)).toEqual({ ok: false, reason: 'no-day' });
    expect(parseQuickBooking('3 dec', TODAY)).toEqual({ ok: false, reason: 'no-title' });
  });

  test('a day its month does not have is said as such, with the month\'s length in the year meant', () => {
    expect(parseQuickBooking('31 februari Möt Chili', TODAY)).toEqual({ ok: false, reason: 'no-such-day', noSuchDay: { month: 2, day: 31, year: 2027, daysInMonth: 28 } });
    expect(noSuchDay('29/2', TODAY)).toEqual({ month: 2, day: 29, year: 2027, daysInMonth: 28 });
    expect(noSuchDay('30 feb 2028', TODAY)).toEqual({ month: 2, day: 30, year: 2028, daysInMonth: 29 });
    expect(noSuchDay('31 nov', TODAY)).toEqual({ month: 11, day: 31, year: 2026, daysInMonth: 30 });
    expect(noSuchDay('April 31', TODAY)).toMatchObject({ month: 4, daysInMonth: 30 });
    for (const notThat of ['28 feb', '32 dec', '2026-13-45', 'snart', '31 decembre']) expect(noSuchDay(notThat, TODAY)).toBeNull();
  });
});
