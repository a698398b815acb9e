-- Every acquisition skips the exclusive jobs of a process instance whose other job another thread holds: the
-- engine asks for the jobs locked now (lock owner set, lock not expired). Without this index MariaDB reads every
-- job of every open case to answer it (1.2 s an acquisition with 130,000 timers); with it, only the few locked.
create index ix_act_ru_job_lock_exp on ACT_RU_JOB (LOCK_EXP_TIME_);
