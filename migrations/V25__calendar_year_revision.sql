-- Each load of a year gets a new revision, so that every node may keep the schedules it read and check with one
-- small query that they are still the ones stored (a reload, an unload and a new load each change it).
alter table calendar_year add column revision varchar(36) not null default 'initial';
