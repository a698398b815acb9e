-- 考核通报: a closed month's bulletin, as a PDF and a workbook, kept in the database (the nodes keep no files).
-- Each generation is a new version of the month's bulletin; the older ones are kept. The unique month and version
-- make a second generation at the same moment, on this node or another, lose.
create table bulletin (
  id             bigint auto_increment primary key,
  bulletin_month varchar(7)  not null,
  version        int         not null,
  pdf            mediumblob  not null,
  workbook       mediumblob  not null,
  generated_by   varchar(64) not null,
  generated_at   datetime(3) not null,
  constraint uk_bulletin_month_version unique (bulletin_month, version)
) ${table_options};
