-- Online consultation (在线咨询): a question from anyone, answered by the department it is routed to and, when
-- the office or the department's leader decides so, published as a public Q&A. The asker may give a name to be
-- addressed by (optional, never published, wide enough for ciphertext later); no ID number, phone or address is
-- asked. The query code is kept only as a hash. The published texts are the screened public versions. The texts
-- are sized to keep the row within MySQL's 65,535 bytes at four bytes a character.

create table consultation (
  id                bigint auto_increment primary key,
  tracking_number   varchar(40)   not null,
  query_code_hash   varchar(200)  not null,
  asker_name        varchar(512),
  category          varchar(32)   not null,
  region_code       varchar(12),
  question          varchar(2000) not null,
  status            varchar(32)   not null,
  department_id     bigint,
  asked_at          datetime(3)   not null,
  due_at            datetime(3),
  answer            varchar(4000),
  answered_by       varchar(64),
  answered_at       datetime(3),
  published         boolean       not null,
  public_question   varchar(2000),
  public_answer     varchar(4000),
  published_by      varchar(64),
  published_at      datetime(3),
  closed_at         datetime(3),
  version           bigint        not null,
  constraint uk_consultation_tracking_number unique (tracking_number),
  constraint fk_consultation_region foreign key (region_code) references region (code),
  constraint fk_consultation_department foreign key (department_id) references org_unit (id)
) ${table_options};

create index ix_consultation_status on consultation (status);
create index ix_consultation_department on consultation (department_id, status);
create index ix_consultation_published on consultation (published, published_at);

create table consultation_event (
  id              bigint auto_increment primary key,
  consultation_id bigint        not null,
  type            varchar(32)   not null,
  actor           varchar(64)   not null,
  actor_unit      varchar(32),
  occurred_at     datetime(3)   not null,
  comment         varchar(4100),
  public_note     varchar(2000),
  constraint fk_consultation_event_consultation foreign key (consultation_id) references consultation (id)
) ${table_options};

create index ix_consultation_event_consultation on consultation_event (consultation_id, occurred_at);
