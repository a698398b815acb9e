-- 评价器: the electronic evaluators at service windows and kiosks, and their ratings, kept apart from the
-- complainant's own rating of a reply (reply_rating) and from the office's callback (callback).
-- A device is registered by an administrator for one unit and the services it rates (short codes, comma-separated);
-- its key is shown once and kept only as its keyed hash (HMAC under the index key, as staff API tokens are). A
-- rotation replaces the hash (the old key stops working); a revocation stops the device for good. The version is the
-- optimistic lock of an administrator's change; a rating takes the device's row lock, so that ratings of one device
-- are counted against its limit one after the other on every node.
create table evaluator_device (
  id            bigint auto_increment primary key,
  name          varchar(100)  not null,
  unit_code     varchar(32)   not null,
  services      varchar(500)  not null,
  key_hash      varchar(64)   not null,
  registered_at datetime(3)   not null,
  registered_by varchar(64)   not null,
  rotated_at    datetime(3),
  rotated_by    varchar(64),
  revoked_at    datetime(3),
  revoked_by    varchar(64),
  version       bigint        not null default 0,
  constraint uk_evaluator_device_key unique (key_hash),
  constraint fk_evaluator_device_unit foreign key (unit_code) references org_unit (code)
) ${table_options};

-- One press of a window evaluator: the device's unit at the time (never taken from the request), the service, the
-- verdict and, for 不满意, a reason code from a fixed list. No free text and nothing about the person who pressed.
create table window_rating (
  id        bigint auto_increment primary key,
  device_id bigint        not null,
  unit_code varchar(32)   not null,
  service   varchar(64)   not null,
  verdict   varchar(32)   not null,
  reason    varchar(32),
  rated_at  datetime(3)   not null,
  constraint fk_window_rating_device foreign key (device_id) references evaluator_device (id)
) ${table_options};

create index ix_window_rating_unit_rated on window_rating (unit_code, rated_at);
create index ix_window_rating_device_rated on window_rating (device_id, rated_at);
