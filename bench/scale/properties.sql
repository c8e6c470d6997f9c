-- Spreads a scaled work queue over :properties properties (issue 20), as a company with that many
-- service centres would have it: the demo's 阳光花园 (YG) and 海岚湾 (HL) and P03..P<n>, each a
-- Camunda tenant; every process instance tree (and so its tasks, executions and case) belongs to
-- one property, chosen by its root instance id. The demo users work for YG, the company's quality
-- user and auditor for all. Run again with another :properties to re-spread the same queue
-- (1 puts everything back at YG: the single-property figures).
--   psql -v properties=20 -f properties.sql
\set ON_ERROR_STOP 1
create extension if not exists pgcrypto;

create temp table prop as
  select g as n, case g when 1 then 'YG' when 2 then 'HL' else 'P' || lpad(g::text, 2, '0') end as code
  from generate_series(1, :properties) g;

insert into property (code, name, created_at)
  select code, '压测项目 ' || code, now() from prop where code not in (select code from property);
insert into act_id_tenant (id_, name_, rev_)
  select code, code, 1 from prop where code not in (select id_ from act_id_tenant);
insert into act_id_tenant_member (id_, tenant_id_, user_id_, group_id_)
  select gen_random_uuid()::text, p.code, null, g.grp
  from prop p, (values ('quality'), ('auditor')) g(grp)
  where not exists (select 1 from act_id_tenant_member m where m.tenant_id_ = p.code and m.group_id_ = g.grp);

create temp table root_prop as
  select r.root, (select code from prop where n = 1 + abs(hashtext(r.root)) % :properties) as code
  from (select distinct root_proc_inst_id_ as root from act_ru_execution where root_proc_inst_id_ is not null) r;
create index on root_prop (root);

update act_ru_execution e set tenant_id_ = rp.code from root_prop rp where e.root_proc_inst_id_ = rp.root;
update act_ru_task t set tenant_id_ = e.tenant_id_ from act_ru_execution e where t.proc_inst_id_ = e.id_;
update service_case c set property_code = rp.code from root_prop rp where c.process_instance_id = rp.root;
analyze act_ru_task;
analyze act_ru_execution;
select tenant_id_ as property, count(*) as open_tasks from act_ru_task group by tenant_id_ order by 1;
