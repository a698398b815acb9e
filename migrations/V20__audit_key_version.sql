-- The audit chain is keyed from V20.1 on: each entry names the version of the audit key (held outside the
-- database) whose HMAC seals it. Entries written before carry no version: they stay chained by the unkeyed hash,
-- and the first keyed entry (V20.1) seals the head of that unkeyed chain under the key.

alter table audit_log add key_version int;
