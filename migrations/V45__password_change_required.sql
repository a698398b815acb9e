-- An account whose password someone else chose (the installer's first administrator, an administrator's reset)
-- must change it before doing anything else, at every door.
alter table staff_user add column password_change_required boolean default false not null;
