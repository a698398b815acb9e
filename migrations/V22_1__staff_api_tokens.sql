-- Bearer tokens for staff API clients (POST /api/v1/session/tokens): only a keyed hash of each token is stored
-- (HMAC under the index key), looked up by its unique index on every request. password_stamp is a keyed hash of
-- the password hash the token was issued under: a changed password no longer matches it.

create table staff_api_token (
  id             bigint auto_increment primary key,
  token_hash     varchar(64)  not null,
  username       varchar(64)  not null,
  password_stamp varchar(64)  not null,
  issued_at      datetime(3)  not null,
  expires_at     datetime(3)  not null,
  last_used_at   datetime(3)  not null,
  constraint uk_staff_api_token_hash unique (token_hash)
) ${table_options};

create index ix_staff_api_token_user on staff_api_token (username);
