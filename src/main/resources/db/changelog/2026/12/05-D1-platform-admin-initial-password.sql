--liquibase formatted sql

--changeset communityops:platform-admin-initial-password-1
-- The platform admin created from configuration on an empty production database signs in with a password that was
-- handed over in the environment; until they set their own, they can do nothing else (docs/decisions/0026).
alter table platform_admin add column must_change_password boolean not null default false;
