--liquibase formatted sql

--changeset communityops:kpi-1
-- A community's business logic (the source text's canvas) and the settings its KPIs are computed with.
create table kpi_canvas (
    tenant_id          uuid            not null references tenant (id),
    community_id       uuid            not null,
    founder_resources  varchar(2000),
    target_users       varchar(2000),
    problem_solved     varchar(2000),
    value_provided     varchar(2000),
    monetisation       varchar(2000),
    core_goal          varchar(2000),
    kpi_breakdown      varchar(2000),
    activation_days    integer         not null default 7 check (activation_days between 1 and 90),
    activation_types   varchar(24)[]   not null default '{MESSAGE_POSTED,REPLY,ACTIVITY_ATTENDED,CHECK_IN}',
    currency           char(3)         not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    created_at         timestamptz     not null,
    version            bigint          not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);

-- Status thresholds of the tenant: green at or above green_percent of the target, amber at or above amber_percent.
create table kpi_setting (
    tenant_id      uuid           not null references tenant (id),
    green_percent  numeric(5, 1)  not null default 100 check (green_percent > 0),
    amber_percent  numeric(5, 1)  not null default 90 check (amber_percent > 0 and amber_percent <= green_percent),
    created_at     timestamptz    not null,
    version        bigint         not null,
    primary key (tenant_id)
);

-- A target for one KPI of a community in one month or quarter; last_status remembers the last evaluation, so
-- a KPI turning red notifies once, not on every evaluation.
create table kpi_target (
    tenant_id          uuid            not null references tenant (id),
    id                 uuid            not null,
    community_id       uuid            not null,
    period_kind        varchar(7)      not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start       date            not null,
    kpi                varchar(32)     not null,
    target             numeric(16, 2)  not null check (target >= 0),
    last_status        varchar(5)      check (last_status in ('GREEN', 'AMBER', 'RED')),
    status_changed_at  timestamptz,
    created_at         timestamptz     not null,
    version            bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create unique index kpi_target_uk on kpi_target (tenant_id, community_id, period_kind, period_start, kpi);

-- Rollups (docs/decisions/0013-kpis-and-rollups.md). Days are the tenant's days. kpi_member_day holds each member
-- active in a community on a day once: distinct counts over any window (WAU, MAU, cohorts) are exact.
create table kpi_member_day (
    tenant_id     uuid         not null references tenant (id),
    community_id  uuid         not null,
    day           date         not null,
    member_id     uuid         not null,
    events        integer      not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    primary key (tenant_id, community_id, day, member_id)
);
create index kpi_member_day_member_ix on kpi_member_day (tenant_id, community_id, member_id, day);

create table kpi_daily (
    tenant_id          uuid         not null references tenant (id),
    community_id       uuid         not null,
    day                date         not null,
    active_members     integer      not null,
    events             integer      not null,
    message_posted     integer      not null,
    reply              integer      not null,
    reaction           integer      not null,
    content_viewed     integer      not null,
    activity_attended  integer      not null,
    check_in           integer      not null,
    referral           integer      not null,
    custom             integer      not null,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    primary key (tenant_id, community_id, day)
);

-- How far the incremental job has read the events (by their arrival time), and the zone the days were cut in.
create table kpi_rollup_state (
    tenant_id   uuid          not null references tenant (id),
    watermark   timestamptz   not null,
    zone        varchar(64)   not null,
    rebuilt_at  timestamptz,
    created_at  timestamptz   not null,
    version     bigint        not null,
    primary key (tenant_id)
);

grant select, insert, update, delete on kpi_canvas, kpi_setting, kpi_target, kpi_member_day, kpi_daily,
    kpi_rollup_state to ${app_role};

--changeset communityops:kpi-2 splitStatements:false
-- Row-level security on every table of this changelog.
do $$
declare
    t text;
begin
    foreach t in array array['kpi_canvas', 'kpi_setting', 'kpi_target', 'kpi_member_day', 'kpi_daily',
                             'kpi_rollup_state']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
