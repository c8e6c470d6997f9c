-- Issue 17: a repeated escalation (the cycle timer on an overdue corrective action, QA-05, or on a
-- monthly analysis not written by the 5th, QA-01) is recorded every time it fires, although it
-- opens a follow-up task for the centre manager only while none is open.
alter table corrective_action add column escalations integer default 0 not null;
alter table corrective_action add column last_escalated_at timestamp with time zone;
alter table monthly_evaluation add column escalations integer default 0 not null;
alter table monthly_evaluation add column last_escalated_at timestamp with time zone;
