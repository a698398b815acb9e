-- Open311 GeoReport v2: the client applications that may file complaints through /open311/v2 (docs/open311.md).
-- An administrator registers an application and hands its api_key over once; the key is kept only as its keyed hash
-- (HMAC under the index key, as staff API tokens and window evaluators' keys are). A revocation stops the key for
-- good. The version is the optimistic lock of an administrator's change.
create table open311_client (
  id            bigint auto_increment primary key,
  name          varchar(100)  not null,
  key_hash      varchar(64)   not null,
  registered_at datetime(3)   not null,
  registered_by varchar(64)   not null,
  revoked_at    datetime(3),
  revoked_by    varchar(64),
  version       bigint        not null default 0,
  constraint uk_open311_client_key unique (key_hash)
) ${table_options};
