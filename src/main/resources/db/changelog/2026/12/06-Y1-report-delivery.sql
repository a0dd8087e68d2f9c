--liquibase formatted sql

--changeset communityops:report-delivery-1
-- The report as a deliverable (decision 0041): each version of a community's report for a period goes
-- draft -> review -> sent -> acknowledged. A correction of a sent report is a new version; the version it replaces
-- keeps its state and gets superseded_at. At most one version of a period is being prepared at a time.
create table report_delivery (
    tenant_id        uuid         not null references tenant (id),
    id               uuid         not null,
    community_id     uuid         not null,
    period_kind      varchar(8)   not null check (period_kind in ('MONTH', 'QUARTER')),
    period_code      varchar(8)   not null,
    period_from      date         not null,
    period_to        date         not null,
    version_no       integer      not null check (version_no >= 1),
    state            varchar(16)  not null check (state in ('DRAFT', 'REVIEW', 'SENT', 'ACKNOWLEDGED')),
    origin           varchar(8)   not null check (origin in ('STAFF', 'SCHEDULE')),
    snapshot_id      uuid,
    created_by       uuid,
    created_at       timestamptz  not null,
    submitted_by     uuid,
    submitted_at     timestamptz,
    sent_by          uuid,
    sent_at          timestamptz,
    acknowledged_by  uuid,
    acknowledged_at  timestamptz,
    superseded_at    timestamptz,
    recipients       integer      not null default 0,
    mailed           integer      not null default 0,
    version          bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, snapshot_id) references report_snapshot (tenant_id, id),
    check ((state in ('SENT', 'ACKNOWLEDGED')) = (sent_at is not null and snapshot_id is not null)),
    check ((state = 'ACKNOWLEDGED') = (acknowledged_at is not null))
);
create unique index report_delivery_version_uk on report_delivery (tenant_id, community_id, period_code, version_no);
create unique index report_delivery_open_uk on report_delivery (tenant_id, community_id, period_code)
    where state in ('DRAFT', 'REVIEW');
create index report_delivery_community_ix on report_delivery (tenant_id, community_id, period_from desc);
comment on table report_delivery is 'owned by report';

-- The agency's commentary on one C-ACM-MT section of a version: highlights, what went wrong, next period's plan.
create table report_commentary (
    tenant_id     uuid           not null references tenant (id),
    delivery_id   uuid           not null,
    section_key   varchar(16)    not null,
    highlights    varchar(4000),
    problems      varchar(4000),
    plan          varchar(4000),
    updated_by    uuid           not null,
    updated_at    timestamptz    not null,
    version       bigint         not null,
    primary key (tenant_id, delivery_id, section_key),
    foreign key (tenant_id, delivery_id) references report_delivery (tenant_id, id) on delete cascade
);
comment on table report_commentary is 'owned by report';

-- Who a sent version went to, whether it was mailed, and when each of them first opened it.
create table report_recipient (
    tenant_id    uuid         not null references tenant (id),
    delivery_id  uuid         not null,
    user_id      uuid         not null,
    mailed       boolean      not null,
    opened_at    timestamptz,
    primary key (tenant_id, delivery_id, user_id),
    foreign key (tenant_id, delivery_id) references report_delivery (tenant_id, id) on delete cascade
);
create index report_recipient_user_ix on report_recipient (tenant_id, user_id) where opened_at is null;
comment on table report_recipient is 'owned by report';

-- The thread of a version: the client's acknowledgement and questions, the agency's answers.
create table report_message (
    tenant_id    uuid           not null references tenant (id),
    id           uuid           not null,
    delivery_id  uuid           not null,
    author_id    uuid           not null,
    kind         varchar(16)    not null check (kind in ('ACKNOWLEDGED', 'QUESTION', 'ANSWER')),
    body         varchar(4000),
    created_at   timestamptz    not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, delivery_id) references report_delivery (tenant_id, id) on delete cascade
);
create index report_message_delivery_ix on report_message (tenant_id, delivery_id, created_at);
comment on table report_message is 'owned by report';

-- When each community's report is prepared: a day of the month for last month's, a day of the quarter's first
-- month for last quarter's; null turns that kind off.
create table report_schedule (
    tenant_id      uuid         not null references tenant (id),
    community_id   uuid         not null,
    monthly_day    smallint     check (monthly_day between 1 and 28),
    quarterly_day  smallint     check (quarterly_day between 1 and 28),
    updated_by     uuid         not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
comment on table report_schedule is 'owned by report';

-- How a tenant delivers reports: the PDF attached or a signed link valid for link_days, and whether the schedule
-- sends without a person pressing Send (off unless turned on). link_key signs the links; replacing it revokes them.
create table report_delivery_setting (
    tenant_id   uuid         not null references tenant (id),
    attach_pdf  boolean      not null default true,
    link_days   smallint     not null default 30 check (link_days between 1 and 365),
    auto_send   boolean      not null default false,
    link_key    bytea        not null check (octet_length(link_key) = 32),
    updated_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id)
);
comment on table report_delivery_setting is 'owned by report';

-- A version's snapshot is its own; snapshots of deliveries are not bound by the one-per-period-and-language rule
-- of reports issued from the report page.
alter table report_snapshot add column delivery_id uuid;
drop index report_snapshot_period_uk;
create unique index report_snapshot_period_uk on report_snapshot (tenant_id, community_id, period_code, language)
    where delivery_id is null;
create unique index report_snapshot_delivery_uk on report_snapshot (tenant_id, delivery_id)
    where delivery_id is not null;

grant select, insert, update, delete on report_delivery, report_commentary, report_recipient, report_message,
    report_schedule, report_delivery_setting to ${app_role};

--changeset communityops:report-delivery-2
alter table report_delivery enable row level security;
alter table report_delivery force row level security;
create policy tenant_isolation on report_delivery using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
alter table report_commentary enable row level security;
alter table report_commentary force row level security;
create policy tenant_isolation on report_commentary using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
alter table report_recipient enable row level security;
alter table report_recipient force row level security;
create policy tenant_isolation on report_recipient using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
alter table report_message enable row level security;
alter table report_message force row level security;
create policy tenant_isolation on report_message using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
alter table report_schedule enable row level security;
alter table report_schedule force row level security;
create policy tenant_isolation on report_schedule using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());
alter table report_delivery_setting enable row level security;
alter table report_delivery_setting force row level security;
create policy tenant_isolation on report_delivery_setting using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

--changeset communityops:report-delivery-3
-- Snapshots a delivered version was sent with say so.
alter table report_snapshot drop constraint report_snapshot_origin_check;
alter table report_snapshot add constraint report_snapshot_origin_check
    check (origin in ('STAFF', 'MONTHLY', 'DELIVERY'));
