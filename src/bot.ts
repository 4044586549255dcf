import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { HolidayCalendar } from './domain/calendar';
import { Clock, systemClock } from './domain/clock';
import { parseTimeOfDay } from './domain/schedule';
import { createLogger, Logger } from './logger';
import { createServer } from './server';
import { BookingService } from './services/booking';
import { BookingRepository } from './store/bookings';
import { ConversationRepository } from './store/conversations';
import { Database, migrate, openDatabase } from './store/database';
import { HandledActivities, PeopleRepository } from './store/people';
import { createTeamsApp } from './teams/app';
import { Background } from './teams/background';
import { Directory } from './teams/identity';
import { ScheduleBoard } from './teams/scheduleBoard';

/** A running bot. */
export interface RunningBot {
  port: number;
  url: string;
  db: Database;
  background: Background;
  log: Logger;
  close(): Promise<void>;
}

/** Opens the database, applies migrations and starts the HTTP server: the whole bot. */
export async function startBot(config: Config, opts: { clock?: Clock; log?: Logger } = {}): Promise<RunningBot> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied }, 'database migrated');

  // Without an app id the adapter accepts unauthenticated local traffic (Playground); config refuses that in production.
  const adapter = new TeamsAdapter(
    config.MicrosoftAppId
      ? {
          MicrosoftAppId: config.MicrosoftAppId,
          MicrosoftAppPassword: config.MicrosoftAppPassword,
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }
      : {},
  );
  const rules = {
    capacity: config.DAY_CAPACITY,
    horizonMonths: config.BOOKING_HORIZON_MONTHS,
    fridayCutoff: parseTimeOfDay(config.FRIDAY_CUTOFF) ?? 13 * 60,
    holidays: new HolidayCalendar(config.HOLIDAYS),
  };
  const bookings = new BookingService(new BookingRepository(db), rules, clock, config.TIMEZONE);
  const conversations = new ConversationRepository(db);
  const background = new Background(log);
  const deps = {
    config,
    clock,
    log,
    bookings,
    background,
    conversations,
    handled: new HandledActivities(db),
    directory: new Directory(config, new PeopleRepository(db), log),
    board: undefined as unknown as ScheduleBoard,
  };
  deps.board = new ScheduleBoard(
    adapter,
    config.MicrosoftAppId ?? '',
    bookings,
    conversations,
    () => ({ today: bookings.today(), now: clock.now(), timeZone: config.TIMEZONE, rules, departments: config.DEPARTMENTS }),
    clock,
    log,
  );
  const app = createTeamsApp(adapter, deps);
  const server = createServer({ adapter, app, db, log });
  await new Promise<void>((resolve) => server.listen(config.PORT, '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  log.info({ port, database: db.kind }, 'SAV-boten is listening');

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    db,
    background,
    log,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await background.idle();
      await db.close();
    },
  };
}
