-- Members of each team the bot is installed in, as Teams' roster gives them: a person known only by an
-- Entra object id (SUPERADMINS, managers) can be reached and named without ever having written to the bot.
create table team_members (
  team_id text not null,
  aad_object_id text not null,
  -- The Teams user id (29:…): opens a personal chat with a member of a team the app is installed in.
  teams_id text not null,
  name text not null default '',
  email text,
  joined_at timestamptz not null,
  -- Set when the member left the team (or the roster no longer lists them); they get no more cards.
  left_at timestamptz,
  primary key (team_id, aad_object_id)
);

create index team_members_person on team_members (aad_object_id);

-- Teams the bot has been added to, and when it was removed (uninstalled) from one.
create table installed_teams (
  team_id text primary key,
  installed_at timestamptz not null,
  removed_at timestamptz,
  roster_synced_at timestamptz
);

-- People a personal card could not reach, until a card reaches them again: listed on /status.
create table unreachable_people (
  user_id text primary key,
  -- not-installed | blocked | unknown | left-team | failed
  reason text not null,
  detail text not null,
  since timestamptz not null,
  last_at timestamptz not null
);

-- A message whose conversation is not known yet waits here instead of being given up: 'sav-channel' for
-- the SAV channel, otherwise the conversation id. It is sent, in order, once the conversation is known.
alter table outbox add column waiting_for text;

create index outbox_waiting on outbox (waiting_for, created_at) where status = 'waiting';

-- A message that must reach its person (a threat card), with what it is about (e.g. 'case:<id>'): when it
-- cannot reach them, the channel and the superadmins hear of it, once per person and subject.
alter table outbox add column must_reach text;

-- Teams' per-thread limits, shared by every instance on one database: recent send times (epoch ms) and a
-- pause after 429, per conversation thread; a row lock serialises instances on the same thread.
create table thread_sends (
  thread text primary key,
  sent jsonb not null default '[]',
  paused_until timestamptz
);
