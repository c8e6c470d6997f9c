-- SVC-10: a monthly special-service report still not written when it falls due is chased: the
-- customer-service head is reminded the day before, and at the deadline the centre manager follows
-- it up; when the head was reminded, and who chased it, when and with what result, are kept.
alter table special_service_report add column reminded_at timestamp with time zone;
alter table special_service_report add column chased_by varchar(64);
alter table special_service_report add column chased_at timestamp with time zone;
alter table special_service_report add column chase_note varchar(2000);
