-- 督办单的整改方案: the supervised unit's answer may set out a rectification plan and the day it is to be done by;
-- the order keeps both, so that inspectors follow the plan after the order is answered.
alter table supervision_order add plan varchar(2000);
alter table supervision_order add plan_due_at datetime(3);
