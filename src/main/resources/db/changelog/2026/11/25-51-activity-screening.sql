--liquibase formatted sql

--changeset communityops:activity-screening-1
-- A condition may be met by attendance: "attended at least N activities", optionally of one activity type.
-- No foreign key to activity_type: screening does not know the activity feature; an unknown type counts nothing.
alter table screening_condition add column min_attended integer check (min_attended between 1 and 100);
alter table screening_condition add column attended_type_id uuid;
