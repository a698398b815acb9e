-- Confidentiality of the complainant (docs/privacy.md). A complainant may ask for confidentiality: the identity
-- is then shown to the petition office only. A complaint may name the unit and officer complained about: that
-- unit's staff never see the identity, and that officer can neither see nor act on the case. The officer is kept
-- as the staff login when the filing named a known one, else as written.
-- The complainant's personal data becomes encrypted in V16.1 (complaint/V16_1__Encrypt_complainant).
alter table complaint add column confidential boolean default false not null;
alter table complaint add column accused_unit_id bigint;
alter table complaint add column accused_officer varchar(100);
alter table complaint add constraint fk_complaint_accused_unit foreign key (accused_unit_id) references org_unit (id);
