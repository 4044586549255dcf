import { ArchiveRepository } from './archives';
import { BookingRepository } from './bookings';
import { CommentRepository, PostRepository, ThreadRepository } from './comments';
import { ConversationRepository } from './conversations';
import type { Clock } from '../domain/clock';
import type { Database } from './database';
import { EscalationRepository, FileRepository, RegistrationRepository } from './escalations';
import { FollowupRepository } from './followup';
import { TeamMemberRepository, UnreachableRepository } from './members';
import { RecipientRepository } from './outbox';
import { HandledActivities, PeopleRepository } from './people';
import { KontaktcenterRepository } from './kontaktcenter';
import { LinkedInPageRepository } from './linkedinPages';
import { SettingsRepository } from './settings';
import { AbsenceRepository, SavedReplyRepository } from './teamwork';
import { UnbookedPostRepository } from './unbookedPosts';
import { WebhookNotifications } from './webhookNotifications';

/** Every repository over one database, named as the parts of the bot that take them expect; time comes from `clock`. */
export function repositories(db: Database, clock: Clock) {
  const settings = new SettingsRepository(db);
  return {
    bookingRepo: new BookingRepository(db),
    conversations: new ConversationRepository(db, clock),
    settings,
    kontaktcenterRepo: new KontaktcenterRepository(db, settings),
    recipients: new RecipientRepository(db),
    unreachable: new UnreachableRepository(db),
    people: new PeopleRepository(db, clock),
    members: new TeamMemberRepository(db),
    comments: new CommentRepository(db),
    posts: new PostRepository(db),
    threads: new ThreadRepository(db),
    linkedinPages: new LinkedInPageRepository(db),
    escalationRepo: new EscalationRepository(db),
    files: new FileRepository(db),
    registrations: new RegistrationRepository(db),
    handled: new HandledActivities(db, clock),
    notifications: new WebhookNotifications(db),
    archives: new ArchiveRepository(db),
    absences: new AbsenceRepository(db),
    savedReplies: new SavedReplyRepository(db),
    followup: new FollowupRepository(db),
    unbookedPosts: new UnbookedPostRepository(db),
  };
}
