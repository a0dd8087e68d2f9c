--liquibase formatted sql

--changeset communityops:community-1
create table community (
    tenant_id        uuid          not null references tenant (id),
    id               uuid          not null,
    name             varchar(120)  not null,
    channel          varchar(24)   not null,
    client_id        uuid          not null,
    status           varchar(16)   not null check (status in ('PLANNING', 'ACTIVE', 'ARCHIVED')),
    member_capacity  integer       check (member_capacity > 0),
    description      varchar(4000),
    created_at       timestamptz   not null,
    version          bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references client (tenant_id, id)
);
create unique index community_name_uk on community (tenant_id, lower(name));
create index community_client_ix on community (tenant_id, client_id);

-- tenant_id defaults from the transaction's tenant: Hibernate fills @TenantId on entities, not on element
-- collections. Row-level security still checks it.
create table community_operator (
    tenant_id     uuid not null default current_tenant_id(),
    community_id  uuid not null,
    user_id       uuid not null,
    primary key (tenant_id, community_id, user_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    foreign key (tenant_id, user_id) references user_account (tenant_id, id) on delete cascade
);
create index community_operator_user_ix on community_operator (tenant_id, user_id);

grant select, insert, update, delete on community, community_operator to ${app_role};

alter table community enable row level security;
alter table community force row level security;
create policy tenant_isolation on community
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table community_operator enable row level security;
alter table community_operator force row level security;
create policy tenant_isolation on community_operator
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
