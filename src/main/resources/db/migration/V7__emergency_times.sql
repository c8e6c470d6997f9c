-- EMG-01/EMG-04: when the emergency services were called and when the responder arrived, to the
-- second as stamped by the server; a correction of the arrival is kept beside the stamp, with its
-- reason, and never replaces it.
alter table service_case add column emergency_called_at timestamp with time zone;
alter table service_case add column arrived_at timestamp with time zone;
alter table service_case add column arrival_corrected_to timestamp with time zone;
alter table service_case add column arrival_correction_reason varchar(500);
