-- An imported service user is kept once a month: the same phone imported again for the month (a second file, or
-- the loser of two imports at once) is not a second person to draw.
alter table survey_service_user add constraint uk_survey_service_user_phone unique (survey_month, phone_index);
