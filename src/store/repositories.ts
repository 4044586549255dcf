import { BookingRepository } from './bookings';
import { CommentRepository, PostRepository } from './comments';
import { ConversationRepository } from './conversations';
import type { Database } from './database';
import { EscalationRepository, FileRepository, RegistrationRepository } from './escalations';
import { TeamMemberRepository, UnreachableRepository } from './members';
import { RecipientRepository } from './outbox';
import { HandledActivities, PeopleRepository } from './people';
import { SettingsRepository } from './settings';
import { WebhookNotifications } from './webhookNotifications';

/** Every repository over one database, named as the parts of the bot that take them expect. */
export function repositories(db: Database) {
  return {
    bookingRepo: new BookingRepository(db),
    conversations: new ConversationRepository(db),
    settings: new SettingsRepository(db),
    recipients: new RecipientRepository(db),
    unreachable: new UnreachableRepository(db),
    people: new PeopleRepository(db),
    members: new TeamMemberRepository(db),
    comments: new CommentRepository(db),
    posts: new PostRepository(db),
    escalationRepo: new EscalationRepository(db),
    files: new FileRepository(db),
    registrations: new RegistrationRepository(db),
    handled: new HandledActivities(db),
    notifications: new WebhookNotifications(db),
  };
}
