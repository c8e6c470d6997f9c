-- Operations gauges (issue 21): the deadlines still running are read every 15 s; most clocks are
-- met or missed, so the open ones are found through this index instead of a scan of them all.
create index if not exists ix_deadline_clock_open on deadline_clock (met_at, breached_at, rule_id, case_id);
