import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, HolidayCalendar } from '../src/domain/calendar';
import { parseQuickBooking } from '../src/domain/dateInput';
import { nearestFreeDays } from '../src/domain/schedule';
import { BookingService } from '../src/services/booking';
import { BookingRepository } from '../src/store/bookings';
import { migrate, openDatabase } from '../src/store/database';
import { scheduleCard } from '../src/teams/booking/views';
import { DEFAULT_DEPARTMENTS } from '../src/config';

const rules = { capacity: 1, horizonMonths: 6, fridayCutoff: 780, holidays: new HolidayCalendar('SE') };
const today = '2026-11-23';

function perSecond(n: number, work: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) work();
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Booking throughput on the embedded database, and the cost of the pure parts and the schedule card. */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sav-bench-'));
  const rssBefore = process.memoryUsage().rss;
  const db = await openDatabase({ dataDir: dir, databaseUrl: process.env.BENCH_DATABASE_URL });
  await migrate(db);
  const service = new BookingService(new BookingRepository(db), rules, { now: () => new Date('2026-11-23T09:00:00+01:00') }, 'Europe/Stockholm');
  const base = { title: 'Bench', department: DEFAULT_DEPARTMENTS[0], postType: 'inlagg' as const, category: 'vardag' as const, goal: 'engagera' as const, timeOfDay: null };

  const n = 150;
  let t = Date.now();
  for (let i = 0; i < n; i++) {
    await service.book({ id: `u${i}`, name: 'U', isSuperadmin: false }, { ...base, day: addDays(today, i), requestId: `r${i}`, confirmWarnings: true });
  }
  const sequential = n / ((Date.now() - t) / 1000);

  t = Date.now();
  const contenders = 20;
  const results = await Promise.all(
    Array.from({ length: contenders }, (_, i) => service.book({ id: `c${i}`, name: 'C', isSuperadmin: false }, { ...base, day: '2027-05-20', requestId: `c${i}` })),
  );
  const raceMs = Date.now() - t;

  t = Date.now();
  const rounds = 50;
  for (let i = 0; i < rounds; i++) {
    const days = await service.schedule();
    scheduleCard(days, { lang: 'sv', today, now: new Date(), timeZone: 'Europe/Stockholm', rules, departments: [...DEFAULT_DEPARTMENTS] });
  }
  const scheduleMs = (Date.now() - t) / rounds;
  const rssAfter = process.memoryUsage().rss;
  await db.close();
  rmSync(dir, { recursive: true, force: true });

  const taken = new Map(Array.from({ length: 40 }, (_, i) => [addDays(today, i), 1] as const));
  return {
    database: db.kind,
    'bookings/s (sequential, one editor at a time)': sequential,
    [`${contenders} editors racing for one day (ms)`]: raceMs,
    'race winners (must be 1)': results.filter((r) => r.kind === 'booked').length,
    'schedule card, 4 weeks incl. query (ms)': scheduleMs,
    'nearestFreeDays/s (40 days full)': perSecond(2000, () => nearestFreeDays(addDays(today, 20), today, taken, rules)),
    'quick-path parses/s': perSecond(20000, () => parseQuickBooking('i morgon kl 14:00 Möt vår nya undersköterska', today)),
    'RSS with database open (MiB)': rssAfter / 2 ** 20,
    'RSS growth from opening the database (MiB)': (rssAfter - rssBefore) / 2 ** 20,
  };
}
