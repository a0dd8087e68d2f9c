--liquibase formatted sql

--changeset communityops:screening-1
-- The screening screens list a community's codes, conditions and red lines; each gets an index led by the tenant.
create index invitation_code_community_ix on invitation_code (tenant_id, community_id, created_at, id);
create index screening_condition_community_ix on screening_condition (tenant_id, community_id, position);
create index red_line_community_ix on red_line (tenant_id, community_id, created_at, id);
-- Elimination candidates by warnings; the inactivity half uses membership_active_ix.
create index membership_warnings_ix on membership (tenant_id, community_id, warning_count)
    where status = 'JOINED' and warning_count > 0;
