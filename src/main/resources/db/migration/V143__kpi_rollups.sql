-- Issue 17: the KPI figures of a closed month, counted once per property (reports.KpiRollups) so
-- that a company-wide year reads counts, not a million cases. A month's counts are used only while
-- they are fresh: no case of the month (or its complaint or deadline clocks) changed since they
-- were counted (kpi_rollup_dirty, written by triggers, V144) and no deadline counted as running has
-- fallen due since (valid_until).
create table kpi_rollup_month (
  property_code varchar(12) not null,
  rollup_month  varchar(7)  not null,
  month_start   timestamp with time zone not null,
  month_end     timestamp with time zone not null,
  fresh         boolean not null,
  valid_until   timestamp with time zone,
  computed_at   timestamp with time zone,
  primary key (property_code, rollup_month)
);

-- the month's cases counted by local day, category, channel, complaint severity, team and handler
create table kpi_rollup_case (
  property_code       varchar(12) not null,
  rollup_month        varchar(7)  not null,
  day_number          bigint      not null,
  category            varchar(32) not null,
  channel             varchar(32) not null,
  severity            varchar(16),
  team                varchar(64),
  handler             varchar(64),
  requests            bigint not null,
  handled             bigint not null,
  reworked            bigint not null,
  answers             bigint not null,
  satisfied           bigint not null,
  callbacks           bigint not null,
  callbacks_satisfied bigint not null,
  closed              bigint not null,
  complaints          bigint not null
);
create index ix_kpi_rollup_case on kpi_rollup_case (property_code, rollup_month);

-- the deadline clocks of the month's cases, met and missed, by rule and the local day they fell due
create table kpi_rollup_clock (
  property_code varchar(12) not null,
  rollup_month  varchar(7)  not null,
  category      varchar(32) not null,
  team          varchar(64),
  handler       varchar(64),
  rule_id       varchar(16) not null,
  due_day       bigint      not null,
  met           bigint not null,
  missed        bigint not null
);
create index ix_kpi_rollup_clock on kpi_rollup_clock (property_code, rollup_month);

-- cases changed (they, their complaint or a deadline clock) since their month was last counted:
-- one row per case and the property and time it was received; removed when the month is counted
create table kpi_rollup_dirty (
  property_code varchar(12) not null,
  received_at   timestamp with time zone not null,
  case_id       bigint not null,
  primary key (property_code, received_at, case_id)
);
