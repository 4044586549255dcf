-- A post that appeared on the page without a booking of its own (no booking that day, or the day's booking
-- already has its post): who was asked to link it to a booking or book it afterwards, and how it was settled.
alter table posts add column if not exists unbooked_reason text;
alter table posts add column if not exists unbooked_asked_ids text[];
alter table posts add column if not exists unbooked_asked_at timestamptz;
-- linked | booked-afterwards | sponsored
alter table posts add column if not exists unbooked_settled text;
alter table posts add column if not exists unbooked_settled_by_name text;
alter table posts add column if not exists unbooked_settled_at timestamptz;
