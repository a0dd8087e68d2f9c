--liquibase formatted sql

--changeset communityops:calendar-feed-1
-- One secret iCalendar feed address per community. Only the SHA-256 of the token is kept: the address is shown
-- once, when it is made, and regenerating it replaces the hash, so the old address stops working at once.
create table calendar_feed (
    tenant_id     uuid         not null references tenant (id),
    community_id  uuid         not null,
    token_hash    bytea        not null check (octet_length(token_hash) = 32),
    locale        varchar(16),
    created_by    uuid         not null,
    created_at    timestamptz  not null,
    version       bigint       not null,
    primary key (tenant_id, community_id),
    foreign key (tenant_id, community_id) references community (tenant_id, id)
);
create unique index calendar_feed_token_uk on calendar_feed (tenant_id, token_hash);
-- The lookup arrives with a token and no tenant yet.
create index calendar_feed_token_ix on calendar_feed (token_hash);

grant select, insert, update, delete on calendar_feed to ${app_role};

alter table calendar_feed enable row level security;
alter table calendar_feed force row level security;
create policy tenant_isolation on calendar_feed
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- The one way to read a feed row before its tenant is known, shaped like sign_in_lookup: the feed request names
-- the hash of the token it holds in a transaction-local setting and sees that row only, read-only.
-- See docs/decisions/0008-calendar-feed.md.
create policy feed_token_lookup on calendar_feed for select
    using (token_hash = decode(nullif(current_setting('app.feed_token_hash', true), ''), 'hex'));
