--liquibase formatted sql

--changeset communityops:report-1
-- Operations reports as they were issued for a closed period: the rendered model (JSON) and its PDF, kept as they
-- were so a client reads the same report later even if the data behind it changes. One per community, period and
-- language.
create table report_snapshot (
    tenant_id     uuid         not null references tenant (id),
    id            uuid         not null,
    community_id  uuid         not null,
    period_kind   varchar(8)   not null check (period_kind in ('MONTH', 'QUARTER')),
    period_code   varchar(8)   not null,
    period_from   date         not null,
    period_to     date         not null,
    language      varchar(16)  not null,
    model         jsonb        not null,
    pdf           bytea        not null,
    issued_by     uuid,
    created_at    timestamptz  not null,
    version       bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    check (period_from <= period_to)
);
create unique index report_snapshot_period_uk on report_snapshot (tenant_id, community_id, period_code, language);

grant select, insert, update, delete on report_snapshot to ${app_role};

--changeset communityops:report-2
alter table report_snapshot enable row level security;
alter table report_snapshot force row level security;
create policy tenant_isolation on report_snapshot using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
