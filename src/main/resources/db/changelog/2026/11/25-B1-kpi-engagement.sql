--liquibase formatted sql

--changeset communityops:kpi-engagement-1
-- The rollup job finds the community-days of events that arrived since its last run by arrival time
-- (docs/decisions/0013-kpis-and-rollups.md). Created on the partitioned table, so every partition, present and
-- future, gets it.
create index engagement_event_arrival_ix on engagement_event (tenant_id, created_at) include (community_id, occurred_at);
