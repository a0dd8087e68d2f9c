--liquibase formatted sql

--changeset communityops:members-1
-- Trigram search on names and handles; a trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

-- The tenant's managed lists: member tiers (gold, diamond...) ranked, and acquisition channels (Where).
create table member_tier (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(60)  not null,
    rank        integer      not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id)
);
create unique index member_tier_name_uk on member_tier (tenant_id, lower(name));
create unique index member_tier_rank_uk on member_tier (tenant_id, rank);

create table acquisition_channel (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(80)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id)
);
create unique index acquisition_channel_name_uk on acquisition_channel (tenant_id, lower(name));

-- A person known to the tenant; one person can be in several of the tenant's communities.
create table member (
    tenant_id          uuid           not null references tenant (id),
    id                 uuid           not null,
    name               varchar(120)   not null,
    nickname           varchar(120),
    handle             varchar(120)   not null,
    phone              varchar(40),
    email              varchar(254),
    tags               varchar(40)[]  not null default '{}',
    channel_id         uuid,
    tier_id            uuid,
    lifetime_purchase  numeric(14, 2) not null default 0 check (lifetime_purchase >= 0),
    notes              varchar(2000),
    external_id        varchar(120),
    created_at         timestamptz    not null,
    version            bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, channel_id) references acquisition_channel (tenant_id, id),
    foreign key (tenant_id, tier_id) references member_tier (tenant_id, id)
);
create unique index member_handle_uk on member (tenant_id, lower(handle));
create unique index member_external_uk on member (tenant_id, external_id) where external_id is not null;

-- Custom positioning of a community: Who / Where / Why (How is the screening policy below).
create table community_positioning (
    tenant_id     uuid           not null,
    community_id  uuid           not null,
    who           varchar(2000),
    personas      varchar(60)[]  not null default '{}',
    channel_ids   uuid[]         not null default '{}',
    why           varchar(2000),
    why_tags      varchar(40)[]  not null default '{}',
    version       bigint         not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);

-- How members are screened: any of the five mechanisms, combined with ALL or ANY.
create table screening_policy (
    tenant_id           uuid           not null,
    community_id        uuid           not null,
    combine             varchar(3)     not null check (combine in ('ALL', 'ANY')),
    paid_entry          boolean        not null default false,
    fee_amount          numeric(12, 2) check (fee_amount > 0),
    fee_currency        char(3),
    invitation_code     boolean        not null default false,
    condition_review    boolean        not null default false,
    condition_criteria  varchar(2000),
    tier_privilege      boolean        not null default false,
    min_tier_id         uuid,
    purchase_amount     boolean        not null default false,
    min_purchase        numeric(14, 2) check (min_purchase > 0),
    inactive_days       integer        not null default 60 check (inactive_days > 0),
    warning_limit       integer        not null default 3 check (warning_limit > 0),
    version             bigint         not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, min_tier_id) references member_tier (tenant_id, id)
);

-- Conditions a reviewer ticks off (e.g. "three free trial lessons attended").
create table screening_condition (
    tenant_id     uuid          not null,
    id            uuid          not null,
    community_id  uuid          not null,
    label         varchar(200)  not null,
    position      integer       not null,
    created_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);

create table invitation_code (
    tenant_id        uuid         not null,
    id               uuid         not null,
    community_id     uuid         not null,
    code             varchar(32)  not null,
    quota            integer      not null check (quota > 0),
    uses             integer      not null default 0 check (uses >= 0 and uses <= quota),
    expires_at       timestamptz,
    owner_user_id    uuid,
    owner_member_id  uuid,
    created_at       timestamptz  not null,
    version          bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, owner_user_id) references user_account (tenant_id, id),
    foreign key (tenant_id, owner_member_id) references member (tenant_id, id)
);
create unique index invitation_code_uk on invitation_code (tenant_id, upper(code));

-- Red lines a warning or elimination can cite (the rulebook extends them later).
create table red_line (
    tenant_id     uuid          not null,
    id            uuid          not null,
    community_id  uuid          not null,
    text          varchar(300)  not null,
    active        boolean       not null default true,
    created_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);

-- A member's place in one community, from application to leaving. The member's grid fields are copied here
-- (kept in step by the members service) so the grid filters and sorts on one table with matching indexes.
create table membership (
    tenant_id              uuid            not null,
    id                     uuid            not null,
    community_id           uuid            not null,
    member_id              uuid            not null,
    status                 varchar(16)     not null check (status in
                               ('APPLIED', 'PENDING_REVIEW', 'APPROVED', 'REJECTED', 'JOINED', 'ELIMINATED', 'LEFT')),
    member_name            varchar(120)    not null,
    member_handle          varchar(120)    not null,
    channel_id             uuid,
    tier_id                uuid,
    tags                   varchar(40)[]   not null default '{}',
    mechanisms             varchar(16)[]   not null default '{}',
    applied_at             timestamptz     not null,
    decided_at             timestamptz,
    decided_by             uuid,
    decision_reason        varchar(500),
    joined_at              timestamptz,
    left_at                timestamptz,
    level                  integer         not null default 1,
    last_active_at         timestamptz,
    warning_count          integer         not null default 0,
    payment_reference      varchar(120),
    invitation_code_id     uuid,
    answers                varchar(4000),
    checked_condition_ids  uuid[]          not null default '{}',
    screening              jsonb           not null default '{}'::jsonb,
    created_at             timestamptz     not null,
    version                bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, member_id) references member (tenant_id, id),
    foreign key (tenant_id, invitation_code_id) references invitation_code (tenant_id, id)
);
create unique index membership_member_uk on membership (tenant_id, community_id, member_id);
create index membership_name_ix on membership (tenant_id, community_id, member_name, id);
create index membership_status_name_ix on membership (tenant_id, community_id, status, member_name, id);
create index membership_joined_ix on membership (tenant_id, community_id, joined_at, id);
create index membership_active_ix on membership (tenant_id, community_id, last_active_at, id);
create index membership_member_ix on membership (tenant_id, member_id);
create index membership_code_ix on membership (tenant_id, invitation_code_id) where invitation_code_id is not null;
create index membership_tags_ix on membership using gin (tags);
create index membership_search_ix on membership using gin (member_name gin_trgm_ops, member_handle gin_trgm_ops);

-- What happened to a membership, for the history panel and the joins-vs-eliminations chart.
create table membership_event (
    tenant_id      uuid          not null,
    id             uuid          not null,
    membership_id  uuid          not null,
    community_id   uuid          not null,
    type           varchar(24)   not null,
    occurred_at    timestamptz   not null,
    actor_id       uuid,
    reason         varchar(500),
    red_line_id    uuid,
    detail         jsonb         not null default '{}'::jsonb,
    primary key (tenant_id, id),
    foreign key (tenant_id, membership_id) references membership (tenant_id, id),
    foreign key (tenant_id, red_line_id) references red_line (tenant_id, id)
);
create index membership_event_membership_ix on membership_event (tenant_id, membership_id, occurred_at);
create index membership_event_flow_ix on membership_event (tenant_id, community_id, type, occurred_at);

grant select, insert, update, delete on member_tier, acquisition_channel, member, community_positioning,
    screening_policy, screening_condition, invitation_code, red_line, membership, membership_event to ${app_role};

--changeset communityops:members-2 splitStatements:false
-- Row-level security on every table of this changelog.
do $$
declare
    t text;
begin
    foreach t in array array['member_tier', 'acquisition_channel', 'member', 'community_positioning',
                             'screening_policy', 'screening_condition', 'invitation_code', 'red_line',
                             'membership', 'membership_event']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
