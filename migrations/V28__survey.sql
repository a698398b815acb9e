-- 电脑随机抽样、电话回访: the monthly survey of the public. Each month one draw (the unique month makes a second, or a
-- concurrent one, lose) records its seed and the questionnaire version it used; its calls are the people drawn,
-- stratified by bureau and source, and what each call brought. The questionnaire is versioned: a new version is a new
-- set of rows, and a draw keeps asking the questions of the version it recorded.
create table survey_question (
  id           bigint auto_increment primary key,
  version      int           not null,
  position     int           not null,
  question_key varchar(32)   not null,
  text_zh      varchar(500)  not null,
  text_en      varchar(500)  not null,
  scale        varchar(16)   not null,
  constraint uk_survey_question unique (version, question_key)
) ${table_options};

insert into survey_question (version, position, question_key, text_zh, text_en, scale) values
  (1, 1, 'speed', '您对办理速度是否满意？', 'Are you satisfied with how fast your matter was handled?', 'VERDICT'),
  (1, 2, 'attitude', '您对民警的服务态度是否满意？', 'Are you satisfied with the officers'' attitude?', 'VERDICT'),
  (1, 3, 'result', '您对办理结果是否满意？', 'Are you satisfied with the result?', 'VERDICT'),
  (1, 4, 'overall', '请为本次服务总体打分（0–100分）', 'Your overall score for the service (0 to 100)', 'SCORE');

create table survey_draw (
  id                    bigint auto_increment primary key,
  survey_month          varchar(7)  not null,
  seed                  bigint      not null,
  questionnaire_version int         not null,
  population            int         not null,
  drawn_by              varchar(64) not null,
  drawn_at              datetime(3) not null,
  constraint uk_survey_draw_month unique (survey_month)
) ${table_options};

-- Each stratum of a draw (a bureau and a source): how many people it held and how many were drawn.
create table survey_stratum (
  id         bigint auto_increment primary key,
  draw_id    bigint      not null,
  unit_code  varchar(32) not null,
  source     varchar(16) not null,
  population int         not null,
  drawn      int         not null,
  constraint uk_survey_stratum unique (draw_id, unit_code, source),
  constraint fk_survey_stratum_draw foreign key (draw_id) references survey_draw (id)
) ${table_options};

-- Other users of police services (110/119/122 callers, people served at a window), imported for a month. The name
-- and phone are encrypted like a complainant's; the phone's blind index keeps a person from being drawn twice a year.
create table survey_service_user (
  id           bigint auto_increment primary key,
  survey_month varchar(7)   not null,
  unit_code    varchar(32)  not null,
  service      varchar(16)  not null,
  served_on    date         not null,
  real_name    varchar(512) not null,
  phone        varchar(512) not null,
  phone_index  varchar(128) not null,
  imported_by  varchar(64)  not null,
  imported_at  datetime(3)  not null
) ${table_options};

create index ix_survey_service_user_month on survey_service_user (survey_month, unit_code);

-- One call per person drawn. person_key names whom the year's rule is about: the case for a complainant, the phone's
-- blind index for a service user. The version is the optimistic lock of two recordings at once.
create table survey_call (
  id              bigint auto_increment primary key,
  draw_id         bigint       not null,
  survey_month    varchar(7)   not null,
  source          varchar(16)  not null,
  unit_code       varchar(32)  not null,
  complaint_id    bigint,
  service_user_id bigint,
  person_key      varchar(160) not null,
  position        int          not null,
  status          varchar(16)  not null,
  tries           int          not null,
  overall_score   int,
  satisfied       boolean,
  called_by       varchar(64),
  called_at       datetime(3),
  version         bigint       not null,
  constraint uk_survey_call_person unique (draw_id, person_key),
  constraint fk_survey_call_draw foreign key (draw_id) references survey_draw (id),
  constraint fk_survey_call_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_survey_call_service_user foreign key (service_user_id) references survey_service_user (id)
) ${table_options};

create index ix_survey_call_person_month on survey_call (person_key, survey_month);
create index ix_survey_call_month on survey_call (survey_month, unit_code, source);

create table survey_answer (
  id           bigint auto_increment primary key,
  call_id      bigint      not null,
  question_key varchar(32) not null,
  answer       varchar(32) not null,
  constraint uk_survey_answer unique (call_id, question_key),
  constraint fk_survey_answer_call foreign key (call_id) references survey_call (id)
) ${table_options};
