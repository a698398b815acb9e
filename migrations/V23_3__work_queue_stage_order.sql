-- The work queue of one stage (?stage=TRIAGE) reads that stage's tasks in due order: without this index MariaDB
-- walks every open task in due order to find them (2.1 s against 0.14 s with 100,000 open tasks, loaded machine).
create index ix_act_ru_task_key_due_created on ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_, CREATE_TIME_);
