-- 明查暗访、突击检查: inspection visits an inspector records against a unit of their scope, with what was found.
create table inspection_visit (
  id          bigint        auto_increment primary key,
  unit_id     bigint        not null,
  kind        varchar(16)   not null,
  visited_on  date          not null,
  findings    varchar(4000) not null,
  inspector   varchar(64)   not null,
  created_at  datetime(3)   not null,
  constraint fk_inspection_visit_unit foreign key (unit_id) references org_unit (id)
) ${table_options};
create index ix_inspection_visit_unit on inspection_visit (unit_id, visited_on);
