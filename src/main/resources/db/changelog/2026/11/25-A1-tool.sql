--liquibase formatted sql

--changeset communityops:tool-1
-- The tenant's tool categories, an editable list (seeded with eight on first use, see ToolCategoryService).
create table tool_category (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(80)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id)
);
create unique index tool_category_name_uk on tool_category (tenant_id, lower(name));

-- One row per tenant once anything was set: how many days ahead renewals are announced, and whether the default
-- categories were already given (so deleting them all does not bring them back).
create table tool_settings (
    tenant_id           uuid         not null references tenant (id),
    reminder_days       integer      not null default 30 check (reminder_days between 1 and 365),
    categories_seeded   boolean      not null default false,
    created_at          timestamptz  not null,
    version             bigint       not null,
    primary key (tenant_id)
);

-- Money is an amount with its currency, never converted: totals are per currency.
create table tool (
    tenant_id       uuid            not null references tenant (id),
    id              uuid            not null,
    name            varchar(120)    not null,
    category_id     uuid            not null,
    vendor          varchar(120),
    link            varchar(500),
    purpose         varchar(2000),
    funnel_stage    varchar(16)     check (funnel_stage in ('ACQUIRE', 'ACTIVATE', 'CONVERT', 'RETAIN')),
    owner_id        uuid,
    cost_amount     numeric(14, 2)  check (cost_amount >= 0),
    cost_currency   char(3)         check (cost_currency ~ '^[A-Z]{3}$'),
    billing_period  varchar(8)      not null default 'MONTH' check (billing_period in ('MONTH', 'YEAR')),
    seats           integer         check (seats > 0),
    renewal_date    date,
    status          varchar(12)     not null check (status in ('TRIAL', 'ACTIVE', 'CANCELLED')),
    cost_split      varchar(8)      not null default 'EVEN' check (cost_split in ('EVEN', 'WEIGHT')),
    created_at      timestamptz     not null,
    version         bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, category_id) references tool_category (tenant_id, id),
    foreign key (tenant_id, owner_id) references user_account (tenant_id, id),
    check ((cost_amount is null) = (cost_currency is null))
);
create unique index tool_name_uk on tool (tenant_id, lower(name));
create index tool_renewal_ix on tool (tenant_id, renewal_date) where status <> 'CANCELLED';

-- Which communities use a tool, and with what weight when its cost is split by weight.
create table tool_community (
    tenant_id     uuid          not null default current_tenant_id(),
    tool_id       uuid          not null,
    community_id  uuid          not null,
    weight        numeric(8, 2) not null default 1 check (weight > 0),
    primary key (tenant_id, tool_id, community_id),
    foreign key (tenant_id, tool_id) references tool (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create index tool_community_community_ix on tool_community (tenant_id, community_id);

-- Renewal reminders already sent: one per tool and renewal date, so the daily job may run any number of times.
create table tool_renewal_notice (
    tenant_id     uuid         not null default current_tenant_id(),
    tool_id       uuid         not null,
    renewal_date  date         not null,
    created_at    timestamptz  not null,
    primary key (tenant_id, tool_id, renewal_date),
    foreign key (tenant_id, tool_id) references tool (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on tool_category, tool_settings, tool, tool_community, tool_renewal_notice
    to ${app_role};

--changeset communityops:tool-2 splitStatements:false
-- Row-level security on every table of this changelog.
do $$
declare
    t text;
begin
    foreach t in array array['tool_category', 'tool_settings', 'tool', 'tool_community', 'tool_renewal_notice']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
