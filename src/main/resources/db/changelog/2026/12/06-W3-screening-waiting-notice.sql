--liquibase formatted sql

--changeset communityops:screening-waiting-notice-1
-- One "applications are waiting" notice per community and day (in the tenant's zone): the row claims it, so the
-- hourly job tells the staff once however often it runs.
create table screening_waiting_notice (
    tenant_id     uuid         not null default current_tenant_id() references tenant (id),
    community_id  uuid         not null,
    day           date         not null,
    waiting       integer      not null,
    created_at    timestamptz  not null,
    primary key (tenant_id, community_id, day),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on screening_waiting_notice to ${app_role};

alter table screening_waiting_notice enable row level security;
alter table screening_waiting_notice force row level security;
create policy tenant_isolation on screening_waiting_notice
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table screening_waiting_notice is 'owned by screening';
