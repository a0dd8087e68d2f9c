--liquibase formatted sql

--changeset communityops:engagement-1
-- Engagement events: the raw material of DAU/MAU, activation and retention. The biggest table by far (tens of
-- millions of rows per tenant a year), so it is partitioned by month of occurrence: old months can be detached
-- or dropped whole, and KPI queries over a period touch only its partitions. See
-- docs/decisions/0011-engagement-events.md.
create table engagement_event (
    tenant_id     uuid          not null references tenant (id),
    id            uuid          not null,
    occurred_at   timestamptz   not null,
    community_id  uuid          not null,
    member_id     uuid          not null,
    type          varchar(24)   not null check (type in ('MESSAGE_POSTED', 'REPLY', 'REACTION', 'CONTENT_VIEWED',
                                    'ACTIVITY_ATTENDED', 'CHECK_IN', 'REFERRAL', 'CUSTOM')),
    custom_type   varchar(60),
    source        varchar(60)   not null,
    event_key     varchar(120),
    content_ref   varchar(120),
    activity_ref  varchar(120),
    properties    jsonb,
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    check ((type = 'CUSTOM') = (custom_type is not null)),
    -- A unique index of a partitioned table must contain the partition key.
    primary key (tenant_id, id, occurred_at)
) partition by range (occurred_at);
-- The KPI queries count members per community and period; member and type ride along for index-only scans.
create index engagement_event_community_ix on engagement_event (tenant_id, community_id, occurred_at)
    include (member_id, type);
create index engagement_event_member_ix on engagement_event (tenant_id, member_id, occurred_at);

-- Deduplication of events that carry their own id. A unique index on the partitioned table would have to include
-- occurred_at, so a retried event with a corrected time would slip through; this small table holds each
-- (source, key) once for the whole tenant instead.
create table engagement_event_key (
    tenant_id    uuid          not null references tenant (id),
    source       varchar(60)   not null,
    event_key    varchar(120)  not null,
    occurred_at  timestamptz   not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    primary key (tenant_id, source, event_key)
);

grant select, insert on engagement_event, engagement_event_key to ${app_role};

alter table engagement_event enable row level security;
alter table engagement_event force row level security;
create policy tenant_isolation on engagement_event
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table engagement_event_key enable row level security;
alter table engagement_event_key force row level security;
create policy tenant_isolation on engagement_event_key
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

--changeset communityops:engagement-2 splitStatements:false
-- Creates the partition of the month containing the given day, if it is missing. Runs with the owner's rights
-- (the application role may not create tables) and takes no input but a date, so it cannot be misused to create
-- anything else. The partition gets the parent's policy too and no grant at all: the application reads and writes
-- events only through the parent, where the policy applies; a direct query of a partition is refused.
create function engagement_ensure_partition(day date) returns text
    language plpgsql security definer
    set search_path = public, pg_temp
    as $$
declare
    first_day date := date_trunc('month', day)::date;
    -- Months are UTC months, whatever the session's time zone.
    name text := format('engagement_event_%s', to_char(first_day, 'YYYY_MM'));
begin
    perform pg_advisory_xact_lock(hashtext('engagement_ensure_partition'));
    if to_regclass(name) is null then
        execute format('create table %I partition of engagement_event for values from (%L) to (%L)', name,
                       to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00',
                       to_char(first_day + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
        execute format('alter table %I enable row level security', name);
        execute format('alter table %I force row level security', name);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', name);
        execute format('revoke all on %I from public', name);
    end if;
    return name;
end
$$;
revoke all on function engagement_ensure_partition(date) from public;
grant execute on function engagement_ensure_partition(date) to ${app_role};
