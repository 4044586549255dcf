import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { HolidayCalendar } from '../../src/domain/calendar';
import { ArchivePlan, archiveSlot, dueHalfYears, halfYearBounds, lastArchiveSlot, latestEnded, nextArchiveSlot, parsePeriod, periodName } from '../../src/domain/archive';
import { loadConfig } from '../../src/config';

const ZONE = 'Europe/Stockholm';
const plan: ArchivePlan = { months: [1, 7], atMinutes: 9 * 60, workingTime: { timeZone: ZONE, days: [1, 2, 3, 4, 5], holidays: new HolidayCalendar('SE') } };
const show = (d: Date | null) => (d ? format(d, 'yyyy-MM-dd HH:mm', { in: tz(ZONE) }) : null);

describe('when the half-year archive is made', () => {
  test('on the first working day of January and July at 09:00, past holidays and weekends', () => {
    // 1 July 2026 is a Wednesday.
    expect(show(archiveSlot(2026, 7, plan))).toBe('2026-07-01 09:00');
    // 1 January 2027 is a Friday and New Year's Day; then a weekend.
    expect(show(archiveSlot(2027, 1, plan))).toBe('2027-01-04 09:00');
    // 1 July 2028 is a Saturday.
    expect(show(archiveSlot(2028, 7, plan))).toBe('2028-07-03 09:00');
    // 1 January 2028 is a Saturday; Monday 3 January is an ordinary day.
    expect(show(archiveSlot(2028, 1, plan))).toBe('2028-01-03 09:00');
    // Without holidays, New Year's Day 2027 (a Friday) is a working day.
    expect(show(archiveSlot(2027, 1, { ...plan, workingTime: { ...plan.workingTime, holidays: new HolidayCalendar('none') } }))).toBe('2027-01-01 09:00');
  });

  test('the next and the last planned run', () => {
    expect(show(nextArchiveSlot(new Date('2026-03-02T10:00:00+01:00'), plan))).toBe('2026-07-01 09:00');
    expect(show(nextArchiveSlot(new Date('2026-07-01T09:00:00+02:00'), plan))).toBe('2027-01-04 09:00');
    expect(show(nextArchiveSlot(new Date('2026-12-31T23:00:00+01:00'), { ...plan, months: [3] }))).toBe('2027-03-01 09:00');
    expect(show(lastArchiveSlot(new Date('2026-07-01T08:59:00+02:00'), plan))).toBe('2026-01-02 09:00');
    expect(show(lastArchiveSlot(new Date('2026-07-01T09:00:00+02:00'), plan))).toBe('2026-07-01 09:00');
  });

  test('what is due: half-years that ended after archiving began, once their planned run has come', () => {
    const since = new Date('2026-03-02T10:00:00+01:00');
    expect(dueHalfYears(new Date('2026-07-01T08:59:00+02:00'), since, plan)).toEqual([]);
    expect(dueHalfYears(new Date('2026-07-01T09:00:00+02:00'), since, plan).map(periodName)).toEqual(['2026H1']);
    // A bot that was down for a year makes both when it comes back.
    expect(dueHalfYears(new Date('2027-08-01T09:00:00+02:00'), since, plan).map(periodName)).toEqual(['2026H1', '2026H2', '2027H1']);
    // Archived only in March: both half-years of the year before, then.
    expect(dueHalfYears(new Date('2027-03-01T09:00:00+01:00'), new Date('2026-01-01T00:00:00+01:00'), { ...plan, months: [3] }).map(periodName)).toEqual(['2026H1', '2026H2']);
  });

  test('half-years are named 2026H1, read back, and are local midnights', () => {
    expect(parsePeriod('2026H1')).toEqual({ year: 2026, half: 1 });
    expect(parsePeriod(' 2025 h2 ')).toEqual({ year: 2025, half: 2 });
    for (const bad of ['2026H3', '2026', 'H1 2026', '26H1', '2026-H1']) expect(parsePeriod(bad)).toBeNull();
    const b = halfYearBounds({ year: 2026, half: 2 }, ZONE);
    expect([b.start.toISOString(), b.end.toISOString()]).toEqual(['2026-06-30T22:00:00.000Z', '2026-12-31T23:00:00.000Z']);
    expect(periodName(latestEnded(new Date('2026-12-06T10:00:00+01:00'), ZONE))).toBe('2026H1');
    expect(periodName(latestEnded(new Date('2027-01-01T00:30:00+01:00'), ZONE))).toBe('2026H2');
  });

  test('ARCHIVE_MONTHS and ARCHIVE_AT are configurable and checked', () => {
    expect(loadConfig({}).ARCHIVE_MONTHS).toEqual([1, 7]);
    expect(loadConfig({ ARCHIVE_MONTHS: '8, 2', ARCHIVE_AT: '07:30' })).toMatchObject({ ARCHIVE_MONTHS: [2, 8], ARCHIVE_AT: '07:30' });
    expect(() => loadConfig({ ARCHIVE_MONTHS: '1,13' })).toThrow(/ARCHIVE_MONTHS: expected months 1-12/);
    expect(() => loadConfig({ ARCHIVE_AT: '9' })).toThrow(/ARCHIVE_AT: expected HH:MM/);
  });
});
