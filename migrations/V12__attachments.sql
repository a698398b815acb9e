-- Attachments of a case (附件): the file itself lies in the content store (a generated name, never the client's);
-- the row holds what is known about it: the type detected from the content, size, SHA-256, the text Tika
-- extracted (for search and repeat detection), who uploaded it and for what (intake, reply, supplement, recording).
create table attachment (
  id             bigint auto_increment primary key,
  complaint_id   bigint        not null,
  purpose        varchar(16)   not null,
  original_name  varchar(255)  not null,
  content_type   varchar(100)  not null,
  size_bytes     bigint        not null,
  sha256         varchar(64)   not null,
  storage_key    varchar(200)  not null,
  extracted_text mediumtext,
  uploaded_by    varchar(64),
  uploaded_at    datetime(3)   not null,
  constraint fk_attachment_complaint foreign key (complaint_id) references complaint (id),
  constraint uq_attachment_storage_key unique (storage_key)
) ${table_options};

create index ix_attachment_complaint on attachment (complaint_id);
create index ix_attachment_sha256 on attachment (sha256);
