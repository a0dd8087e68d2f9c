--liquibase formatted sql

--changeset communityops:members-health-settings-1
-- The tenant's member-health thresholds (docs/decisions/0047-member-health.md); no row means the defaults below. The
-- recompute job keeps computed_on and computed_at (the tenant day and the time of the last full recompute: the daily
-- run happens once a day in the tenant's zone, and the screens say "as of") and recompute_requested (set when the
-- thresholds are saved: the job recomputes within a minute).
create table member_health_setting (
    tenant_id            uuid          not null references tenant (id),
    champion_min         smallint      not null default 70,
    steady_min           smallint      not null default 45,
    at_risk_min          smallint      not null default 25,
    slipping_min         smallint      not null default 10,
    new_days             smallint      not null default 14,
    dormant_days         smallint      not null default 60,
    activities_counted   smallint      not null default 4,
    computed_on          date,
    computed_at          timestamptz,
    recompute_requested  boolean       not null default false,
    updated_at           timestamptz,
    version              bigint        not null default 0,
    primary key (tenant_id),
    check (100 >= champion_min and champion_min > steady_min and steady_min > at_risk_min
           and at_risk_min > slipping_min and slipping_min >= 1),
    check (new_days between 0 and 90),
    check (dormant_days between 7 and 365),
    check (activities_counted between 1 and 20)
);

grant select, insert, update, delete on member_health_setting to ${app_role};

alter table member_health_setting enable row level security;
alter table member_health_setting force row level security;
create policy tenant_isolation on member_health_setting
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table member_health_setting is 'owned by members';

-- Members who left a community during the running month, by the segment they had when it began (NONE: joined during
-- it): their member_health row is removed when they leave, so the month's flow to GONE is counted here until the
-- month closes and the recompute folds it into member_health_flow.
create table member_health_departure (
    tenant_id     uuid          not null references tenant (id),
    community_id  uuid          not null,
    month         date          not null,
    from_segment  varchar(16)   not null,
    members       integer       not null check (members > 0),
    primary key (tenant_id, community_id, month, from_segment),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on member_health_departure to ${app_role};

alter table member_health_departure enable row level security;
alter table member_health_departure force row level security;
create policy tenant_isolation on member_health_departure
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table member_health_departure is 'owned by members';
