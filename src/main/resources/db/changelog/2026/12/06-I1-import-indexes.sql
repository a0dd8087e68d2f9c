--liquibase formatted sql

--changeset communityops:import-indexes-1
-- Every member and membership written costs one entry in each of their indexes, and the member import writes
-- 100,000 of each in one transaction (docs/performance.md). Two indexes held entries that no query needs.

-- member_handle_uk already holds every record not kept apart (match_of is null); the records kept apart are the
-- only ones member_handle_ix added. An ordinary member now costs one handle entry instead of two.
drop index member_handle_ix;
create index member_handle_ix on member (tenant_id, lower(handle)) where match_of is not null;

-- membership_joined_ix (the grid's order by joined date) and membership_stay_ix (members of a community at a time,
-- read by the KPIs from the index alone) had the same leading columns: one index now serves both, ordered by
-- (joined_at, id) for the grid and carrying left_at and member_id for the KPIs.
drop index membership_stay_ix;
drop index membership_joined_ix;
create index membership_joined_ix on membership (tenant_id, community_id, joined_at, id) include (left_at, member_id);
