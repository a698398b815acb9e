-- Intake guards: the complainant's sex and age as read from the resident ID number, request keys that make a
-- filing idempotent, and the failed status lookups that throttle guessing of query codes.

-- Sex and age are derived from the ID number at filing (GB 11643-1999: the 17th digit is odd for a man; the
-- birth date is characters 7-14), so they are kept for cases filed before this migration too.
alter table complainant add sex varchar(8);
alter table complainant add age_at_filing int;

update complainant set sex = case when substring(resident_id, 17, 1) in ('1', '3', '5', '7', '9') then 'MALE'
    else 'FEMALE' end
  where resident_id is not null and char_length(resident_id) = 18;

update complainant set age_at_filing = (
    select extract(year from c.received_at) - cast(substring(complainant.resident_id, 7, 4) as decimal(4, 0))
      - case when extract(month from c.received_at) * 100 + extract(day from c.received_at)
          < cast(substring(complainant.resident_id, 11, 4) as decimal(4, 0)) then 1 else 0 end
    from complaint c where c.complainant_id = complainant.id)
  where char_length(resident_id) = 18;

-- One row per Idempotency-Key of a filing, unique by the key's hash and written in the filing's transaction:
-- a second request with the same key waits for the first and then answers from this row, on any node. The key
-- itself is not kept; the query code is sealed with a key derived from the request key and the request, so
-- only someone who sends both again can read it.
create table submission_key (
  id                bigint auto_increment primary key,
  key_hash          varchar(64)  not null,
  fingerprint       varchar(64)  not null,
  tracking_number   varchar(40)  not null,
  sealed_query_code varchar(200) not null,
  created_at        datetime(3)  not null,
  expires_at        datetime(3)  not null,
  constraint uk_submission_key_hash unique (key_hash)
) ${table_options};

create index ix_submission_key_expires on submission_key (expires_at);

-- Failed status lookups per tracking number and per client address (each as a hash), counted in a window; too
-- many lock the subject out for a while.
create table lookup_failure (
  subject_hash      varchar(64) not null primary key,
  kind              varchar(16) not null,
  failures          int         not null,
  window_started_at datetime(3),
  locked_until      datetime(3)
) ${table_options};

create index ix_lookup_failure_window on lookup_failure (window_started_at);
