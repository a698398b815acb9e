-- 考核: the monthly assessment of the bureaus. Timeline lines and limits name the bureau that had the case when they
-- happened, so that every indicator is a count over indexed columns (lines and limits written before this
-- migration are given the bureau the case has now: the best that history allows).
alter table case_event add column bureau_code varchar(32);
update case_event set bureau_code = (
  select b.code from complaint c join org_unit b on b.id = c.current_bureau_id where c.id = case_event.complaint_id);
create index ix_case_event_bureau on case_event (bureau_code, type, occurred_at);

alter table case_deadline add column bureau_code varchar(32);
update case_deadline set bureau_code = (
  select b.code from complaint c join org_unit b on b.id = c.current_bureau_id where c.id = case_deadline.complaint_id)
  where stage <> 'TRIAGE';
create index ix_case_deadline_bureau_ended on case_deadline (bureau_code, stage, ended_at);
create index ix_case_deadline_bureau_overdue on case_deadline (bureau_code, overdue_at);

create index ix_callback_bureau_called on callback (bureau_code, called_at);
create index ix_supervision_order_bureau_issued on supervision_order (bureau_id, issued_at);
create index ix_accountability_record_unit_created on accountability_record (unit_id, created_at);

-- The weights a month is scored with: the version in force is the latest that took effect in or before the month.
-- Public evaluation and work share the total; within public evaluation the opinion survey and the service survey;
-- within work the indicators. Deductions are points per supervision order and per accountability record.
create table assessment_weights (
  id                       bigint auto_increment primary key,
  effective_from           varchar(7)    not null,
  public_evaluation        int          not null,
  work                     int          not null,
  opinion_survey           int          not null,
  service_survey           int          not null,
  on_time_sign_for         int          not null,
  on_time_completion       int          not null,
  few_returns              int          not null,
  few_reopenings           int          not null,
  callback_contact         int          not null,
  callback_satisfaction    int          not null,
  rating_satisfaction      int          not null,
  window_satisfaction      int          not null,
  per_supervision_order    decimal(5,2) not null,
  per_accountability       decimal(5,2) not null,
  excellent_from           decimal(5,2) not null,
  qualified_from           decimal(5,2) not null,
  minimum_cases            int          not null,
  created_by               varchar(64)  not null,
  created_at               datetime(3)  not null,
  constraint uk_assessment_weights_from unique (effective_from)
) ${table_options};

-- The seeds' province: public evaluation 50% (opinion survey 70%, service survey 30%), work indicators the rest.
insert into assessment_weights (effective_from, public_evaluation, work, opinion_survey, service_survey,
  on_time_sign_for, on_time_completion, few_returns, few_reopenings, callback_contact, callback_satisfaction,
  rating_satisfaction, window_satisfaction, per_supervision_order, per_accountability, excellent_from,
  qualified_from, minimum_cases, created_by, created_at)
values ('2000-01', 50, 50, 70, 30, 15, 25, 10, 10, 10, 10, 10, 10, 0.50, 2.00, 90.00, 60.00, 5, 'system',
  '2026-12-05 00:00:00');

-- 民意调查: the public-opinion survey's score (0–100) per bureau and month, run outside the system and entered here.
create table opinion_score (
  id             bigint auto_increment primary key,
  assessed_month varchar(7)    not null,
  unit_code      varchar(32)  not null,
  score          decimal(5,2) not null,
  entered_by     varchar(64)  not null,
  entered_at     datetime(3)  not null,
  constraint uk_opinion_score unique (assessed_month, unit_code)
) ${table_options};

-- 剔除: a case left out of the indicators (a malicious complaint, a matter outside the bureau's power), proposed with
-- a reason and approved or refused by someone else. One per case.
create table assessment_exclusion (
  id               bigint auto_increment primary key,
  complaint_id     bigint        not null,
  reason           varchar(2000) not null,
  status           varchar(16)   not null,
  proposed_by      varchar(64)   not null,
  proposed_at      datetime(3)   not null,
  decided_by       varchar(64),
  decided_at       datetime(3),
  decision_comment varchar(2000),
  version          bigint        not null,
  constraint uk_assessment_exclusion_complaint unique (complaint_id),
  constraint fk_assessment_exclusion_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_assessment_exclusion_status on assessment_exclusion (status, complaint_id);

-- A closed (frozen) month: scored once with the weights then in force; later edits never change it.
create table assessment_month (
  assessed_month varchar(7)   not null primary key,
  weights_id     bigint      not null,
  closed_by      varchar(64) not null,
  closed_at      datetime(3) not null,
  constraint fk_assessment_month_weights foreign key (weights_id) references assessment_weights (id)
) ${table_options};

-- A closed month's result per bureau: the score, grade and rank as published, and the figures they came from.
create table assessment_result (
  id             bigint auto_increment primary key,
  assessed_month varchar(7)     not null,
  unit_code      varchar(32)   not null,
  figures        varchar(8000) not null,
  constraint uk_assessment_result unique (assessed_month, unit_code),
  constraint fk_assessment_result_month foreign key (assessed_month) references assessment_month (assessed_month)
) ${table_options};
