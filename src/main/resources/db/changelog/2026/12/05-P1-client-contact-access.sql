--liquibase formatted sql

--changeset communityops:client-contact-access-1
-- A tenant admin's explicit grant: the client's users may read the contact fields (handle, phone, email, external
-- id, notes) of the members of the client's own communities. Off unless granted; see decision 0021.
alter table client add column contact_access boolean not null default false;
