-- The shared LinkedIn posting schedule.
create table bookings (
  id uuid primary key default gen_random_uuid(),
  day date not null,
  -- 1..capacity for ordinary bookings; null for a superadmin's override beyond capacity.
  slot integer,
  title text not null,
  department text not null,
  post_type text not null,
  category text not null,
  goal text not null,
  time_of_day text,
  owner_id text not null,
  owner_name text not null,
  override_reason text,
  warnings text,
  -- The form's one-time id: a second submit of the same card finds the booking it already made.
  request_id text unique,
  status text not null default 'active',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by_name text,
  cancelled_at timestamptz,
  cancelled_by_name text
);

-- The database, not the bot, decides who takes the last free place of a day.
create unique index bookings_one_per_slot on bookings (day, slot) where status = 'active' and slot is not null;
create index bookings_day on bookings (day) where status = 'active';
create index bookings_owner on bookings (owner_id, day);

-- Every conversation the bot is in, for proactive messages.
create table conversations (
  id text primary key,
  conversation_type text not null,
  team_id text,
  channel_id text,
  reference jsonb not null,
  updated_at timestamptz not null default now()
);

-- The schedule card last posted in each channel, updated in place after every change.
create table schedule_cards (
  conversation_id text primary key,
  activity_id text not null,
  locale text not null default 'sv',
  posted_at timestamptz not null default now()
);

-- People the bot has met: membership of the SAV team, language.
create table people (
  user_id text primary key,
  name text not null,
  is_editor boolean,
  checked_at timestamptz,
  locale text
);

-- Activities already handled: Teams retries a slow reply with the same activity id.
create table handled_activities (
  id text primary key,
  handled_at timestamptz not null default now()
);
