-- SVC-06: a service outside the catalogue is booked with code OTHER and the resident's own words
-- for it; the department head (cs-head) approves it, naming the group that delivers it, or refuses
-- it with the reason the resident is told. Until then the delivering group is not known.
alter table special_service_booking add column outside_catalogue boolean not null default false;
alter table special_service_booking add column head_approved boolean;
alter table special_service_booking add column head_decision varchar(2000);
alter table special_service_booking add column head_decided_by varchar(64);
alter table special_service_booking add column head_decided_at timestamp with time zone;
alter table special_service_booking alter column delivering_group drop not null;
