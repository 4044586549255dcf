-- Evidence of moderated comments: kept as public records, exempt from comment-text retention.
create table evidence (
  id uuid primary key default gen_random_uuid(),
  comment_id uuid references comments (id),
  content jsonb not null,
  hash text not null,
  created_at timestamptz not null
);

-- Append-only, enforced by the database itself: no code path can change or delete a record.
create function sav_append_only() returns trigger language plpgsql as $$ begin raise exception 'append-only table: % is not allowed on %', tg_op, tg_table_name; end $$;
create trigger evidence_append_only before update or delete on evidence for each row execute function sav_append_only();

-- A flagged comment and what people decided about it.
create table escalations (
  id uuid primary key default gen_random_uuid(),
  evidence_id uuid not null references evidence (id),
  -- One case per comment: a second flag of the same comment finds the first.
  comment_id uuid unique references comments (id),
  -- threat (escalation to superadmins and managers) or moderation (a case for the post's owner).
  kind text not null,
  category text not null,
  post_urn text,
  department text,
  owner_id text,
  -- open, acknowledged, removed, kept
  status text not null,
  acknowledged_at timestamptz,
  acknowledged_by_name text,
  resolved_at timestamptz,
  resolved_by_name text,
  resolution text,
  resolution_reason text,
  renotify_count integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null
);
create index escalations_status on escalations (status, created_at);

-- Who a case was sent to, and in which role: they (and superadmins) may act on it.
create table escalation_recipients (
  escalation_id uuid not null references escalations (id),
  user_id text not null,
  role text not null,
  primary key (escalation_id, user_id)
);

-- Every decision, who made it, when and why: the audit, append-only.
create table escalation_decisions (
  id uuid primary key default gen_random_uuid(),
  escalation_id uuid not null references escalations (id),
  action text not null,
  by_id text,
  by_name text,
  at timestamptz not null,
  reason text,
  details jsonb
);
create trigger escalation_decisions_append_only before update or delete on escalation_decisions for each row execute function sav_append_only();

-- Files people download through signed links: registration e-mails, hand-over material, audit exports.
create table files (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  content_type text not null,
  content text not null,
  created_at timestamptz not null,
  created_by text
);

-- Registration e-mails to the city's registry, one per removal.
create table registrations (
  id uuid primary key default gen_random_uuid(),
  escalation_id uuid unique not null references escalations (id),
  file_id uuid not null references files (id),
  recipient text not null,
  -- stored (no SMTP configured), pending, sent
  status text not null,
  attempts integer not null default 0,
  last_error text,
  message_id text,
  created_at timestamptz not null,
  sent_at timestamptz
);
