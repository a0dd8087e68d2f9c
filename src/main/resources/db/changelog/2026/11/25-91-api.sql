--liquibase formatted sql

--changeset communityops:api-1
-- API keys of a tenant. The secret is never stored: only its SHA-256 (the secret is 256 random bits, so a slow
-- password hash would add nothing but latency to every call). See docs/decisions/0010-api-keys-and-errors.md.
create table api_key (
    tenant_id        uuid          not null references tenant (id),
    id               uuid          not null,
    name             varchar(80)   not null,
    secret_hash      bytea         not null,
    hint             varchar(12)   not null,
    scopes           varchar(24)[] not null,
    community_id     uuid,
    create_members   boolean       not null default false,
    expires_at       timestamptz,
    revoked_at       timestamptz,
    last_used_at     timestamptz,
    created_by       uuid,
    created_at       timestamptz   not null,
    version          bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create unique index api_key_name_uk on api_key (tenant_id, lower(name));

-- The results of POST requests sent with an Idempotency-Key, so that a retry gets the first answer back.
-- The primary key makes a concurrent retry wait for the first request's transaction and then read its result.
create table api_idempotency (
    tenant_id        uuid          not null references tenant (id),
    key_id           uuid          not null,
    idempotency_key  varchar(255)  not null,
    request_hash     bytea         not null,
    response_status  integer,
    response_body    bytea,
    expires_at       timestamptz   not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    primary key (tenant_id, key_id, idempotency_key)
);

grant select, insert, update on api_key to ${app_role};
grant select, insert, update, delete on api_idempotency to ${app_role};

alter table api_key enable row level security;
alter table api_key force row level security;
create policy tenant_isolation on api_key
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The one way to read a key before its tenant is known: the authentication filter names the key id it was sent
-- in a transaction-local setting and sees that row only (the same shape as user_account.sign_in_lookup).
create policy key_lookup on api_key for select
    using (id = nullif(current_setting('app.api_key_id', true), '')::uuid);

alter table api_idempotency enable row level security;
alter table api_idempotency force row level security;
create policy tenant_isolation on api_idempotency
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
