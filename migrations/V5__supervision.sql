-- Supervision (督办): the orders issued to a bureau on a supervised case, one chain per supervision process
-- instance, and the accountability records (问责) that missed orders lead to.

create table supervision_order (
  id                  bigint auto_increment primary key,
  complaint_id        bigint        not null,
  process_instance_id varchar(64)   not null,
  sequence_no         int           not null,
  level_unit_id       bigint        not null,
  bureau_id           bigint        not null,
  stage               varchar(32)   not null,
  flagged             boolean       not null,
  escalated           boolean       not null,
  issued_by           varchar(64)   not null,
  issued_at           datetime(3)   not null,
  limit_expression    varchar(64)   not null,
  due_at              datetime(3)   not null,
  instructions        varchar(2000) not null,
  status              varchar(16)   not null,
  answer              varchar(2000),
  answered_by         varchar(64),
  answered_at         datetime(3),
  ended_at            datetime(3),
  version             bigint        not null,
  constraint uk_supervision_order_sequence unique (process_instance_id, sequence_no),
  constraint fk_supervision_order_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_supervision_order_level foreign key (level_unit_id) references org_unit (id),
  constraint fk_supervision_order_bureau foreign key (bureau_id) references org_unit (id)
) ${table_options};

create index ix_supervision_order_complaint on supervision_order (complaint_id);
create index ix_supervision_order_issued on supervision_order (issued_at);
create index ix_supervision_order_status on supervision_order (status, ended_at);

create table accountability_record (
  id                  bigint        auto_increment primary key,
  complaint_id        bigint        not null,
  process_instance_id varchar(64)   not null,
  unit_id             bigint        not null,
  handler             varchar(64),
  created_at          datetime(3)   not null,
  facts               varchar(8000) not null,
  status              varchar(16)   not null,
  outcome             varchar(2000),
  concluded_by        varchar(64),
  concluded_at        datetime(3),
  version             bigint        not null,
  constraint fk_accountability_record_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_accountability_record_unit foreign key (unit_id) references org_unit (id)
) ${table_options};

create index ix_accountability_record_created on accountability_record (created_at);

-- The missed orders an accountability record is about.
create table accountability_order (
  accountability_id bigint not null,
  order_id          bigint not null,
  primary key (accountability_id, order_id),
  constraint fk_accountability_order_record foreign key (accountability_id) references accountability_record (id),
  constraint fk_accountability_order_order foreign key (order_id) references supervision_order (id)
) ${table_options};
