-- The bureau's reply material belongs to the reply the leader reviewed with it: bound when the leader approves the
-- reply or sends it back, so that the complainant is shown the files of the replies sent to them and never those of
-- a reply sent back or still awaiting approval. Files attached before this column existed stay unbound: nobody
-- can tell which reply they went with, so they are not shown to the complainant (staff see them as before).
alter table attachment add column reply_id bigint;
alter table attachment add constraint fk_attachment_reply foreign key (reply_id) references reply (id);
