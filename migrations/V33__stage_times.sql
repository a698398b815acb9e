-- Stage times (考核: average and 90th-percentile working days per stage): a limit records, when it ends, how many
-- working days its stage took, so that the assessment aggregates them without loading any case. Limits that ended
-- before this migration are filled in by the deadline module when a node starts (StageTimesBackfill).
alter table case_deadline add column working_days int;
create index ix_case_deadline_stage_days on case_deadline (stage, ended_at, bureau_code, working_days);
