--liquibase formatted sql

--changeset communityops:mfa-key-check-1
-- Which key encrypts the second-factor secrets (MfaKeyCheck): an HMAC of a fixed text under that key, never the key.
-- The first node that starts with a configured key records it; a node started with another key refuses to start,
-- since every secret enrolled through one node would not decrypt on the other. One row; deleting it accepts the
-- next node's key (after a deliberate key change, which leaves enrolled secrets undecryptable).
create table mfa_key_check (
    id           boolean      primary key default true check (id),
    check_value  text         not null,
    recorded_at  timestamptz  not null
);

grant select, insert on mfa_key_check to ${app_role};
