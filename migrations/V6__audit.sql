-- The audit trail: append-only, each entry chained to the one before by a hash. The application never updates
-- or deletes an entry; in production grant the application's database user INSERT and SELECT on audit_log only
-- (see docs/security.md). audit_head is the end of the chain, locked by each append.

create table audit_log (
  seq             bigint        not null primary key,
  occurred_at     datetime(3)   not null,
  actor           varchar(64)   not null,
  actor_roles     varchar(200),
  actor_unit      varchar(32),
  action          varchar(64)   not null,
  tracking_number varchar(40),
  detail          varchar(2000),
  client_address  varchar(64),
  previous_hash   varchar(64)   not null,
  hash            varchar(64)   not null
) ${table_options};

create index ix_audit_log_case on audit_log (tracking_number);
create index ix_audit_log_actor on audit_log (actor, occurred_at);
create index ix_audit_log_time on audit_log (occurred_at);

create table audit_head (
  id        int         not null primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null
) ${table_options};

insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
