-- Durable jobs: reminders, re-notifications and outbox sends survive restarts and run once across instances.
create table jobs (
  id uuid primary key default gen_random_uuid(),
  -- Order of scheduling: jobs due at the same instant run first-come, first-served (messages keep their order).
  seq bigserial not null,
  kind text not null,
  payload jsonb not null,
  run_at timestamptz not null,
  -- Scheduling the same thing twice (e.g. 'reminder:<commentId>:channel') finds the job already there.
  dedupe_key text unique,
  -- pending | running | done | failed
  status text not null default 'pending',
  -- Failed runs so far (a handler that threw, or an instance that died holding the job).
  attempts integer not null default 0,
  -- The instance running the job and until when it may: after that another instance takes over.
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null,
  finished_at timestamptz
);

-- The claim query reads only due work; finished jobs stay for their dedupe keys but are not scanned.
create index jobs_due on jobs (run_at, seq) where status in ('pending', 'running');
create index jobs_finished on jobs (finished_at) where status in ('done', 'failed');

-- Proactive messages to send (or cards to update), one row per message, keyed so it is never sent twice.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  key text not null unique,
  -- {"kind":"conversation","conversationId":…} or {"kind":"user","userId":…,"fallbackConversationId":…}
  target jsonb not null,
  activity jsonb not null,
  -- Set for an in-place update of a card sent earlier.
  update_activity_id text,
  -- pending | sent | failed
  status text not null default 'pending',
  attempts integer not null default 0,
  -- Sent to the channel with an @mention because the personal chat refused it.
  fell_back boolean not null default false,
  -- Where the message landed: needed to update the card in place later.
  activity_id text,
  conversation_id text,
  last_status integer,
  last_error text,
  created_at timestamptz not null,
  sent_at timestamptz,
  failed_at timestamptz
);

create index outbox_failed on outbox (failed_at) where status = 'failed';
create index outbox_activity on outbox (activity_id) where activity_id is not null;
