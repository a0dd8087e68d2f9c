--liquibase formatted sql

--changeset communityops:join-contact-proof-1
-- A code mailed to the address someone gives on a join page, so that the tenant's records count for them only once
-- they showed the address is theirs (docs/decisions/0051-the-way-in.md, "Standing needs a proven address"). The
-- address and the code are kept as hashes; a right code hands the page a proof token, kept hashed too, which the
-- application then carries. A code allows a few tries and lives a quarter of an hour; the rows go after a day.
create table join_contact_proof (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    community_id   uuid          not null,
    contact_hash   varchar(64)   not null,
    code_hash      varchar(64)   not null,
    attempts       integer       not null default 0 check (attempts >= 0),
    sent_at        timestamptz   not null,
    expires_at     timestamptz   not null,
    proven_at      timestamptz,
    proof_hash     varchar(64),
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade,
    check ((proven_at is null) = (proof_hash is null))
);
-- The newest code of an address, looked up when the code is typed in.
create index join_contact_proof_contact_ix on join_contact_proof (tenant_id, community_id, contact_hash, sent_at);
create unique index join_contact_proof_proof_uk on join_contact_proof (tenant_id, proof_hash)
    where proof_hash is not null;
create index join_contact_proof_sent_ix on join_contact_proof (tenant_id, sent_at);

grant select, insert, update, delete on join_contact_proof to ${app_role};

alter table join_contact_proof enable row level security;
alter table join_contact_proof force row level security;
create policy tenant_isolation on join_contact_proof
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table join_contact_proof is 'owned by join';
