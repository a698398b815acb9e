-- Real gateways: each delivery records the gateway that took the message and the provider's reference for it
-- (the SMTP Message-ID, the SMS provider's message id), so an administrator can trace a message with the provider.
-- A message that no real gateway handles is kept as UNSENT, never SENT.
alter table message_outbox add gateway varchar(40);
alter table message_outbox add provider_reference varchar(200);
