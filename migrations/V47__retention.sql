-- Retention (PIPL): once a closed case has been kept for the configured period, its complainant's personal data,
-- contacts and attachment files are erased and the case kept for the statistics. When that happened, per case and
-- per attachment; the index finds the cases due without reading every closed one.
alter table complaint add anonymised_at datetime(3);
create index ix_complaint_retention on complaint (anonymised_at, closed_at);
alter table attachment add erased_at datetime(3);
