-- The page's monthly figures for the follow-up: fetched from LinkedIn's organisation statistics ('api', kept
-- once the month has ended so a second /uppföljning costs no calls) or typed in by a superadmin from
-- LinkedIn Analytics ('manual', with who and when: the card says where its figures came from).
create table page_figures (
  month text not null,
  source text not null,
  impressions integer not null,
  reach integer,
  reactions integer not null,
  comments integer not null,
  shares integer not null,
  clicks integer not null,
  new_followers integer not null,
  entered_by_id text,
  entered_by_name text,
  entered_at timestamptz not null,
  primary key (month, source)
);
