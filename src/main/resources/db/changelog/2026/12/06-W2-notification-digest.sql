--liquibase formatted sql

--changeset communityops:notification-digest-1
-- When each user's last daily digest was made: the next one collects the notices of their digest topics since then.
-- The row is written in the transaction that queues the digest, so a digest is made once a day however often the
-- hourly job runs, and on any node.
create table notification_digest (
    tenant_id     uuid         not null references tenant (id),
    user_id       uuid         not null,
    last_sent_at  timestamptz  not null,
    primary key (tenant_id, user_id),
    foreign key (tenant_id, user_id) references user_account (tenant_id, id) on delete cascade
);

-- A digest's one-click unsubscribe turns every topic it collects back to the console, not just one.
alter table mail_outbox add column digest boolean not null default false;

grant select, insert, update, delete on notification_digest to ${app_role};

alter table notification_digest enable row level security;
alter table notification_digest force row level security;
create policy tenant_isolation on notification_digest
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table notification_digest is 'owned by notification';
