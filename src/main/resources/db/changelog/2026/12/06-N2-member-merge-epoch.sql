--liquibase formatted sql

--changeset communityops:member-merge-epoch-1
-- How many member merges a tenant has had, so that every node notices one (docs/decisions/0029-two-or-more-nodes.md).
-- The event ingest remembers which member a handle or external id names for a few minutes; a merge deletes a
-- member id. The node that merges forgets at once; another node reads this counter once per batch (one primary-key
-- read) and forgets the tenant's memory when it has changed.
create table member_merge_epoch (
    tenant_id  uuid    not null references tenant (id),
    merges     bigint  not null,
    primary key (tenant_id)
);

grant select, insert, update on member_merge_epoch to ${app_role};

alter table member_merge_epoch enable row level security;
alter table member_merge_epoch force row level security;
create policy tenant_isolation on member_merge_epoch
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
