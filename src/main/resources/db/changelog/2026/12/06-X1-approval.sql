--liquibase formatted sql

--changeset communityops:approval-1
-- Who must approve what before it reaches a community's audience: one row per client (the default for its
-- communities) or per community (overriding its client's). Steps are approver groups in order; see decision 0040.
create table approval_policy (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    client_id          uuid,
    community_id       uuid,
    content_required   boolean       not null,
    rulebook_required  boolean       not null,
    steps              varchar(20)[] not null default '{}',
    updated_at         timestamptz   not null,
    updated_by         uuid,
    version            bigint        not null,
    primary key (tenant_id, id),
    check ((client_id is null) <> (community_id is null)),
    foreign key (tenant_id, client_id) references client (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
create unique index approval_policy_client_uk on approval_policy (tenant_id, client_id) where client_id is not null;
create unique index approval_policy_community_uk on approval_policy (tenant_id, community_id)
    where community_id is not null;

-- One request to approve one version of a subject (a content item's revision, a proposed rulebook change). The
-- steps are copied from the policy when it is submitted, so a policy changed later does not move open requests.
create table approval_request (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    subject_type       varchar(20)   not null,
    subject_id         uuid          not null,
    subject_version    bigint        not null,
    community_id       uuid          not null,
    title              varchar(500)  not null,
    preview_html       text          not null,
    steps              varchar(20)[] not null,
    current_step       integer       not null,
    status             varchar(20)   not null,
    submitted_by       uuid          not null,
    submitted_by_name  varchar(200)  not null,
    submitted_at       timestamptz   not null,
    decided_at         timestamptz,
    version            bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
-- At most one open request per subject; the subject's page and the calendar look up its latest.
create unique index approval_request_open_uk on approval_request (tenant_id, subject_type, subject_id)
    where status = 'PENDING';
create index approval_request_subject_ix on approval_request (tenant_id, subject_type, subject_id, submitted_at desc);
create index approval_request_pending_ix on approval_request (tenant_id, community_id) where status = 'PENDING';

-- Every step of every request, never changed: submitted, approved at a step, changes asked, withdrawn.
create table approval_event (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    request_id         uuid          not null,
    step               integer,
    approver           varchar(20),
    action             varchar(20)   not null,
    actor_id           uuid,
    actor_name         varchar(200)  not null,
    comment            varchar(2000),
    occurred_at        timestamptz   not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, request_id) references approval_request (tenant_id, id) on delete cascade
);
create index approval_event_request_ix on approval_event (tenant_id, request_id, occurred_at);

grant select, insert, update, delete on approval_policy, approval_request, approval_event to ${app_role};

alter table approval_policy enable row level security;
alter table approval_policy force row level security;
create policy tenant_isolation on approval_policy
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table approval_request enable row level security;
alter table approval_request force row level security;
create policy tenant_isolation on approval_request
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
alter table approval_event enable row level security;
alter table approval_event force row level security;
create policy tenant_isolation on approval_event
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table approval_policy is 'owned by approval';
comment on table approval_request is 'owned by approval';
comment on table approval_event is 'owned by approval';
