--liquibase formatted sql

--changeset communityops:members-health-segment-order-1
-- The members grid filtered by one segment and sorted by health reads the segment's members in (score, membership)
-- order. Without the membership in the index the rows of each score were sorted after reading them all (a tenth
-- of a large community for a common score), so a page took about 100 ms at a million members; with it the page is a
-- seek and a short scan, as the unfiltered page by health already was.
drop index member_health_segment_ix;
create index member_health_segment_ix on member_health (tenant_id, community_id, segment, score, membership_id);
