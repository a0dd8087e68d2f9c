--liquibase formatted sql

--changeset communityops:webhook-endpoints-1
-- A tenant's webhook endpoint (docs/decisions/0044-webhooks.md): where the events it subscribes to are POSTed.
-- event_types holds AutomationEventType names; community_ids empty means every community of the tenant, otherwise
-- only events of those communities (an id whose community was deleted simply matches nothing). secret is the signing
-- secret encrypted with the webhook key (AES-GCM, the endpoint id as associated data): it must be readable to sign,
-- so it cannot be hashed. failure_notified_at is set when the tenant admins were told that a delivery failed for
-- good, and cleared by the next delivery that succeeds, so an endpoint that is down tells them once, not per event.
create table webhook_endpoint (
    tenant_id            uuid           not null references tenant (id),
    id                   uuid           not null,
    name                 varchar(120)   not null,
    url                  varchar(2000)  not null,
    event_types          varchar(40)[]  not null,
    community_ids        uuid[]         not null default '{}',
    enabled              boolean        not null,
    secret               varchar(200)   not null,
    secret_rotated_at    timestamptz    not null,
    failure_notified_at  timestamptz,
    created_by           uuid,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null,
    primary key (tenant_id, id)
);
create unique index webhook_endpoint_name_ux on webhook_endpoint (tenant_id, lower(name));

-- One event (or test ping, or replay) for one endpoint. payload is the exact body as sent (text, not jsonb, so the
-- signature can be checked against it byte for byte and a replay sends the same bytes). A delivery is PENDING until
-- a 2xx answer (DELIVERED) or its last attempt failed (FAILED). The sender claims due rows by moving next_attempt_at
-- a lease ahead, so a sender that stops mid-way leaves the row due again after the lease. manual marks a test ping
-- or replay asked for by a person: sent even while the endpoint is disabled, never de-duplicated by event id.
create table webhook_delivery (
    tenant_id        uuid           not null references tenant (id),
    id               uuid           not null,
    endpoint_id      uuid           not null,
    event_id         uuid           not null,
    event_type       varchar(40)    not null,
    community_id     uuid,
    payload          text           not null,
    manual           boolean        not null default false,
    replay_of        uuid,
    status           varchar(16)    not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz    not null,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    answer_excerpt   varchar(2000),
    duration_ms      integer,
    created_at       timestamptz    not null,
    delivered_at     timestamptz,
    claimed_by       varchar(120),
    version          bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, endpoint_id) references webhook_endpoint (tenant_id, id) on delete cascade
);
-- An event reaches an endpoint once, even if the engine hands it over twice.
create unique index webhook_delivery_event_ux on webhook_delivery (tenant_id, endpoint_id, event_id) where not manual;
-- The sender reads what is due; the log lists an endpoint's deliveries newest first, by status.
create index webhook_delivery_due_ix on webhook_delivery (tenant_id, next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_ix on webhook_delivery (tenant_id, endpoint_id, created_at desc);

grant select, insert, update, delete on webhook_endpoint, webhook_delivery to ${app_role};

alter table webhook_endpoint enable row level security;
alter table webhook_endpoint force row level security;
create policy tenant_isolation on webhook_endpoint
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy tenant_isolation on webhook_delivery
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table webhook_endpoint is 'owned by webhook';
comment on table webhook_delivery is 'owned by webhook';
