--liquibase formatted sql

--changeset communityops:kpi-peer-figures-1
-- Every KPI of each community that can be a peer (active, with a vertical), for the running month and quarter, as
-- computed after the latest rollup run for the day as_of (docs/decisions/0049-peer-bands-and-verticals.md). The rollups change only
-- when the job runs, so the peer bands read their peers' figures here, on every node, instead of the first
-- dashboard of a group computing its peers' KPIs while its reader waits. kpis and figures are parallel arrays: the
-- KPI's name and its value, null where it has none (a rate of an empty denominator). Rows of ended periods are
-- removed by the next run.
create table kpi_peer_figure (
    tenant_id     uuid           not null references tenant (id),
    community_id  uuid           not null,
    period_kind   varchar(7)     not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start  date           not null,
    as_of         date           not null,
    kpis          varchar(32)[]  not null,
    figures       numeric[]      not null,
    computed_at   timestamptz    not null,
    primary key (tenant_id, community_id, period_kind, period_start),
    check (cardinality(kpis) = cardinality(figures)),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on kpi_peer_figure to ${app_role};

alter table kpi_peer_figure enable row level security;
alter table kpi_peer_figure force row level security;
create policy tenant_isolation on kpi_peer_figure
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table kpi_peer_figure is 'owned by kpi';
