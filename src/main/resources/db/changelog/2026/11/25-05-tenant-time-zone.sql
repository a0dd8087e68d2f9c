--liquibase formatted sql

--changeset communityops:tenant-time-zone-1
-- Schedules (activities, publish times) are entered and shown in the tenant's zone; an IANA zone id.
alter table tenant add column time_zone varchar(64) not null default 'Asia/Shanghai';
