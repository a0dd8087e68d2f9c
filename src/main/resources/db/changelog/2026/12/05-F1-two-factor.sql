--liquibase formatted sql

--changeset communityops:two-factor-1
-- Authenticator-app sign-in (docs/decisions/0025-two-factor-sign-in.md). The secret is AES-GCM ciphertext, never
-- the secret itself; recovery codes are SHA-256 hashes of random 80-bit codes, each removed when it is used.
-- totp_last_step is the last time step whose code was accepted: a code is good once.
alter table user_account add column totp_secret varchar(200);
alter table user_account add column totp_enabled_at timestamptz;
alter table user_account add column totp_last_step bigint;
alter table user_account add column recovery_codes text[];

alter table platform_admin add column totp_secret varchar(200);
alter table platform_admin add column totp_enabled_at timestamptz;
alter table platform_admin add column totp_last_step bigint;
alter table platform_admin add column recovery_codes text[];

-- A tenant admin's policy: who must sign in with a second factor. Platform admins always must.
alter table tenant add column mfa_required_staff boolean not null default false;
alter table tenant add column mfa_required_clients boolean not null default false;
