-- A bureau's return (退回) keeps its reason and its comment in one timeline line: up to 2000 characters each,
-- joined by "; ". The 4000 characters of V2 were two short, and a return that used both in full failed.
-- ${alter_column} is MODIFY COLUMN on MySQL/MariaDB and ALTER COLUMN on H2.

alter table case_event ${alter_column} comment varchar(4100);
