-- Replies are followed by polling: a member's reply is tracked as a comment of its own, under its parent.
alter table comments add column if not exists parent_external_id text;

-- How many replies LinkedIn last said each top-level comment had (the page's own comments too): a change
-- means a reply to read, so threads are read only when something happened in them.
create table if not exists comment_threads (
  comment_urn text primary key,
  post_urn text not null,
  replies_seen integer not null default 0,
  checked_at timestamptz not null
);

-- A LinkedIn page connected from Teams (/koppla linkedin): its tokens, encrypted at rest (AES-256-GCM).
create table if not exists linkedin_pages (
  organization_urn text primary key,
  name text,
  access_token_sealed text not null,
  access_expires_at timestamptz,
  refresh_token_sealed text,
  refresh_expires_at timestamptz,
  scope text,
  connected_by_id text not null,
  connected_by_name text,
  connected_at timestamptz not null,
  refreshed_at timestamptz
);

-- The `state` of a sign-in in progress: bound to the superadmin who asked, used once, expiring (CSRF).
create table if not exists linkedin_oauth_states (
  state text primary key,
  user_id text not null,
  user_name text,
  organization_urn text not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Showcase pages (Näringsliv, Stadsbyggnad, …): each connected with its own token and its own Teams channel,
-- where its posts' channel reminders go. The page from LINKEDIN_ORGANIZATION_URN is the default page.
alter table linkedin_pages add column if not exists channel_id text;
alter table linkedin_oauth_states add column if not exists page_name text;
alter table linkedin_oauth_states add column if not exists channel_id text;
-- The page a post was published on; null: the default page (every post before showcase pages).
alter table posts add column if not exists page_urn text;
