--liquibase formatted sql

--changeset communityops:members-health-1
-- Each joined membership's health: a score of 0-100 from recency, frequency and breadth of engagement, attendance
-- and purchases, minus warnings and red lines, the segment it falls in by the tenant's thresholds, and the factors
-- behind it (a JSON list of {"kind", "value", "of"}, shown as "silent 18 days; attended 0 of the last 4
-- activities"). A daily job rewrites the rows of every joined membership; trend keeps the score of each of the last
-- twelve weeks, oldest first, for the member's panel. month_start_segment is the segment the membership had when
-- the current month began (null when it joined during the month), so the month's flows between segments are read
-- from this table while the month runs, and member_health_flow keeps them once it has closed.
create table member_health (
    tenant_id            uuid          not null references tenant (id),
    membership_id        uuid          not null,
    community_id         uuid          not null,
    member_id            uuid          not null,
    score                smallint      not null check (score between 0 and 100),
    segment              varchar(16)   not null,
    factors              jsonb         not null default '[]'::jsonb,
    segment_since        date          not null,
    month                date          not null,
    month_start_segment  varchar(16),
    trend                smallint[]    not null default '{}',
    computed_at          timestamptz   not null,
    primary key (tenant_id, membership_id),
    check (segment in ('CHAMPION', 'STEADY', 'NEW', 'AT_RISK', 'SLIPPING', 'DORMANT')),
    check (month_start_segment in ('CHAMPION', 'STEADY', 'NEW', 'AT_RISK', 'SLIPPING', 'DORMANT')),
    foreign key (tenant_id, membership_id) references membership (tenant_id, id) on delete cascade
);
-- The members grid pages by keyset on (score, membership) within a community, and filters by segment.
create index member_health_score_ix on member_health (tenant_id, community_id, score, membership_id);
create index member_health_segment_ix on member_health (tenant_id, community_id, segment, score);

grant select, insert, update, delete on member_health to ${app_role};

alter table member_health enable row level security;
alter table member_health force row level security;
create policy tenant_isolation on member_health
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table member_health is 'owned by members';

-- How many members of a community went from one segment to another during a closed month. from_segment NONE: not a
-- joined member when the month began; to_segment GONE: left or eliminated by its end.
create table member_health_flow (
    tenant_id     uuid          not null references tenant (id),
    community_id  uuid          not null,
    month         date          not null,
    from_segment  varchar(16)   not null,
    to_segment    varchar(16)   not null,
    members       integer       not null check (members > 0),
    primary key (tenant_id, community_id, month, from_segment, to_segment),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on member_health_flow to ${app_role};

alter table member_health_flow enable row level security;
alter table member_health_flow force row level security;
create policy tenant_isolation on member_health_flow
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table member_health_flow is 'owned by members';
