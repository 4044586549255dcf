-- Kontaktcenter: a booking's comments handled by KC, or a post that expects much activity (KC gets an FAQ).
alter table bookings add column kc_handles_comments boolean not null default false;
alter table bookings add column high_activity_expected boolean not null default false;

-- One rush alert per post and hour window: the database decides, so several instances send it once.
create table rush_alerts (
  post_urn text not null,
  -- The start of the hour window (UTC) the alert belongs to.
  window_start timestamptz not null,
  comments integer not null,
  flags integer not null,
  created_at timestamptz not null,
  primary key (post_urn, window_start)
);
create index rush_alerts_post on rush_alerts (post_urn, created_at);
create index escalations_post on escalations (post_urn, created_at);
