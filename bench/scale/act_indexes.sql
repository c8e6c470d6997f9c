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

-- Statistics on the engine's authorization test (issue 15, BENCHMARKS.md 4c). A staff member's
-- task query joins each task with the authorization rows of the user's groups that grant READ on
-- the task, READ_TASK on its process definition, or either on '*': AUTH.RESOURCE_ID_ in (task id,
-- definition key, '*'), and the rows by PERMS_ & 2 = 2 or PERMS_ & 64 = 64. Without statistics
-- on those expressions PostgreSQL guesses 0.5 % for each, estimates a few dozen rows where there
-- is one per task of the group, and compares every task with every such row (6,556 x 6,556: a
-- clerk's team-queue count 15 s at one property). With them it looks up each task's own rows by
-- the resource-id index (0.5 s). Nothing about who sees what changes: the engine's statement is
-- the same, only its plan. ANALYZE fills them.
create statistics if not exists act_stx_desk_auth_read on (perms_ & 2) from act_ru_authorization;
create statistics if not exists act_stx_desk_auth_read_task on (perms_ & 64) from act_ru_authorization;

-- ... and looks them up among the task and process-definition grants only, so the '*' grants of
-- other resources (about 50) no longer come back with every task: 0.55 -> 0.34 s for a queue of
-- 12,443 tasks. One more index entry per task grant written.
create index concurrently if not exists act_idx_desk_auth_task_read on act_ru_authorization (resource_id_)
  where type_ < 2 and (resource_type_ = 6 or resource_type_ = 7);

analyze act_ru_authorization;
