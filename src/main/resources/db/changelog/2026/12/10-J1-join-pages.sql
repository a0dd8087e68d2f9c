--liquibase formatted sql

--changeset communityops:join-pages-1
-- The way in (docs/decisions/0051-the-way-in.md): a public page per community through which people apply without
-- an account, the links that carry it to each acquisition channel, the groups' QR codes handed to the approved,
-- and what the join feature keeps of each application that came through it.

-- One page per community: paused or open, its texts in both languages, and how to pay the entry fee by hand.
-- version is the optimistic lock of the operator's editor.
create table join_page (
    tenant_id              uuid           not null references tenant (id),
    community_id           uuid           not null,
    paused                 boolean        not null default false,
    value_zh               varchar(2000),
    value_en               varchar(2000),
    rules_zh               varchar(2000),
    rules_en               varchar(2000),
    privacy_zh             varchar(6000),
    privacy_en             varchar(6000),
    privacy_version        varchar(40)    not null default '1',
    payment_zh             varchar(2000),
    payment_en             varchar(2000),
    payment_qr             bytea          check (octet_length(payment_qr) <= 1048576),
    payment_qr_type        varchar(20)    check (payment_qr_type in ('image/png', 'image/jpeg')),
    updated_at             timestamptz    not null,
    version                bigint         not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    check ((payment_qr is null) = (payment_qr_type is null))
);

-- A link per acquisition channel or campaign. The token is 128 random bits in base62 (22 characters); it is kept
-- as it is, like an unsubscribe token, because the operator copies the link and its QR code again and again, and
-- it opens nothing but a public form.
create table join_link (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    community_id   uuid          not null,
    token          varchar(22)   not null check (length(token) = 22),
    channel_id     uuid,
    campaign       varchar(120),
    created_at     timestamptz   not null,
    archived_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    foreign key (tenant_id, channel_id) references acquisition_channel (tenant_id, id)
);
create unique index join_link_token_uk on join_link (tenant_id, token);
-- A public request knows the token and no tenant yet.
create index join_link_token_ix on join_link (token);
create index join_link_community_ix on join_link (tenant_id, community_id, created_at);

