--liquibase formatted sql

--changeset communityops:kpi-perf-1
-- KPI reads at scale (docs/decisions/0017-kpi-rollup-speed.md).
-- The event types a member had on a day, one bit per type (MESSAGE_POSTED 1, REPLY 2, REACTION 4, CONTENT_VIEWED 8,
-- ACTIVITY_ATTENDED 16, CHECK_IN 32, REFERRAL 64, CUSTOM 128): activation reads the member-days and probes the
-- events only on the first and last day of a joiner's window, where the time of day matters.
alter table kpi_member_day add column types smallint not null default 0;
-- Rollups written before a change of their layout are rebuilt by the next run; 2 is the layout with types.
alter table kpi_rollup_state add column layout integer not null default 1;
-- Every reader of kpi_member_day now reads a range of days of one community (primary key) and joins the members
-- it needs by hash; the second index cost a third of a rebuild and of every refresh.
drop index kpi_member_day_member_ix;

-- Members at an instant (latest stay event before it is JOINED), joins, departures and the attendance base, per
-- community or across the tenant: one pass in membership order over this index alone, without a sort.
create index membership_event_stay_ix on membership_event (tenant_id, community_id, membership_id, occurred_at)
    include (type, id) where type in ('JOINED', 'LEFT', 'ELIMINATED');
-- The screening pass rate reads the applications decided in a period; there was no index on decided_at.
create index membership_decided_ix on membership (tenant_id, community_id, decided_at) include (status)
    where decided_at is not null;
-- Members of a community at any time in a period (joined before its end, not left before its start), the
-- denominator of the purchase rates and ARPU, for the tenant overview's fifty communities at once.
create index membership_stay_ix on membership (tenant_id, community_id, joined_at) include (left_at, member_id);

--changeset communityops:kpi-perf-2
-- The joiners of a period (from membership_event) as members and channels: the community's memberships by id
-- from this index alone, instead of a lookup of the table per joiner or a scan of every membership.
create index membership_community_ix on membership (tenant_id, community_id, id) include (member_id, channel_id);
