-- 好差评: the complainant's own verdict on each reply sent to them, kept apart from the office's callback. One row per
-- reply (the unique key makes a second first rating of the same reply lose, not double); a change within the
-- window overwrites the verdict and counts the change. The bureau is the one that sent the reply.
create table reply_rating (
  id           bigint auto_increment primary key,
  complaint_id bigint        not null,
  reply_id     bigint        not null,
  bureau_code  varchar(32)   not null,
  verdict      varchar(32)   not null,
  comment      varchar(2000),
  rated_at     datetime(3)   not null,
  changed_at   datetime(3),
  changes      int           not null default 0,
  constraint uk_reply_rating_reply unique (reply_id),
  constraint fk_reply_rating_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_reply_rating_reply foreign key (reply_id) references reply (id)
) ${table_options};

create index ix_reply_rating_complaint on reply_rating (complaint_id);
create index ix_reply_rating_bureau_rated on reply_rating (bureau_code, rated_at);
