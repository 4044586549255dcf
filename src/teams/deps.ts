import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { BookingService } from '../services/booking';
import type { Background } from './background';
import type { ViewContext } from './booking/views';
import type { Directory, Person } from './identity';
import type { ScheduleBoard } from './scheduleBoard';

/** What the Teams handlers need, built once in the composition root (`compose.ts`). */
export interface TeamsDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  bookings: BookingService;
  directory: Directory;
  board: ScheduleBoard;
  background: Background;
  /** The showcase pages connected besides the default page: a booking may be for one of them. */
  pages?: { showcasePages(): Promise<BookablePage[]> };
}

/** A showcase page as the booking form offers it; `channelId`: its own Teams channel, where a quick booking books it. */
export interface BookablePage {
  organizationUrn: string;
  name: string | null;
  channelId: string | null;
}

/** The view context for a person, now. */
export function viewFor(deps: TeamsDeps, person: Pick<Person, 'lang'>): ViewContext {
  return {
    lang: person.lang,
    today: deps.bookings.today(),
    now: deps.clock.now(),
    timeZone: deps.config.TIMEZONE,
    rules: deps.bookings.rules,
    departments: deps.config.DEPARTMENTS,
  };
}
