-- The work queue (process/QueueQuery) reads a user's open tasks earliest due first and stops at the page: with
-- this index the database walks the tasks in that order instead of sorting every candidate task.
create index ix_act_ru_task_due_created on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_);
