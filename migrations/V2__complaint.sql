-- The case record: complainant, complaint, timeline, replies and callbacks. A timeline comment holds a
-- return's reason and comment (2000 characters each, joined by "; ").
-- Personal data columns are wide enough to hold ciphertext later.

create table complainant (
  id          bigint auto_increment primary key,
  real_name   varchar(100)  not null,
  resident_id varchar(512)  not null,
  phone       varchar(512)  not null,
  address     varchar(1024) not null
) ${table_options};

create table complaint (
  id                bigint auto_increment primary key,
  tracking_number   varchar(40)   not null,
  query_code_hash   varchar(200)  not null,
  status            varchar(32)   not null,
  category          varchar(32)   not null,
  urgency           varchar(16)   not null,
  region_code       varchar(12)   not null,
  channel           varchar(16)   not null,
  subject           varchar(200)  not null,
  content           varchar(8000) not null,
  complainant_id    bigint        not null,
  current_bureau_id bigint,
  dispatch_count    int           not null,
  designated        boolean       not null,
  reopen_count      int           not null,
  repeat_of_id      bigint,
  filed_by          varchar(64),
  received_at       datetime(3)   not null,
  due_at            datetime(3),
  closed_at         datetime(3),
  version           bigint        not null,
  constraint uk_complaint_tracking_number unique (tracking_number),
  constraint fk_complaint_region foreign key (region_code) references region (code),
  constraint fk_complaint_complainant foreign key (complainant_id) references complainant (id),
  constraint fk_complaint_bureau foreign key (current_bureau_id) references org_unit (id),
  constraint fk_complaint_repeat_of foreign key (repeat_of_id) references complaint (id)
) ${table_options};

create index ix_complaint_status on complaint (status);
create index ix_complaint_region on complaint (region_code);
create index ix_complaint_received on complaint (received_at);

create table case_event (
  id           bigint auto_increment primary key,
  complaint_id bigint        not null,
  type         varchar(32)   not null,
  actor        varchar(64)   not null,
  actor_unit   varchar(32),
  occurred_at  datetime(3)   not null,
  comment      varchar(4100),
  public_note  varchar(8000),
  constraint fk_case_event_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_case_event_complaint on case_event (complaint_id, occurred_at);

create table reply (
  id             bigint auto_increment primary key,
  complaint_id   bigint        not null,
  bureau_code    varchar(32)   not null,
  text           varchar(8000) not null,
  status         varchar(32)   not null,
  drafted_by     varchar(64)   not null,
  drafted_at     datetime(3)   not null,
  reviewed_by    varchar(64),
  reviewed_at    datetime(3),
  review_comment varchar(2000),
  sent_at        datetime(3),
  constraint fk_reply_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_reply_complaint on reply (complaint_id);

create table callback (
  id           bigint auto_increment primary key,
  complaint_id bigint        not null,
  bureau_code  varchar(32),
  result       varchar(32)   not null,
  comment      varchar(2000),
  called_by    varchar(64)   not null,
  called_at    datetime(3)   not null,
  constraint fk_callback_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_callback_complaint on callback (complaint_id);
