-- Retention (PIPL) beyond the cases: a closed consultation past the period loses its asker's name and keeps its
-- texts masked; an imported survey service user past theirs loses name and phone. When that happened; the indexes
-- find those due without reading every row.
alter table consultation add anonymised_at datetime(3);
create index ix_consultation_retention on consultation (anonymised_at, closed_at);
alter table survey_service_user add erased_at datetime(3);
create index ix_survey_service_user_retention on survey_service_user (erased_at, imported_at);
