--liquibase formatted sql

--changeset communityops:members-health-segment-order-1
-- One index serves every read of member_health in health order: (segment, score, membership) within a community.
-- A page by health with no segment filter merges the six segments' runs, each already in (score, membership)
-- order, and reads at most a page from each; a page filtered by segment seeks in that segment's run. The score index
-- is dropped: the daily recompute writes every index entry of a row whose score changes, and two indexes that both
-- end with the membership (neither can be deduplicated) made the recompute of a million members 72 s, over its
-- 60 s target; the old segment index without the membership sorted a common score's rows on every page (96 ms).
drop index member_health_score_ix;
drop index member_health_segment_ix;
create index member_health_segment_ix on member_health (tenant_id, community_id, segment, score, membership_id);
