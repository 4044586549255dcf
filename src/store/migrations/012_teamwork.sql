-- Working together (issue 16): who holds a question now, editors' away periods with a substitute, and
-- the superadmins' saved replies.

-- Who holds an open question now; null means the post's owner (as the reminder ladder has it).
alter table comments add column if not exists holder_id text;
alter table comments add column if not exists holder_name text;
-- Who last handed it over, and when: every copy of the reminder card says so.
alter table comments add column if not exists handed_over_by_name text;
alter table comments add column if not exists handed_over_at timestamptz;

-- An editor's away period (both days included, local calendar days) and the substitute who gets her
-- reminders meanwhile. A new period that overlaps one of hers replaces it.
create table if not exists absences (
  id uuid primary key default gen_random_uuid(),
  user_id text not null,
  user_name text not null,
  from_day date not null,
  to_day date not null,
  substitute_id text not null,
  substitute_name text not null,
  set_by_id text not null,
  set_by_name text not null,
  set_at timestamptz not null
);
create index if not exists absences_person on absences (user_id, to_day);

-- Answer templates that superadmins keep and Svara offers (signed with the editor's name and title).
create table if not exists saved_replies (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  body text not null,
  position integer not null,
  created_by_name text not null,
  created_at timestamptz not null
);