-- A group's QR code as WeChat printed it: at most 500 seats, valid until expires_on (a group code lasts 7 days).
-- handed_out counts the approved applicants it was given to; position orders the hand-out; retired_at takes a
-- code out of it for good. expiry_warned_on remembers the day the operators were told it expires, so they are
-- told once.
create table join_group_code (
    tenant_id         uuid          not null references tenant (id),
    id                uuid          not null,
    community_id      uuid          not null,
    label             varchar(120)  not null,
    image             bytea         not null check (octet_length(image) <= 1048576),
    image_type        varchar(20)   not null check (image_type in ('image/png', 'image/jpeg')),
    capacity          integer       not null check (capacity between 1 and 500),
    handed_out        integer       not null default 0 check (handed_out >= 0 and handed_out <= capacity),
    expires_on        date          not null,
    position          integer       not null,
    retired_at        timestamptz,
    expiry_warned_on  date,
    created_at        timestamptz   not null,
    version           bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
create index join_group_code_order_ix on join_group_code (tenant_id, community_id, position)
    where retired_at is null;

-- An application that came through a join page, beside the membership the members feature keeps for it. The
-- applicant's phone and email are kept as hashes only here (the member row holds them for staff): enough for
-- "one open application per person and community". open is cleared when the membership is decided. The status
-- token is stored hashed: the applicant holds the only copy. payment_claim is the transfer reference the applicant
-- gave, until an operator confirms it (a claim is no payment: it is not screening's evidence before that).
create table join_application (
    tenant_id          uuid          not null references tenant (id),
    id                 uuid          not null,
    community_id       uuid          not null,
    membership_id      uuid          not null,
    link_id            uuid,
    phone_hash         varchar(64),
    email_hash         varchar(64),
    open               boolean       not null default true,
    outcome            varchar(16)   not null default 'PENDING'
        check (outcome in ('PENDING', 'APPROVED', 'REJECTED', 'CLOSED')),
    consented_at       timestamptz   not null,
    notice_version     varchar(40)   not null,
    locale             varchar(16)   not null,
    status_token_hash  varchar(64)   not null,
    group_code_id      uuid,
    created_at         timestamptz   not null,
    payment_claim      varchar(120),
    decided_at         timestamptz,
    joined_at          timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    foreign key (tenant_id, membership_id) references membership (tenant_id, id) on delete cascade,
    foreign key (tenant_id, link_id) references join_link (tenant_id, id),
    -- No "on delete set null": it would null the tenant too (DistributableSchemaTest); codes are retired, not deleted.
    foreign key (tenant_id, group_code_id) references join_group_code (tenant_id, id),
    check (phone_hash is not null or email_hash is not null)
);
create unique index join_application_membership_uk on join_application (tenant_id, membership_id);
create unique index join_application_phone_uk on join_application (tenant_id, community_id, phone_hash)
    where open and phone_hash is not null;
create unique index join_application_email_uk on join_application (tenant_id, community_id, email_hash)
    where open and email_hash is not null;
create unique index join_application_status_uk on join_application (tenant_id, status_token_hash);
create index join_application_status_ix on join_application (status_token_hash);
create index join_application_link_ix on join_application (tenant_id, link_id) where link_id is not null;

grant select, insert, update, delete on join_page, join_link, join_group_code, join_application to ${app_role};

alter table join_page enable row level security;
alter table join_page force row level security;
create policy tenant_isolation on join_page
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table join_link enable row level security;
alter table join_link force row level security;
create policy tenant_isolation on join_link
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The one way to find a link before its tenant is known, shaped like mail_unsubscribe_lookup (decision 0002): the
-- public request names the token it holds in a transaction-local setting and sees that row only, read-only.
create policy join_link_lookup on join_link for select
    using (token = nullif(current_setting('app.join_token', true), ''));

alter table join_group_code enable row level security;
alter table join_group_code force row level security;
create policy tenant_isolation on join_group_code
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table join_application enable row level security;
alter table join_application force row level security;
create policy tenant_isolation on join_application
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The status link, the same way: the hash of the token it carries, in a transaction-local setting, reads one row.
create policy join_status_lookup on join_application for select
    using (status_token_hash = nullif(current_setting('app.join_status_token', true), ''));

comment on table join_page is 'owned by join';
comment on table join_link is 'owned by join';
comment on table join_group_code is 'owned by join';
comment on table join_application is 'owned by join';

--changeset communityops:join-pages-2
-- The join pages' token buckets (decision 0029: every node sees them), one per client address (hashed) or per
-- community, within the tenant of the link the request came through. Tokens as of updated_at, refilled by the
-- caller's rate and capped at its burst on the next request.
create table join_rate_limit (
    tenant_id   uuid              not null references tenant (id),
    bucket      varchar(80)       not null,
    tokens      double precision  not null,
    updated_at  timestamptz       not null,
    primary key (tenant_id, bucket)
);

grant select, insert, update, delete on join_rate_limit to ${app_role};

alter table join_rate_limit enable row level security;
alter table join_rate_limit force row level security;
create policy tenant_isolation on join_rate_limit
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table join_rate_limit is 'owned by join';

--changeset communityops:join-pages-3 splitStatements:false
-- Takes one token from the current tenant's bucket: 0 when the request may go ahead, else the seconds until a
-- token is there. The row is locked before the time is read, so requests on several nodes queue on it and never
-- spend the same token twice; the database's clock, so nodes whose clocks differ agree (as api_rate_take).
create function join_rate_take(p_bucket varchar, p_rate double precision, p_burst double precision)
    returns double precision
    language plpgsql
    as $$
declare
    stored    double precision;
    stored_at timestamptz;
    now_ts    timestamptz;
    available double precision;
begin
    insert into join_rate_limit (tenant_id, bucket, tokens, updated_at)
    values (current_tenant_id(), p_bucket, p_burst, clock_timestamp())
    on conflict do nothing;
    select tokens, updated_at into stored, stored_at
    from join_rate_limit where tenant_id = current_tenant_id() and bucket = p_bucket
    for update;
    now_ts := greatest(clock_timestamp(), stored_at);
    available := least(p_burst, stored + extract(epoch from now_ts - stored_at) * p_rate);
    if available >= 1 then
        update join_rate_limit set tokens = available - 1, updated_at = now_ts
        where tenant_id = current_tenant_id() and bucket = p_bucket;
        return 0;
    end if;
    update join_rate_limit set tokens = available, updated_at = now_ts
    where tenant_id = current_tenant_id() and bucket = p_bucket;
    return (1 - available) / p_rate;
end
$$;
revoke all on function join_rate_take(varchar, double precision, double precision) from public;
grant execute on function join_rate_take(varchar, double precision, double precision) to ${app_role};
