-- Every query stays flat as history grows (issue 17): what /status, the retention purge and card updates
-- read is found through an index or a counter, never by scanning every comment or message ever stored.

-- The comments whose text the retention purge has yet to forget: once forgotten they leave the index, so
-- the daily purge reads only what it changes. The expression is CommentRepository's PURGEABLE condition.
create index if not exists comments_text_to_purge on comments ((coalesce(closed_at, seen_at))) where text_purged_at is null and status <> 'open';

-- Answered questions since the start, for /status: kept by the database itself as comments change, so
-- counting them reads one row instead of every answered comment.
create table if not exists comment_counts (
  id boolean primary key default true check (id),
  answered integer not null default 0,
  answered_in_time integer not null default 0
);
insert into comment_counts (id, answered, answered_in_time)
  select true, count(*) filter (where status = 'answered'), count(*) filter (where status = 'answered' and closed_at <= deadline_at) from comments
  on conflict (id) do nothing;
create or replace function sav_comment_counts() returns trigger language plpgsql as $$ declare d_answered integer := 0; d_in_time integer := 0; begin if tg_op in ('UPDATE', 'DELETE') and old.status = 'answered' then d_answered := d_answered - 1; if old.closed_at <= old.deadline_at then d_in_time := d_in_time - 1; end if; end if; if tg_op in ('INSERT', 'UPDATE') and new.status = 'answered' then d_answered := d_answered + 1; if new.closed_at <= new.deadline_at then d_in_time := d_in_time + 1; end if; end if; if d_answered <> 0 or d_in_time <> 0 then insert into comment_counts as c (id, answered, answered_in_time) values (true, d_answered, d_in_time) on conflict (id) do update set answered = c.answered + excluded.answered, answered_in_time = c.answered_in_time + excluded.answered_in_time; end if; return null; end $$;
create trigger comments_counts after insert or delete or update of status, closed_at, deadline_at on comments for each row execute function sav_comment_counts();

-- Messages by key prefix ('reminder:<id>:', 'case:<id>:'): a range in byte order, which a b-tree serves
-- under any database collation (starts_with() is served only under the C collation, so PostgreSQL with
-- en_US.UTF-8 scanned the whole outbox).
create index if not exists outbox_key_bytes on outbox ((key collate "C"));
create index if not exists jobs_dedupe_key_bytes on jobs ((dedupe_key collate "C")) where status = 'pending';

-- The retention purge's two passes over the outbox: texts to empty, and rows to drop after a year.
create index if not exists outbox_to_empty on outbox ((coalesce(sent_at, failed_at, created_at))) where status in ('sent', 'failed') and activity <> '{}'::jsonb;
create index if not exists outbox_finished on outbox ((coalesce(sent_at, failed_at, created_at))) where status in ('sent', 'failed');
