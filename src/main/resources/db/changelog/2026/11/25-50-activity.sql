--liquibase formatted sql

--changeset communityops:activity-1
-- The tenant's activity types: seeded ones keep a seed_key and show a translated name until renamed.
create table activity_type (
    tenant_id   uuid          not null references tenant (id),
    id          uuid          not null,
    seed_key    varchar(40),
    name        varchar(60),
    kind        varchar(12)   not null check (kind in ('REGULAR', 'INNOVATIVE')),
    colour      varchar(7)    check (colour ~ '^#[0-9a-fA-F]{6}$'),
    position    integer       not null,
    archived    boolean       not null default false,
    created_at  timestamptz   not null,
    version     bigint        not null,
    primary key (tenant_id, id),
    check (seed_key is not null or name is not null)
);
create unique index activity_type_seed_uk on activity_type (tenant_id, seed_key) where seed_key is not null;
create unique index activity_type_name_uk on activity_type (tenant_id, lower(name)) where name is not null;

-- A recurring series: the rule and the local wall-clock start, expanded in the zone it was planned in.
create table activity_series (
    tenant_id         uuid          not null references tenant (id),
    id                uuid          not null,
    community_id      uuid          not null,
    frequency         varchar(8)    not null check (frequency in ('DAILY', 'WEEKLY', 'MONTHLY')),
    interval_n        integer       not null check (interval_n between 1 and 99),
    weekdays          varchar(70),
    monthly_by        varchar(16)   check (monthly_by in ('DAY_OF_MONTH', 'NTH_WEEKDAY', 'LAST_WEEKDAY')),
    until_date        date,
    max_count         integer       check (max_count between 1 and 400),
    first_start       timestamp     not null,
    duration_minutes  integer       not null check (duration_minutes > 0),
    zone              varchar(60)   not null,
    created_at        timestamptz   not null,
    version           bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);

-- One activity, or one occurrence of a series; attendance, status and edits attach here.
create table activity (
    tenant_id       uuid           not null references tenant (id),
    id              uuid           not null,
    community_id    uuid           not null,
    series_id       uuid,
    original_start  timestamptz,
    detached        boolean        not null default false,
    type_id         uuid           not null,
    title           varchar(160)   not null,
    description     varchar(4000),
    host_kind       varchar(8)     not null check (host_kind in ('STAFF', 'MEMBER', 'TEXT')),
    host_user_id    uuid,
    host_member_id  uuid,
    host_text       varchar(120),
    online_link     varchar(500)   check (online_link ~* '^https?://'),
    place           varchar(200),
    starts_at       timestamptz    not null,
    ends_at         timestamptz    not null,
    capacity        integer        check (capacity > 0),
    funnel_stage    varchar(10)    not null check (funnel_stage in ('ACQUIRE', 'ACTIVATE', 'CONVERT')),
    status          varchar(10)    not null check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    outcome_notes   varchar(4000),
    created_at      timestamptz    not null,
    version         bigint         not null,
    primary key (tenant_id, id),
    check (ends_at > starts_at),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, series_id) references activity_series (tenant_id, id),
    foreign key (tenant_id, type_id) references activity_type (tenant_id, id),
    foreign key (tenant_id, host_user_id) references user_account (tenant_id, id),
    foreign key (tenant_id, host_member_id) references member (tenant_id, id)
);
create index activity_community_start_ix on activity (tenant_id, community_id, starts_at);
create index activity_series_ix on activity (tenant_id, series_id, original_start) where series_id is not null;
create index activity_type_ix on activity (tenant_id, type_id);

-- Attending is an engagement: one row per member and occurrence, counted later by the KPI work.
create table activity_attendance (
    tenant_id     uuid          not null references tenant (id),
    id            uuid          not null,
    activity_id   uuid          not null,
    community_id  uuid          not null,
    member_id     uuid          not null,
    attended_at   timestamptz   not null,
    marked_by     uuid,
    created_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, activity_id) references activity (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create unique index activity_attendance_uk on activity_attendance (tenant_id, activity_id, member_id);
create index activity_attendance_engagement_ix on activity_attendance (tenant_id, community_id, attended_at);
create index activity_attendance_member_ix on activity_attendance (tenant_id, community_id, member_id);

grant select, insert, update, delete on activity_type, activity_series, activity, activity_attendance to ${app_role};

--changeset communityops:activity-2 splitStatements:false
-- Row-level security on every table of this changelog.
do $$
declare
    t text;
begin
    foreach t in array array['activity_type', 'activity_series', 'activity', 'activity_attendance']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
