--liquibase formatted sql

--changeset communityops:tenancy-1
-- The tenant of the current transaction, set by the application with set_config('app.tenant_id', ..., true).
-- Empty or unset means "no tenant": policies then match no row.
create function current_tenant_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Platform-level tables: the tenants themselves and the platform's own accounts. No tenant_id, no RLS.
create table tenant (
    id                uuid primary key,
    name              varchar(120) not null,
    status            varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    suspended_reason  varchar(500),
    max_communities   integer      not null check (max_communities >= 0),
    max_members       integer      not null check (max_members >= 0),
    max_staff_seats   integer      not null check (max_staff_seats >= 0),
    created_at        timestamptz  not null,
    version           bigint       not null
);
create unique index tenant_name_uk on tenant (lower(name));

create table platform_admin (
    id             uuid primary key,
    email          varchar(254) not null,
    password_hash  varchar(200) not null,
    display_name   varchar(120) not null,
    locale         varchar(16),
    enabled        boolean      not null,
    created_at     timestamptz  not null,
    version        bigint       not null
);
create unique index platform_admin_email_uk on platform_admin (lower(email));

-- Every sign-in email once across the installation: people sign in with an email alone, before any tenant is
-- known, so an email must name exactly one account. Holds no tenant and no business data.
create table login_email (
    email       varchar(254) primary key check (email = lower(email)),
    created_at  timestamptz  not null
);

grant select, insert, update on tenant to ${app_role};
grant select, insert, update on platform_admin to ${app_role};
grant select, insert, delete on login_email to ${app_role};
grant execute on function current_tenant_id() to ${app_role};
