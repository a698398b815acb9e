-- 整改方案 followed: when a rectification plan's day has passed, the inspectors and the unit are told once;
-- plan_reminded_at is set by the node that tells them.
alter table supervision_order add plan_reminded_at datetime(3);
