-- When a job last ran to the end without throwing: recurring jobs (the LinkedIn poll, retention) are
-- stale when this is older than their period allows, and /status and /readyz say so.
alter table jobs add column last_success_at timestamptz;

-- When the page's replies to a post's open questions were last read: the poll planner checks them less
-- often than it reads new comments (linkedin/pollPlan.ts).
alter table posts add column replies_checked_at timestamptz;

-- How many replies LinkedIn last said a comment had: when the count changes, the poll reads the replies
-- at once (the page may have answered) instead of waiting for the periodic check.
alter table comments add column replies_seen integer not null default 0;
