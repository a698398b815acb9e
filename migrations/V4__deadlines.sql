-- Running response limits of a case (one row per stage started), the intervals their clock was paused,
-- and notifications to staff (warnings, overdue, supervision).

create table case_deadline (
  id                  bigint auto_increment primary key,
  complaint_id        bigint       not null,
  stage               varchar(32)  not null,
  process_instance_id varchar(64)  not null,
  limit_expression    varchar(64)  not null,
  warn_expression     varchar(64)  not null,
  extension_amount    int          not null,
  started_at          datetime(3)  not null,
  due_at              datetime(3)  not null,
  warn_at             datetime(3)  not null,
  provisional_years   varchar(64),
  status              varchar(16)  not null,
  warned_at           datetime(3),
  overdue_at          datetime(3),
  ended_at            datetime(3),
  version             bigint       not null,
  constraint fk_case_deadline_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_case_deadline_complaint on case_deadline (complaint_id, stage);
create index ix_case_deadline_status_due on case_deadline (status, due_at);

create table case_deadline_pause (
  id          bigint auto_increment primary key,
  deadline_id bigint        not null,
  paused_at   datetime(3)   not null,
  resumed_at  datetime(3),
  reason      varchar(2000),
  constraint fk_case_deadline_pause_deadline foreign key (deadline_id) references case_deadline (id)
) ${table_options};

create table staff_notification (
  id           bigint auto_increment primary key,
  recipient    varchar(64)   not null,
  complaint_id bigint,
  type         varchar(32)   not null,
  message_zh   varchar(1000) not null,
  message_en   varchar(1000) not null,
  created_at   datetime(3)   not null,
  read_at      datetime(3),
  constraint fk_staff_notification_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_staff_notification_recipient on staff_notification (recipient, read_at);

-- Requests for more time (延期): the bureau leader approves, then the petition office.
create table extension_request (
  id                bigint auto_increment primary key,
  complaint_id      bigint        not null,
  amount            int           not null,
  unit              varchar(16)   not null,
  reason            varchar(2000) not null,
  requested_by      varchar(64)   not null,
  requested_at      datetime(3)   not null,
  status            varchar(24)   not null,
  leader            varchar(64),
  leader_decided_at datetime(3),
  leader_comment    varchar(2000),
  office            varchar(64),
  office_decided_at datetime(3),
  office_comment    varchar(2000),
  office_override   boolean       not null,
  previous_due_at   datetime(3),
  new_due_at        datetime(3),
  version           bigint        not null,
  constraint fk_extension_request_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_extension_request_complaint on extension_request (complaint_id, status);
