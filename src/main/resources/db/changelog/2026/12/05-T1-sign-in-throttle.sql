--liquibase formatted sql

--changeset communityops:sign-in-throttle-1
-- Failed sign-ins, counted where every node sees them. One row per counter: an email from one client address
-- ('pair'), a client address across all emails ('address'), an email across all addresses ('account'). Counted
-- whether or not an account has the email, so the table tells nothing about who is registered; it holds no tenant
-- and no business data. See docs/decisions/0024-sign-in-abuse.md.
create table sign_in_throttle (
    counter          varchar(320) primary key,
    failures         integer      not null check (failures >= 0),
    last_failure_at  timestamptz  not null,
    -- Set on a 'pair' row when the right password came from that address: the owner's known address.
    known_until      timestamptz
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);

grant select, insert, update, delete on sign_in_throttle to ${app_role};
