-- The organisation tree: regions (GB/T 2260 codes), the units in them, and the staff of each unit.
-- ${table_options} is the MySQL/MariaDB table options (InnoDB, utf8mb4) and empty on H2.

create table region (
  code        varchar(12)  not null primary key,
  name_zh     varchar(100) not null,
  name_en     varchar(100) not null,
  level       varchar(16)  not null,
  parent_code varchar(12),
  constraint fk_region_parent foreign key (parent_code) references region (code)
) ${table_options};

create table org_unit (
  id          bigint auto_increment primary key,
  code        varchar(32)  not null,
  name_zh     varchar(100) not null,
  name_en     varchar(100) not null,
  kind        varchar(32)  not null,
  region_code varchar(12)  not null,
  parent_id   bigint,
  constraint uk_org_unit_code unique (code),
  constraint fk_org_unit_region foreign key (region_code) references region (code),
  constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id)
) ${table_options};

create table staff_user (
  id            bigint auto_increment primary key,
  username      varchar(64)  not null,
  display_name  varchar(100) not null,
  password_hash varchar(200) not null,
  unit_id       bigint       not null,
  enabled       boolean      not null,
  constraint uk_staff_user_username unique (username),
  constraint fk_staff_user_unit foreign key (unit_id) references org_unit (id)
) ${table_options};

create table staff_role (
  user_id bigint      not null,
  role    varchar(32) not null,
  primary key (user_id, role),
  constraint fk_staff_role_user foreign key (user_id) references staff_user (id)
) ${table_options};
