-- 答复公开: a reply to a complaint proposed for publication by the petition office, its confidentiality review
-- (保密审查) by someone else, and its withdrawal. The public texts are the screened versions; the complaint's own
-- texts never go public. active_reply_id holds the reply while a proposal of it is under review or published, and
-- is cleared when it is refused or withdrawn: one live proposal per reply, two at once fail on the key.
create table reply_disclosure (
  id                  bigint auto_increment primary key,
  complaint_id        bigint        not null,
  reply_id            bigint        not null,
  active_reply_id     bigint,
  status              varchar(16)   not null,
  reason              varchar(500)  not null,
  public_summary      varchar(4000) not null,
  public_reply        varchar(8000) not null,
  proposed_by         varchar(64)   not null,
  proposed_at         datetime(3)   not null,
  decided_by          varchar(64),
  decided_at          datetime(3),
  refusal_reason      varchar(500),
  published_at        datetime(3),
  withdrawn_by        varchar(64),
  withdrawn_at        datetime(3),
  withdrawal_reason   varchar(500),
  version             bigint        not null,
  constraint uk_reply_disclosure_active unique (active_reply_id),
  constraint fk_reply_disclosure_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_reply_disclosure_reply foreign key (reply_id) references reply (id)
) ${table_options};

create index ix_reply_disclosure_status on reply_disclosure (status, published_at);
create index ix_reply_disclosure_complaint on reply_disclosure (complaint_id);
