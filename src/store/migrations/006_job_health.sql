-- When a job last ran to the end without throwing: recurring jobs (the LinkedIn poll, retention) are
-- stale when this is older than their period allows, and /status and /readyz say so.
alter table jobs add column last_success_at timestamptz;
