-- A comment registered from Teams may have been written at a time nobody knows: the bot records that as
-- unknown (null) instead of inventing it; the answer clock then runs from when the bot saw it (seen_at).
alter table comments alter column commented_at drop not null;

-- Who asked to be reminded again, so every copy of the reminder can say so.
alter table comments add column if not exists snoozed_by_name text;
