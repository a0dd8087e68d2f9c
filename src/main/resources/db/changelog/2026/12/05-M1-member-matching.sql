--liquibase formatted sql

--changeset communityops:member-matching-1
-- A member added or imported by someone who cannot see the person the handle, phone, email or external id belongs
-- to is kept as a record of its own (docs/decisions/0022-member-matching.md). match_of names the person it was kept
-- apart from; such a record is exempt from the handle and external id unique indexes, which would otherwise refuse
-- it and so tell the caller that someone they cannot see has that handle.
alter table member add column match_of uuid;
alter table member add foreign key (tenant_id, match_of) references member (tenant_id, id);

drop index member_handle_uk;
create unique index member_handle_uk on member (tenant_id, lower(handle)) where match_of is null;
drop index member_external_uk;
create unique index member_external_uk on member (tenant_id, external_id) where external_id is not null and match_of is null;
-- The record kept apart is found again by handle for the tenant admin's review and the caller's later adds.
create index member_handle_ix on member (tenant_id, lower(handle));
create index member_match_of_ix on member (tenant_id, match_of) where match_of is not null;

-- A suggestion that two records are one person, for a tenant admin to merge or dismiss.
create table member_match (
    tenant_id     uuid          not null,
    id            uuid          not null,
    member_id     uuid          not null,
    match_id      uuid          not null,
    community_id  uuid          not null,
    matched_on    varchar(16)   not null check (matched_on in ('HANDLE', 'EXTERNAL_ID', 'PHONE', 'EMAIL')),
    source        varchar(16)   not null check (source in ('CONSOLE', 'IMPORT', 'API')),
    created_by    uuid,
    status        varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'DISMISSED')),
    decided_by    uuid,
    decided_at    timestamptz,
    created_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member (tenant_id, id) on delete cascade,
    foreign key (tenant_id, match_id) references member (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    check (member_id <> match_id)
);
create unique index member_match_pair_uk on member_match (tenant_id, member_id, match_id);
create index member_match_open_ix on member_match (tenant_id, status, created_at);
create index member_match_match_ix on member_match (tenant_id, match_id);

grant select, insert, update, delete on member_match to ${app_role};

alter table member_match enable row level security;
alter table member_match force row level security;
create policy tenant_isolation on member_match using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

--changeset communityops:member-matching-2
-- Merging two records moves the merged one's engagement to the person kept; events stay otherwise append-only.
grant update (member_id) on engagement_event to ${app_role};
