-- The working-day calendar: one row per loaded year, its days off and make-up working days, and the years
-- that deadlines needed while no schedule was loaded (calendar gaps, shown to administrators).

create table calendar_year (
  schedule_year int          not null primary key,
  source        varchar(500) not null,
  loaded_by     varchar(64)  not null,
  loaded_at     datetime(3)  not null
) ${table_options};

create table calendar_day (
  calendar_date date         not null primary key,
  schedule_year int          not null,
  kind          varchar(16)  not null,
  holiday_name  varchar(100) not null,
  constraint fk_calendar_day_year foreign key (schedule_year) references calendar_year (schedule_year)
) ${table_options};

create index ix_calendar_day_year on calendar_day (schedule_year);

create table calendar_gap (
  schedule_year   int         not null primary key,
  first_needed_at datetime(3) not null,
  last_needed_at  datetime(3) not null,
  occurrences     int         not null
) ${table_options};
