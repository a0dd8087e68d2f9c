--liquibase formatted sql

--changeset communityops:changelog-fingerprint-1
-- The fingerprint of the changelog files the database was last migrated with (MigrationLock): a start whose files
-- have the same fingerprint has nothing to migrate and skips Liquibase, which otherwise reads and checks every
-- changelog at every start. One row, written by the schema owner after a successful migration; the application
-- role has no access. Deleting the row makes the next start run Liquibase in full.
create table changelog_fingerprint (
    id           boolean      primary key default true check (id),
    fingerprint  text         not null,
    recorded_at  timestamptz  not null
);
