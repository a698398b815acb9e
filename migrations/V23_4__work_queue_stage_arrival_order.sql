-- The work queue of one stage in arrival order (process/QueueQuery, ?stage=…&sort=createdAt): with this index the
-- database walks that stage's tasks newest or oldest first and stops at the page instead of sorting every one. The
-- whole queue in arrival order walks the engine's own index on CREATE_TIME_ (ACT_IDX_TASK_CREATE).
create index ix_act_ru_task_key_created on ACT_RU_TASK (TASK_DEF_KEY_, CREATE_TIME_);
