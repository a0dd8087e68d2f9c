--liquibase formatted sql

--changeset communityops:accounts-1
create table client (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    name           varchar(120) not null,
    contact_name   varchar(120),
    contact_email  varchar(254),
    notes          varchar(2000),
    created_at     timestamptz  not null,
    version        bigint       not null,
    primary key (tenant_id, id)
);
create unique index client_name_uk on client (tenant_id, lower(name));

create table user_account (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    email          varchar(254) not null check (email = lower(email)),
    password_hash  varchar(200) not null,
    display_name   varchar(120) not null,
    role           varchar(16)  not null check (role in ('TENANT_ADMIN', 'OPERATOR', 'CLIENT')),
    client_id      uuid,
    enabled        boolean      not null,
    locale         varchar(16),
    last_login_at  timestamptz,
    created_at     timestamptz  not null,
    version        bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references client (tenant_id, id),
    check ((role = 'CLIENT') = (client_id is not null))
);
create unique index user_account_email_uk on user_account (tenant_id, email);

grant select, insert, update, delete on client, user_account to ${app_role};

alter table client enable row level security;
alter table client force row level security;
create policy tenant_isolation on client
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table user_account enable row level security;
alter table user_account force row level security;
create policy tenant_isolation on user_account
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The one way to read an account before its tenant is known: sign-in names the email it is looking for in a
-- transaction-local setting, and sees that row only. See docs/decisions/0002-sign-in-before-tenant.md.
create policy sign_in_lookup on user_account for select
    using (email = nullif(current_setting('app.sign_in_email', true), ''));
