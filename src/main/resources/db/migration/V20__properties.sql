-- Properties (项目): the company's service centres. Each runs its own front desk, rota, buildings and
-- households; cases, households, rota lines, regions and unified answers belong to one. The code is
-- the Camunda tenant id of the property's process instances and part of its case numbers, so it
-- never changes. Time zone and front-desk hours left null follow the company's defaults
-- (desk.time-zone, desk.front-desk-hours).
create table property (
    code              varchar(12)  primary key,
    name              varchar(100) not null,
    address           varchar(300),
    phone             varchar(30),
    time_zone         varchar(40),
    front_desk_opens  time,
    front_desk_closes time,
    created_at        timestamp with time zone not null
);

-- Everything the desk held before belongs to the one property it served: nothing is lost, and it
-- keeps working under the company's time zone and hours. The code is chosen at upgrade time
-- (DESK_DEFAULT_PROPERTY_CODE, default MAIN); the name can be changed later.
insert into property (code, name, created_at)
    values ('${defaultPropertyCode}', '${defaultPropertyName}', current_timestamp);

alter table service_case add column property_code varchar(12);
update service_case set property_code = '${defaultPropertyCode}';
alter table service_case alter column property_code set not null;
alter table service_case add constraint fk_service_case_property
    foreign key (property_code) references property (code);
create index ix_service_case_property on service_case (property_code, received_at);

alter table household add column property_code varchar(12);
update household set property_code = '${defaultPropertyCode}';
alter table household alter column property_code set not null;
alter table household add constraint fk_household_property
    foreign key (property_code) references property (code);

alter table duty_shift add column property_code varchar(12);
update duty_shift set property_code = '${defaultPropertyCode}';
alter table duty_shift alter column property_code set not null;
alter table duty_shift add constraint fk_duty_shift_property
    foreign key (property_code) references property (code);
create index ix_duty_shift_property_group on duty_shift (property_code, group_id, duty_role);

alter table region add column property_code varchar(12);
update region set property_code = '${defaultPropertyCode}';
alter table region alter column property_code set not null;
alter table region add constraint fk_region_property
    foreign key (property_code) references property (code);

alter table building_region add column property_code varchar(12);
update building_region set property_code = '${defaultPropertyCode}';
alter table building_region alter column property_code set not null;
alter table building_region add constraint fk_building_region_property
    foreign key (property_code) references property (code);

-- a unified answer without a property is the company's: every property uses it unless it has its own
alter table unified_answer add column property_code varchar(12);
update unified_answer set property_code = '${defaultPropertyCode}';
alter table unified_answer add constraint fk_unified_answer_property
    foreign key (property_code) references property (code);

-- case numbers are counted per property and day
alter table case_number_counter add column property_code varchar(12);
update case_number_counter set property_code = '${defaultPropertyCode}';
alter table case_number_counter alter column property_code set not null;
