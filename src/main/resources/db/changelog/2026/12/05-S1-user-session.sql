--liquibase formatted sql

--changeset communityops:user-session-1
-- Who is signed in where, shared by every node on this database (docs/decisions/0023-signed-in-sessions.md).
-- Platform-level like login_email: a session belongs to a user id, which is unique across the installation, and
-- platform admins' sessions have no tenant. A tenant's sessions are found through its user_account rows, which are
-- under row-level security. The key is a random value kept in the HTTP session; only its SHA-256 is stored here.
create table user_session (
    key_hash        bytea        primary key check (octet_length(key_hash) = 32),
    id              uuid         not null unique,
    user_id         uuid         not null,
    created_at      timestamptz  not null,
    last_seen_at    timestamptz  not null,
    client_address  varchar(64),
    user_agent      varchar(400),
    ended_at        timestamptz,
    end_reason      varchar(32)
);
create index user_session_open_ix on user_session (user_id) where ended_at is null;

grant select, insert, update, delete on user_session to ${app_role};
