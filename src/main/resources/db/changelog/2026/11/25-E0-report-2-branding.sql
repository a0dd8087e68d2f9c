--liquibase formatted sql

--changeset communityops:report-branding-1
-- What an agency puts on the reports it sends its clients: a display name instead of the tenant's name, a logo
-- (PNG, JPEG or WebP up to 1 MB, its type read from the bytes), and the language of the monthly reports.
-- One row per tenant.
create table tenant_branding (
    tenant_id         uuid         not null references tenant (id),
    id                uuid         not null,
    display_name      varchar(120),
    logo              bytea,
    logo_type         varchar(16)  check (logo_type in ('image/png', 'image/jpeg', 'image/webp')),
    monthly_language  varchar(16)  not null default 'zh-CN' check (monthly_language in ('zh-CN', 'en')),
    created_at        timestamptz  not null,
    version           bigint       not null,
    primary key (tenant_id, id),
    check ((logo is null) = (logo_type is null)),
    check (octet_length(logo) <= 1048576)
);
create unique index tenant_branding_tenant_uk on tenant_branding (tenant_id);

grant select, insert, update, delete on tenant_branding to ${app_role};

--changeset communityops:report-branding-2
alter table tenant_branding enable row level security;
alter table tenant_branding force row level security;
create policy tenant_isolation on tenant_branding using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
