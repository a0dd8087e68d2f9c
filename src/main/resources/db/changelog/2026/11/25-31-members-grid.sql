--liquibase formatted sql

--changeset communityops:members-grid-1
-- The members grid pages by keyset on (sort key, id) within a community; these two sort orders had no index to
-- seek in. Joined date, last active and warnings page by OFFSET (see docs/performance.md), so they get none.
create index membership_handle_ix on membership (tenant_id, community_id, member_handle, id);
create index membership_applied_ix on membership (tenant_id, community_id, applied_at, id);
