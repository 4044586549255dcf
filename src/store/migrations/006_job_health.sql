-- When a job last ran to the end without throwing: recurring jobs (the LinkedIn poll, retention) are
-- stale when this is older than their period allows, and /status and /readyz say so.
alter table jobs add column last_success_at timestamptz;

-- When the page's replies to a post's open questions were last read: the poll planner checks them less
-- often than it reads new comments (linkedin/pollPlan.ts).
alter table posts add column replies_checked_at timestamptz;
