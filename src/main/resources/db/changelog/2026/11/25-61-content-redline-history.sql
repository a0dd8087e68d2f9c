--liquibase formatted sql

--changeset communityops:content-redline-history-1
-- Every saved state of a red line (the rulebook's elimination lines): who changed it, when, and to what. Lines
-- older than this table have no rows until their next change; the history then starts from their current state.
create table red_line_revision (
    tenant_id        uuid          not null,
    id               uuid          not null,
    red_line_id      uuid          not null,
    text             varchar(300)  not null,
    active           boolean       not null,
    changed_at       timestamptz   not null,
    changed_by       uuid,
    changed_by_name  varchar(120),
    created_at       timestamptz   not null,
    version          bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, red_line_id) references red_line (tenant_id, id)
);
create index red_line_revision_line_ix on red_line_revision (tenant_id, red_line_id, changed_at, id);

grant select, insert, update, delete on red_line_revision to ${app_role};

alter table red_line_revision enable row level security;
alter table red_line_revision force row level security;
create policy tenant_isolation on red_line_revision
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
