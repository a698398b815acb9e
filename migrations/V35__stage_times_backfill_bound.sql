-- The limits StageTimesBackfill fills in are those that ended before V33 recorded stage times: bounded here once by
-- the highest such id, so that once the backfill has finished (and deleted this row) a node's start reads one empty
-- table instead of scanning every limit again.
create table stage_times_backfill (
  up_to_id bigint not null
);
insert into stage_times_backfill (up_to_id)
  select m.last_id from (select max(id) as last_id from case_deadline
                         where ended_at is not null and working_days is null) m
  where m.last_id is not null;
