-- Issue 14: warnings before a breach. How many of the configured warnings (desk.deadline.warnings,
-- e.g. 50 % and 80 % of the deadline) a clock has sent; the warning scan reads the running clocks
-- through ix_deadline_clock_open and sends the next one when its moment has passed.
alter table deadline_clock add column warnings_sent integer not null default 0;
