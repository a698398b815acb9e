-- AB岗: a staff member's absence and the colleague of the same unit and role who stands in; handed_over_at is set
-- once, by the node that hands the absent member's claimed tasks to the substitute.
create table staff_absence (
  id             bigint auto_increment primary key,
  username       varchar(64)  not null,
  substitute     varchar(64)  not null,
  starts_at      datetime(3)  not null,
  ends_at        datetime(3)  not null,
  reason         varchar(500) not null,
  created_at     datetime(3)  not null,
  handed_over_at datetime(3)
) ${table_options};
create index ix_staff_absence_member on staff_absence (username, ends_at);
create index ix_staff_absence_pending on staff_absence (handed_over_at, starts_at);
