-- Lock-out after repeated failed logins (API, browser and the engine webapps alike).
alter table staff_user add column failed_logins int default 0 not null;
alter table staff_user add column locked_until datetime(3);
