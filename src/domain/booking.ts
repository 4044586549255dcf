import type { LocalDate } from './calendar';
import type { Category, Goal, PostType } from './schedule';

/** Editable details of a booking (not its day: that is a move). */
export interface BookingDetails {
  title: string;
  department: string;
  postType: PostType;
  category: Category;
  goal: Goal;
  timeOfDay: string | null;
}

/** A booked day in the posting schedule. */
export interface Booking extends BookingDetails {
  id: string;
  day: LocalDate;
  slot: number | null;
  ownerId: string;
  ownerName: string;
  overrideReason: string | null;
  warnings: string | null;
  status: 'active' | 'cancelled';
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
  cancelledAt: Date | null;
  cancelledByName: string | null;
  /** Kontaktcenter handles the post's comments (by agreement): its reminders go to KC's channel. */
  kcHandlesComments: boolean;
  /** Much activity is expected: the owner is asked for an FAQ for KC before the post day. */
  highActivityExpected: boolean;
  /** The showcase page the booking is for (its organization URN); null: the default page. */
  pageUrn: string | null;
  /** That page's name as it was connected; null for the default page. */
  pageName: string | null;
}

/** What an editor asks to book. */
export interface BookingRequest extends BookingDetails {
  day: LocalDate;
  /** The card's one-time id, so that a second click does not book twice. */
  requestId: string | null;
  /** The editor has read and accepted the warnings for this day. */
  confirmWarnings?: boolean;
  /** A superadmin books a full day anyway, for this reason. */
  overrideReason?: string | null;
  /** The showcase page to book (null or absent: the default page); each page has its own one post a day. */
  pageUrn?: string | null;
}

/** A request as the store inserts it: with its owner and the warnings the editor accepted. */
export type NewBooking = Omit<BookingRequest, 'confirmWarnings' | 'overrideReason'> & {
  ownerId: string;
  ownerName: string;
  warnings: string | null;
};

/** The bookings of one page (null: the default page): each page keeps its own one post a day. */
export function onPage<B extends Pick<Booking, 'pageUrn'>>(bookings: B[], pageUrn: string | null | undefined): B[] {
  return bookings.filter((b) => (b.pageUrn ?? null) === (pageUrn ?? null));
}
