-- Scale-up of a database that already holds real cases (the timer-storm database: 10,000 cases,
-- each with a front-desk task and a supervisor escalation task): clones open tasks with candidate
-- groups spread over the staff groups until :tasks open tasks exist, and clones history rows
-- (activity, task, variable, detail, identity-link history of real instances, under new process
-- instance ids) until :history rows exist in those ACT_HI_* tables. Run with
--   psql -v tasks=50000 -v history=1000000 -f generate.sql
\set ON_ERROR_STOP 1
create extension if not exists pgcrypto;

-- open tasks ------------------------------------------------------------------------------------
create temp table src_task as select * from act_ru_task;
select greatest(0, ceil((:tasks - (select count(*) from act_ru_task))::numeric / (select count(*) from src_task)))::int as copies \gset
create temp table new_task as select t.*, g as copy_no, t.id_ as src_id from src_task t, generate_series(1, :copies) g;
update new_task set id_ = gen_random_uuid()::text,
                    priority_ = (array[25, 50, 50, 50, 75, 100])[1 + (abs(hashtext(id_ || copy_no)) % 6)],
                    due_date_ = now() + ((abs(hashtext(src_id || copy_no)) % 14400) - 2880) * interval '1 minute',
                    assignee_ = case when abs(hashtext(src_id || copy_no || 'a')) % 10 = 0 then 'engineer' else null end;
delete from new_task where id_ in (select id_ from new_task order by id_ offset greatest(0, :tasks - (select count(*) from act_ru_task)));
alter table new_task drop column copy_no;
create temp table new_link as
  select gen_random_uuid()::text as id_, 1 as rev_,
         (array['engineering','engineering','security','front-desk','supervisor','centre-manager','security-control','cs-head'])[1 + (abs(hashtext(id_)) % 8)] as group_id_,
         'candidate' as type_, id_ as task_id_
  from new_task;
alter table new_task drop column src_id;
insert into act_ru_task select * from new_task;
insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
  select id_, rev_, group_id_, type_, null, task_id_, null, null from new_link;
-- the engine grants a candidate group read/work on each of its tasks (task-level authorization):
-- the clones get the same grant as a real task of the desk, else the groups would not see them
insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
  select gen_random_uuid()::text, 1, 1, l.group_id_, null, 7, l.task_id_,
         (select perms_ from act_ru_authorization where resource_type_ = 7 and group_id_ is not null and type_ = 1 limit 1)
  from new_link l;

-- history ---------------------------------------------------------------------------------------
create temp table hi_count as select
  (select count(*) from act_hi_actinst) + (select count(*) from act_hi_taskinst) + (select count(*) from act_hi_varinst)
  + (select count(*) from act_hi_detail) + (select count(*) from act_hi_identitylink) + (select count(*) from act_hi_procinst) as n;
select greatest(0, ceil((:history - (select n from hi_count))::numeric / (select n from hi_count)))::int as hcopies \gset
create temp table pmap as select p.proc_inst_id_ as old, g, gen_random_uuid()::text as new,
  'RS-BULK-' || g || '-' || p.business_key_ as bk from act_hi_procinst p, generate_series(1, :hcopies) g;
create index on pmap (old);
DO $$
DECLARE t text; cols text; sel text;
BEGIN
  FOREACH t IN ARRAY array['act_hi_procinst','act_hi_actinst','act_hi_taskinst','act_hi_varinst','act_hi_detail','act_hi_identitylink'] LOOP
    SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position),
           string_agg(CASE
               WHEN column_name = 'id_' THEN 'gen_random_uuid()::text'
               WHEN column_name IN ('proc_inst_id_', 'root_proc_inst_id_') THEN 'm.new'
               WHEN column_name = 'business_key_' THEN 'm.bk'
               ELSE 's.' || quote_ident(column_name) END, ',' ORDER BY ordinal_position)
      INTO cols, sel FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t;
    IF t = 'act_hi_identitylink' THEN
      EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I s JOIN pmap m ON m.old = s.root_proc_inst_id_', t, cols, sel, t);
    ELSE
      EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I s JOIN pmap m ON m.old = s.proc_inst_id_', t, cols, sel, t);
    END IF;
  END LOOP;
END $$;
analyze;
select 'open tasks', count(*) from act_ru_task
union all select 'history rows', (select count(*) from act_hi_actinst) + (select count(*) from act_hi_taskinst) + (select count(*) from act_hi_varinst)
  + (select count(*) from act_hi_detail) + (select count(*) from act_hi_identitylink) + (select count(*) from act_hi_procinst);
