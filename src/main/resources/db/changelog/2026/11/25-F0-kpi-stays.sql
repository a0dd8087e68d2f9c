--liquibase formatted sql

--changeset communityops:kpi-stays-1
-- Members at an instant from a daily rollup of membership flows (docs/decisions/0017-kpi-rollup-speed.md).
-- A membership event's arrival, so the rollup job finds the communities whose history changed since its last run
-- (however old the event), and a reader knows whether the flows still hold for a community. Existing events count
-- as arrived long ago: the rollup layout changes with this changelog, so every tenant's flows are rebuilt from them
-- on the job's next run, and until then the readers count from the events.
alter table membership_event add column created_at timestamptz not null default timestamptz '1970-01-01 00:00:00+00';
alter table membership_event alter column created_at set default now();
create index membership_event_arrival_ix on membership_event (tenant_id, created_at) include (community_id, occurred_at)
    where type in ('JOINED', 'LEFT', 'ELIMINATED');

-- Per community and tenant day, the memberships that became members (a JOINED after a non-member state) and those
-- that stopped being members (a LEFT or ELIMINATED after a JOINED), in the order of "members at an instant"
-- (time, then event id): members at the end of a day = the sum of joined - departed over the days up to it.
create table kpi_member_flow (
    tenant_id     uuid          not null references tenant (id),
    community_id  uuid          not null,
    day           date          not null,
    joined        integer       not null,
    departed      integer       not null,
    created_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    primary key (tenant_id, community_id, day)
);

grant select, insert, update, delete on kpi_member_flow to ${app_role};

--changeset communityops:kpi-stays-2
alter table kpi_member_flow enable row level security;
alter table kpi_member_flow force row level security;
create policy tenant_isolation on kpi_member_flow using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
