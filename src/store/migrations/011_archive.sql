-- Half-year archives of the page ("skriva ut flödet varje halvår"): one per half-year, which the unique
-- period decides even when two instances (or the job and a superadmin's /arkiv) make it at the same moment.
create table archives (
  id uuid primary key default gen_random_uuid(),
  -- '2026H1' (1 January – 30 June) or '2026H2' (1 July – 31 December).
  period text not null unique,
  -- The half-year as instants, local midnights in TIMEZONE: [period_start, period_end).
  period_start timestamptz not null,
  period_end timestamptz not null,
  pdf_file_id uuid not null references files (id),
  csv_file_id uuid not null references files (id),
  json_file_id uuid not null references files (id),
  -- How many posts, comments, cases and registrations it holds.
  counts jsonb not null,
  created_at timestamptz not null,
  -- Who asked for it (an Entra id); null when the half-year job made it.
  created_by text,
  created_by_name text,
  -- The e-mail to the registry: stored (no SMTP), pending, sent.
  mail_status text not null,
  mail_attempts integer not null default 0,
  mail_last_error text,
  mail_message_id text,
  mailed_at timestamptz
);

-- The purge of comment text asks, per comment, whether an archive covers it.
create index archives_period_range on archives (period_start, period_end);

-- A PDF is bytes: such files are kept as base64 text and served decoded.
alter table files add column encoding text not null default 'utf8';
