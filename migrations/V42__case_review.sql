-- 复查 / 复核 (三级终结): the higher body reviewing a closed case's handling, and each level's request with its
-- opinion; one request per level and case (the unique key is what a second, simultaneous request runs into).
alter table complaint add review_body_id bigint;
alter table complaint add constraint fk_complaint_review_body foreign key (review_body_id) references org_unit (id);
create table case_review (
  id            bigint        auto_increment primary key,
  complaint_id  bigint        not null,
  level         varchar(16)   not null,
  body_id       bigint        not null,
  reason        varchar(2000) not null,
  requested_at  datetime(3)   not null,
  requested_by  varchar(64),
  opinion       varchar(4000),
  conclusion    varchar(16),
  answered_at   datetime(3),
  answered_by   varchar(64),
  constraint uk_case_review_level unique (complaint_id, level),
  constraint fk_case_review_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_case_review_body foreign key (body_id) references org_unit (id)
) ${table_options};
