--liquibase formatted sql

--changeset communityops:notification-1
-- In-app notifications. The text is not stored: a kind (an i18n key of the publishing feature) and its arguments
-- are, so each reader sees it in their own language at display time.
create table notification (
    tenant_id     uuid           not null references tenant (id),
    id            uuid           not null,
    recipient_id  uuid           not null,
    kind          varchar(120)   not null,
    arguments     varchar(500)[] not null default '{}',
    link          varchar(500),
    read_at       timestamptz,
    created_at    timestamptz    not null,
    version       bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, recipient_id) references user_account (tenant_id, id) on delete cascade
);
-- The bell counts a user's unread ones on every navigation; the page lists them newest first.
create index notification_unread_ix on notification (tenant_id, recipient_id) where read_at is null;
create index notification_recipient_ix on notification (tenant_id, recipient_id, created_at desc);

grant select, insert, update, delete on notification to ${app_role};

alter table notification enable row level security;
alter table notification force row level security;
create policy tenant_isolation on notification
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
