-- Screening flags of a case (screening module): joint (联名) and group (集体) complaints with the number of
-- persons, and skip-level complaints (越级). One row per case, written at intake from the request and the text,
-- and changed by the petition office with a reason (the change is on the case's timeline).
-- The complaint's channel column (varchar(16)) also holds the new values HOTLINE_12389 and HOTLINE_12345; the
-- old HOTLINE stays valid for cases entered before the line was recorded.
create table case_flags (
  complaint_id    bigint        not null primary key,
  persons         int,
  joint_complaint boolean       not null,
  group_complaint boolean       not null,
  skip_level      boolean       not null,
  set_by          varchar(64)   not null,
  set_at          datetime(3)   not null,
  reason          varchar(2000),
  version         bigint        not null,
  constraint fk_case_flags_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

