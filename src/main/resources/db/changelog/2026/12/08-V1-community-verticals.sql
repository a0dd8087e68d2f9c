--liquibase formatted sql

--changeset communityops:community-verticals-1
-- The tenant's list of verticals (education, retail, ...), by which communities are compared with their peers
-- (decision 0049). The five defaults are written the first time a tenant's list is read, with seed_key set and no
-- name, so they read in each user's language until the tenant admin renames one; an entry of the tenant's own has
-- a name and no seed_key.
create table community_vertical (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    seed_key    varchar(32),
    name        varchar(80),
    position    integer      not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id),
    check (seed_key is not null or name is not null)
);
create unique index community_vertical_seed_uk on community_vertical (tenant_id, seed_key) where seed_key is not null;
create unique index community_vertical_name_uk on community_vertical (tenant_id, lower(name)) where name is not null;

grant select, insert, update, delete on community_vertical to ${app_role};

alter table community_vertical enable row level security;
alter table community_vertical force row level security;
create policy tenant_isolation on community_vertical
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table community_vertical is 'owned by community';

-- A community's vertical; null for the communities that existed before verticals did ("not set" on screen) until
-- someone picks one. A vertical in use cannot be deleted (the service moves its communities first).
alter table community add column vertical_id uuid;
alter table community add constraint community_vertical_fk
    foreign key (tenant_id, vertical_id) references community_vertical (tenant_id, id);
create index community_vertical_ix on community (tenant_id, vertical_id, channel);
