--liquibase formatted sql

--changeset communityops:report-service-level-1
-- Whether the community's operations report shows the agency's service level (tasks of the period done on time)
-- in its Manage section: a tenant admin's choice per community, kept beside the community's report schedule.
alter table report_schedule add column service_level boolean not null default false;
