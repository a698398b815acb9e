-- Messages to the complainant (SMS, e-mail) at each milestone of the case, written to a transactional outbox in
-- the same transaction as the case change and delivered from there by the dispatcher of whichever node claims
-- them first. No phone number or e-mail address is kept in clear: the recipient is encrypted
-- (privacy.PersonalDataCipher, bound to its column) with a masked form for display.

-- How the complainant wants to be told: by SMS to the phone on the complainant (default), by e-mail, or both.
create table message_contact (
  complaint_id bigint       not null primary key,
  notify_by    varchar(8)   not null,
  email        varchar(1024),
  email_masked varchar(320),
  constraint fk_message_contact_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

-- One row per message and channel. PENDING until delivered (SENT) or given up after the last attempt (FAILED).
-- A dispatcher claims a row by setting claimed_by and claimed_until (its lease) in a conditional update; a node
-- that dies holding a claim loses it when the lease runs out, and another node delivers the message.
create table message_outbox (
  id               bigint auto_increment primary key,
  complaint_id     bigint        not null,
  tracking_number  varchar(40)   not null,
  milestone        varchar(32)   not null,
  channel          varchar(8)    not null,
  recipient        varchar(1024) not null,
  recipient_masked varchar(320)  not null,
  subject          varchar(200)  not null,
  body             varchar(4000) not null,
  status           varchar(16)   not null,
  attempts         int           not null,
  next_attempt_at  datetime(3)   not null,
  claimed_by       varchar(100),
  claimed_until    datetime(3),
  last_error       varchar(500),
  created_at       datetime(3)   not null,
  sent_at          datetime(3),
  version          bigint        not null,
  constraint fk_message_outbox_complaint foreign key (complaint_id) references complaint (id)
) ${table_options};

create index ix_message_outbox_due on message_outbox (status, next_attempt_at);
create index ix_message_outbox_complaint on message_outbox (complaint_id);
