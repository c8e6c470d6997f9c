-- Indexes on Camunda's ACT_* tables for the Tasklist filters at scale (50,000 open tasks).
-- The engine owns these tables (schema-update creates and upgrades them), so these are not in a
-- Flyway migration: an operator applies this script once, after the engine created its schema,
-- and again after an engine upgrade that recreates a table. CONCURRENTLY: no lock on a live desk.
--   psql -d servicedesk -f bench/scale/act_indexes.sql

-- every filter sorts by priority desc, due date asc (TasklistFilters.byUrgency): with a page of
-- 15 the planner can walk this index and stop, instead of sorting every candidate task
create index concurrently if not exists act_idx_desk_task_urgency on act_ru_task (priority_ desc, due_date_ asc, id_);

-- "candidate group X" is an EXISTS on the task's identity links: one index probe per task
create index concurrently if not exists act_idx_desk_idlink_task_group on act_ru_identitylink (task_id_, type_, group_id_);

-- "Assigned to me": the same order within one assignee's tasks (the urgency index above serves
-- team queues, where most tasks qualify; an assignee owns a few hundred of 50,000)
create index concurrently if not exists act_idx_desk_task_assignee_urgency on act_ru_task (assignee_, priority_ desc, due_date_ asc, id_);
