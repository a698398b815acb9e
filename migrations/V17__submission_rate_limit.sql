-- Anonymous submissions (online complaints and consultations) per client address, counted in a fixed window
-- from the first one so that one address cannot flood the intake; every node counts in this table. The address
-- is kept only as a keyed hash (the privacy blind index), and the window start to the second, as MariaDB keeps
-- it. Staff filing for walk-ins and hotline calls are not counted.
create table submission_allowance (
  address_hash      varchar(64) not null primary key,
  submissions       int         not null,
  window_started_at datetime(3) not null
) ${table_options};

create index ix_submission_allowance_window on submission_allowance (window_started_at);
