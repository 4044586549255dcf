-- The page a booking is for: a showcase page's organization URN; null: the default page (every booking before).
alter table bookings add column if not exists page_urn text;
-- One post a day counts per page: a Näringsliv post and a main-page post on the same day do not conflict.
drop index if exists bookings_one_per_slot;
create unique index bookings_one_per_slot on bookings (coalesce(page_urn, ''), day, slot) where status = 'active' and slot is not null;
