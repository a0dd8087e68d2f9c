--liquibase formatted sql

--changeset communityops:money-1
-- Money (变现): offers sold in communities, the orders that paid for them, refunds, reviews, partners and the
-- commission they earn. Amounts are exact decimals with an ISO 4217 currency beside them, never converted.
create table money_setting (
    tenant_id           uuid         not null references tenant (id),
    positive_threshold  integer      not null default 4 check (positive_threshold between 1 and 5),
    created_at          timestamptz  not null,
    version             bigint       not null,
    primary key (tenant_id)
);

create table offer (
    tenant_id        uuid            not null references tenant (id),
    id               uuid            not null,
    name             varchar(120)    not null,
    type             varchar(16)     not null check (type in
                         ('ADVERTISING', 'COMMISSION', 'GOODS', 'PAID_KNOWLEDGE', 'SERVICE', 'MEMBERSHIP_FEE')),
    price            numeric(14, 2)  not null check (price > 0),
    currency         char(3)         not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    status           varchar(8)      not null check (status in ('DRAFT', 'ON_SALE', 'PAUSED', 'RETIRED')),
    sale_from        timestamptz,
    sale_until       timestamptz,
    hit_product      boolean         not null default false,
    sales_script     varchar(4000),
    follow_up_notes  varchar(4000),
    created_at       timestamptz     not null,
    version          bigint          not null,
    primary key (tenant_id, id),
    check (sale_until is null or sale_from is null or sale_until > sale_from)
);
create unique index offer_name_uk on offer (tenant_id, lower(name));

-- The communities an offer is sold in.
create table offer_community (
    tenant_id     uuid         not null default current_tenant_id(),
    offer_id      uuid         not null,
    community_id  uuid         not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    primary key (tenant_id, offer_id, community_id),
    foreign key (tenant_id, offer_id) references offer (tenant_id, id) on delete cascade,
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create index offer_community_community_ix on offer_community (tenant_id, community_id);

create table partner (
    tenant_id   uuid          not null references tenant (id),
    id          uuid          not null,
    name        varchar(120)  not null,
    kind        varchar(12)   not null check (kind in ('PERSON', 'ORGANISATION')),
    member_id   uuid,
    created_at  timestamptz   not null,
    version     bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create unique index partner_name_uk on partner (tenant_id, lower(name));

-- refunded is kept in step with the refund rows by the service; the check makes "refund above paid" impossible
-- even for a path that forgets.
create table money_order (
    tenant_id            uuid            not null references tenant (id),
    id                   uuid            not null,
    community_id         uuid            not null,
    offer_id             uuid            not null,
    member_id            uuid            not null,
    amount               numeric(14, 2)  not null check (amount > 0),
    currency             char(3)         not null check (currency ~ '^[A-Z]{3}$'),
    refunded             numeric(14, 2)  not null default 0 check (refunded >= 0 and refunded <= amount),
    paid_at              timestamptz     not null,
    channel              varchar(16)     not null check (channel in
                             ('IN_GROUP', 'PRIVATE_CHAT', 'LIVE_STREAM', 'MINI_PROGRAM', 'OFFLINE', 'OTHER')),
    reference            varchar(120),
    referrer_member_id   uuid,
    referrer_partner_id  uuid,
    created_at           timestamptz     not null,
    version              bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id),
    foreign key (tenant_id, offer_id) references offer (tenant_id, id),
    foreign key (tenant_id, member_id) references member (tenant_id, id),
    foreign key (tenant_id, referrer_member_id) references member (tenant_id, id),
    foreign key (tenant_id, referrer_partner_id) references partner (tenant_id, id),
    check (referrer_member_id is null or referrer_partner_id is null)
);
create index money_order_community_ix on money_order (tenant_id, community_id, paid_at);
create index money_order_member_ix on money_order (tenant_id, member_id, community_id, paid_at);
create index money_order_offer_ix on money_order (tenant_id, offer_id);
create index money_order_partner_ix on money_order (tenant_id, referrer_partner_id, paid_at)
    where referrer_partner_id is not null;
create unique index money_order_reference_uk on money_order (tenant_id, community_id, reference)
    where reference is not null;

create table money_refund (
    tenant_id    uuid            not null references tenant (id),
    id           uuid            not null,
    order_id     uuid            not null,
    amount       numeric(14, 2)  not null check (amount > 0),
    refunded_at  timestamptz     not null,
    reason       varchar(500),
    created_at   timestamptz     not null,
    version      bigint          not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references money_order (tenant_id, id)
);
create index money_refund_order_ix on money_refund (tenant_id, order_id);

create table money_review (
    tenant_id    uuid           not null references tenant (id),
    id           uuid           not null,
    order_id     uuid           not null,
    rating       integer        not null check (rating between 1 and 5),
    text         varchar(2000),
    reviewed_at  timestamptz    not null,
    created_at   timestamptz    not null,
    version      bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references money_order (tenant_id, id)
);
create unique index money_review_order_uk on money_review (tenant_id, order_id);

-- A partner's rate for a whole offer type or for one offer; the offer's rate wins over its type's.
create table commission_rate (
    tenant_id   uuid           not null references tenant (id),
    id          uuid           not null,
    partner_id  uuid           not null,
    offer_type  varchar(16),
    offer_id    uuid,
    rate        numeric(5, 4)  not null check (rate > 0 and rate <= 1),
    created_at  timestamptz    not null,
    version     bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, partner_id) references partner (tenant_id, id) on delete cascade,
    foreign key (tenant_id, offer_id) references offer (tenant_id, id),
    check ((offer_type is null) <> (offer_id is null))
);
create unique index commission_rate_type_uk on commission_rate (tenant_id, partner_id, offer_type)
    where offer_type is not null;
create unique index commission_rate_offer_uk on commission_rate (tenant_id, partner_id, offer_id)
    where offer_id is not null;

-- A settled partner-month keeps the amounts it was settled at; its orders and refunds are frozen.
create table commission_settlement (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    partner_id  uuid         not null,
    month       date         not null check (extract(day from month) = 1),
    amounts     jsonb        not null,
    settled_by  uuid         not null,
    settled_at  timestamptz  not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, partner_id) references partner (tenant_id, id),
    foreign key (tenant_id, settled_by) references user_account (tenant_id, id)
);
create unique index commission_settlement_uk on commission_settlement (tenant_id, partner_id, month);

-- Whether an order is the member's first purchase in the community or a repurchase is derived, never stored:
-- the n-th order among the member's orders there that were not fully refunded. security_invoker keeps the
-- tables' row-level security in force for whoever reads the view.
create view money_order_sequence with (security_invoker = true) as
select o.tenant_id, o.id as order_id,
       case when o.refunded < o.amount then
           row_number() over (partition by o.tenant_id, o.community_id, o.member_id, o.refunded < o.amount
                              order by o.paid_at, o.id)
       end as purchase_number
from money_order o;

grant select, insert, update, delete on money_setting, offer, offer_community, partner, money_order, money_refund,
    money_review, commission_rate, commission_settlement to ${app_role};
grant select on money_order_sequence to ${app_role};

--changeset communityops:money-2 splitStatements:false
do $$
declare
    t text;
begin
    foreach t in array array['money_setting', 'offer', 'offer_community', 'partner', 'money_order', 'money_refund',
                             'money_review', 'commission_rate', 'commission_settlement']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id())'
                       ' with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;
