--liquibase formatted sql

--changeset communityops:member-email-index-1
-- A join page's applicant who proved an email address gets the standing the tenant's records hold for it
-- (MemberStandingService.byEmail): looked up by this index rather than by reading every member of the tenant.
create index member_email_ix on member (tenant_id, lower(email)) where email is not null;
