--liquibase formatted sql

--changeset communityops:mail-outbox-1
-- The transactional outbox of mail (docs/decisions/0039-mail-outbox.md). A message is written, already rendered in
-- its recipient's language, in the transaction of what caused it; the sender job claims rows in queue order and
-- sends them. Nothing is deleted: the outbox screen shows every message with its fate.
--   HELD          no mail server is configured; queued again as soon as one is
--   QUEUED        waits for next_attempt_at (the first try, or a retry after a transient failure)
--   SENDING       claimed by a sender; back to QUEUED if that sender died before it recorded the outcome
--   SENT          the server accepted it
--   FAILED        the server rejected it for good (5xx, a bad address) or kept failing; last_error has its answer
--   NOT_SENDABLE  the recipient has no address (or no longer exists); kept so that nobody wonders where it went
-- seq orders the queue: an id is unique but its order among rows written in the same millisecond is not the
-- order they were queued in.
create table mail_outbox (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    seq                bigint        generated always as identity,
    recipient_id       uuid,
    recipient_email    varchar(254),
    recipient_name     varchar(120),
    locale             varchar(16)   not null,
    topic              varchar(32)   not null,
    subject            varchar(500)  not null,
    body_html          text          not null,
    body_text          text          not null,
    link               varchar(500),
    unsubscribe_token  varchar(43)   check (length(unsubscribe_token) = 43),
    status             varchar(16)   not null
        check (status in ('HELD', 'QUEUED', 'SENDING', 'SENT', 'FAILED', 'NOT_SENDABLE')),
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz   not null,
    claimed_at         timestamptz,
    claimed_by         varchar(120),
    last_error         varchar(2000),
    queued_at          timestamptz   not null,
    sent_at            timestamptz,
    version            bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, recipient_id) references user_account (tenant_id, id) on delete set null (recipient_id)
);
-- The sender reads the head of each tenant's queue; the screen lists newest first, filtered by status.
create index mail_outbox_due_ix on mail_outbox (tenant_id, seq) where status in ('HELD', 'QUEUED', 'SENDING');
create index mail_outbox_list_ix on mail_outbox (tenant_id, status, queued_at desc);
-- The unsubscribe link arrives with a token and no tenant yet. The token is kept as it is, not hashed like a feed
-- token: it is printed in the stored body anyway (the outbox shows what went out), and it can do one thing only,
-- turn one topic's mail off for one person.
create index mail_outbox_unsubscribe_ix on mail_outbox (unsubscribe_token) where unsubscribe_token is not null;

-- Files sent with a message (a report's PDF), apart from the message so the screen's list never loads them.
create table mail_outbox_attachment (
    tenant_id     uuid          not null references tenant (id),
    mail_id       uuid          not null,
    position      integer       not null,
    file_name     varchar(255)  not null,
    content_type  varchar(120)  not null,
    content       bytea         not null,
    primary key (tenant_id, mail_id, position),
    foreign key (tenant_id, mail_id) references mail_outbox (tenant_id, id) on delete cascade
);

-- How each user wants each topic: in the console only, also by email at once, or in a daily digest. A missing row
-- means the default of the user's role (NotificationDefaults).
create table notification_preference (
    tenant_id   uuid         not null references tenant (id),
    user_id     uuid         not null,
    topic       varchar(32)  not null,
    delivery    varchar(16)  not null check (delivery in ('CONSOLE', 'EMAIL', 'DIGEST')),
    updated_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, user_id, topic),
    foreign key (tenant_id, user_id) references user_account (tenant_id, id) on delete cascade
);

-- A notice's topic is kept with it, so the daily digest can collect the notices of the topics a user digests.
alter table notification add column topic varchar(32);

grant select, insert, update, delete on mail_outbox, mail_outbox_attachment, notification_preference to ${app_role};

alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy tenant_isolation on mail_outbox
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The one way to read a message before its tenant is known, shaped like feed_token_lookup: the unsubscribe request
-- names the token it holds in a transaction-local setting and sees that row only, read-only.
create policy mail_unsubscribe_lookup on mail_outbox for select
    using (unsubscribe_token = nullif(current_setting('app.unsubscribe_token', true), ''));

alter table mail_outbox_attachment enable row level security;
alter table mail_outbox_attachment force row level security;
create policy tenant_isolation on mail_outbox_attachment
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy tenant_isolation on notification_preference
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table mail_outbox is 'owned by notification';
comment on table mail_outbox_attachment is 'owned by notification';
comment on table notification_preference is 'owned by notification';
