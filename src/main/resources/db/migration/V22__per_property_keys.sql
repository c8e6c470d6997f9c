-- The keys that were company-wide become per property (V21 dropped the old ones): two estates
-- both have a unit 1-0502, a region called North and a building 3, and each counts its own cases.
alter table household add constraint uq_household_unit unique (property_code, unit);
alter table region add constraint uq_region_name unique (property_code, name);
alter table building_region add constraint pk_building_region primary key (property_code, building);
alter table case_number_counter add constraint pk_case_number_counter
    primary key (property_code, counter_day);
-- versions are counted per property, and once for the company's own answers (no property)
alter table unified_answer add constraint uq_unified_answer
    unique nulls not distinct (property_code, topic, version);
create index ix_unified_answer_topic on unified_answer (topic, status);
