-- Posts on the city's LinkedIn page that the bot follows, and who answers for them.
create table posts (
  urn text primary key,
  url text,
  excerpt text,
  published_at timestamptz,
  source text not null,
  booking_id uuid references bookings (id),
  -- none: no booking that day; proposed: matched by day, waiting for the owner; confirmed; rejected.
  match_status text not null default 'none',
  owner_id text,
  owner_name text,
  department text,
  first_seen_at timestamptz not null,
  last_polled_at timestamptz
);

-- Comments on those posts, their classification and what became of them.
create table comments (
  id uuid primary key default gen_random_uuid(),
  -- The LinkedIn comment urn when known: the same comment is never tracked twice.
  external_id text unique,
  post_urn text not null references posts (urn),
  author_name text,
  author_urn text,
  -- Kept while open and COMMENT_TEXT_RETENTION_DAYS after; then null (LinkedIn's terms, GDPR).
  text text,
  url text,
  commented_at timestamptz not null,
  seen_at timestamptz not null,
  source text not null,
  registered_by_id text,
  registered_by_name text,
  kind text not null,
  is_question boolean not null,
  is_threat boolean not null,
  should_remove boolean not null,
  reasons text not null default '',
  classifier_version text not null,
  -- open (a question waiting for an answer), answered, no_answer_needed, not_a_question, deleted.
  status text not null,
  deadline_at timestamptz,
  snoozed_until timestamptz,
  closed_at timestamptz,
  closed_by_id text,
  closed_by_name text,
  closed_via text,
  close_reason text,
  reply_text text,
  version integer not null default 1,
  text_purged_at timestamptz
);
create index comments_open on comments (status, deadline_at);
create index comments_post on comments (post_urn);

-- Webhook notifications already handled (LinkedIn retries for 8 hours).
create table webhook_notifications (
  notification_id text primary key,
  received_at timestamptz not null
);

-- Small settings the bot keeps: the SAV channel, the LinkedIn connector's health, department managers.
create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null
);
