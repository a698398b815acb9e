-- Each job executor acquires the jobs that are due in due-date order (jobExecutorAcquireByDueDate) and every job
-- carries a due date (ensureJobDueDateNotNull, application.properties): with this index an acquisition reads the
-- first due jobs in order instead of scanning every timer of every open case. Jobs made before the setting were
-- due at once where they carry none.
update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null;
create index ix_act_ru_job_duedate on ACT_RU_JOB (DUEDATE_);
