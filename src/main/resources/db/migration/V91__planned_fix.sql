-- Issue 14, SVC-03 corrected: a big problem gets a response within 3 days, a visit or a plan with
-- the date of the fix told to the resident; that date is the fix task's due date.
alter table service_case add column planned_fix_at timestamp with time zone;
