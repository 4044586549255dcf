import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { localDay, localMinutes } from '../../src/domain/calendar';

/** What localDay and localMinutes answered before they kept a formatter per zone: date-fns in the zone. */
const dateFnsDay = (d: Date, zone: string) => format(d, 'yyyy-MM-dd', { in: tz(zone) });
const dateFnsMinutes = (d: Date, zone: string) => {
  const [h, m] = format(d, 'HH:mm', { in: tz(zone) }).split(':').map(Number);
  return h * 60 + m;
};

describe('the wall clock of a time zone', () => {
  test('agrees with date-fns at every step over 1970–2040, in zones with summer time and odd offsets', () => {
    // Steps of 7 h 13 min 17 s land on every hour and minute, both sides of each change of offset.
    for (const zone of ['Europe/Stockholm', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 3_600_000 + 13 * 60_000 + 17_000) {
        const d = new Date(t);
        if (localDay(d, zone) !== dateFnsDay(d, zone) || localMinutes(d, zone) !== dateFnsMinutes(d, zone)) {
          throw new Error(`${zone} ${d.toISOString()}: ${localDay(d, zone)} ${localMinutes(d, zone)}, date-fns ${dateFnsDay(d, zone)} ${dateFnsMinutes(d, zone)}`);
        }
      }
    }
  });

  test('Stockholm around the changes of 2026, second by second where the answer is kept', () => {
    const z = 'Europe/Stockholm';
    // 29 March 2026, 01:59:59 UTC+1 → 03:00 UTC+2; 25 October 2026, 02:59:59 UTC+2 → 02:00 UTC+1.
    expect([localDay(new Date('2026-03-29T00:59:59Z'), z), localMinutes(new Date('2026-03-29T00:59:59Z'), z)]).toEqual(['2026-03-29', 119]);
    expect(localMinutes(new Date('2026-03-29T01:00:00Z'), z)).toBe(180);
    expect(localMinutes(new Date('2026-10-25T00:59:59Z'), z)).toBe(179);
    expect(localMinutes(new Date('2026-10-25T01:00:00Z'), z)).toBe(120);
    // Midnight: the same second asked twice, then the next one (the kept answer is per second and per zone).
    expect(localDay(new Date('2026-12-31T22:59:59.100Z'), z)).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T22:59:59.900Z'), z)).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T23:00:00.000Z'), z)).toBe('2027-01-01');
    expect(localDay(new Date('2026-12-31T23:00:00.000Z'), 'UTC')).toBe('2026-12-31');
    expect(localMinutes(new Date('2026-12-31T23:00:00.000Z'), 'UTC')).toBe(23 * 60);
  });

  test('an invalid instant or zone throws as it did', () => {
    expect(() => localDay(new Date(NaN), 'Europe/Stockholm')).toThrow(RangeError);
    expect(() => localDay(new Date(), 'Nowhere/Atlantis')).toThrow(RangeError);
  });
});
