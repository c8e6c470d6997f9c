-- Issue 17: the KPI dashboard counts a property's open cases by age on every load. Open cases are
-- few; with this index the count reads only them, not every case the property ever had.
create index ix_service_case_open on service_case (property_code, archived_at, received_at);
