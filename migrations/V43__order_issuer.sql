-- The office supervises as well: an order records the unit that issued it (the inspectors of the chain's level,
-- the discipline inspectors of a unit above the bureau, or the petition office). Earlier orders were all the level's.
-- Left nullable in the schema (H2 and MySQL alter a column's nullability differently); the application sets it always.
alter table supervision_order add issuer_unit_id bigint;
update supervision_order set issuer_unit_id = level_unit_id;
alter table supervision_order add constraint fk_supervision_order_issuer foreign key (issuer_unit_id) references org_unit (id);
