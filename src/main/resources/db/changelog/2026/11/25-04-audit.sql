--liquibase formatted sql

--changeset communityops:audit-1
create table audit_entry (
    tenant_id     uuid          not null references tenant (id),
    id            uuid          not null,
    occurred_at   timestamptz   not null,
    actor_id      uuid,
    actor_email   varchar(254),
    actor_role    varchar(32),
    action        varchar(16)   not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'ACCESS')),
    entity_type   varchar(64)   not null,
    entity_id     varchar(64),
    changes       jsonb         not null default '{}'::jsonb,
    primary key (tenant_id, id)
);
create index audit_entry_time_ix on audit_entry (tenant_id, occurred_at desc);

-- Append-only for the application: it may write and read entries, never change or remove them.
grant select, insert on audit_entry to ${app_role};

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy tenant_isolation on audit_entry
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
