-- The outbox sender locks one due message per transaction (issue 21), the longest-waiting first:
-- with id in the index that is one index step however long the queue, where the previous index
-- needed a sort of every due message for each one sent.
create index if not exists ix_outbox_due_order on outbox_message (status, next_attempt_at, id);
drop index if exists ix_outbox_due;
