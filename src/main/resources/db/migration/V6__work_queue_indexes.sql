-- Work queue at scale (bench/scale): indexes on the application's tables for the look-ups that
-- run per case. The engine's ACT_* tables are the engine's: their indexes are in
-- bench/scale/act_indexes.sql, applied by the operator (see BENCHMARKS.md).

-- a case's messages: the auditor timeline, INT-04's "was the acknowledgement delivered?" check
-- (once per case, in every timer storm) and the retention cleanup
create index if not exists ix_outbox_case_purpose on outbox_message (case_id, purpose);

-- the case behind a process instance, and the audit search / owner file by unit
create index if not exists ix_service_case_process on service_case (process_instance_id);
create index if not exists ix_service_case_unit on service_case (unit, received_at);
