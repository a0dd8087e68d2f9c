--liquibase formatted sql

--changeset communityops:kpi-joiner-indexes-1
-- The dashboard's joiners (activation and funnel), cohorts and attendance base read a period's JOINED events of a
-- community by this index and need each one's membership and id: with them included the index alone answers,
-- instead of one table visit per event (a few thousand per period). Same key, so every other reader is unchanged.
drop index membership_event_flow_ix;
create index membership_event_flow_ix on membership_event (tenant_id, community_id, type, occurred_at)
    include (membership_id, id);
-- The funnel's applications count per acquisition channel from the members grid's applied-date index: the channel
-- included spares a table visit per application.
drop index membership_applied_ix;
create index membership_applied_ix on membership (tenant_id, community_id, applied_at, id) include (channel_id);
