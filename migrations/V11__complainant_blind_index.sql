-- Keyed hashes (blind indexes, privacy.BlindIndex) of the complainant's resident ID number and phone, so that
-- the same complainant's other cases can be found by exact match without reading the encrypted values.
alter table complainant add column resident_id_index varchar(64);
alter table complainant add column phone_index varchar(64);
create index ix_complainant_resident_id_index on complainant (resident_id_index);
create index ix_complainant_phone_index on complainant (phone_index);
