-- One row per survey month, locked by a draw and by an import of the month's service users, so that the two take
-- turns: an import either commits before the draw reads its population or finds the month drawn.
create table survey_month_lock (
  survey_month varchar(7) not null primary key
);
