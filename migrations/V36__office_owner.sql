-- 首问负责: the clerk who first acted on a case is its named owner in the petition office until it closes; a handover
-- to another clerk changes it (and is on the case's timeline with its reason).
alter table complaint add column office_owner varchar(64);
