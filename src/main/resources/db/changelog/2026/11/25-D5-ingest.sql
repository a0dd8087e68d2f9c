--liquibase formatted sql

--changeset communityops:ingest-1
-- The tenant foreign keys of the two event tables checked every inserted row against tenant, taking a key-share
-- lock on the tenant's row each time (a multixact once batches run concurrently): a quarter of the ingest
-- statement. Tenants are suspended, never deleted, and the tenant policy's check already pins every row to the
-- transaction's tenant; events leave with their month's partition. See docs/decisions/0019-event-tenant-keys.md.
alter table engagement_event drop constraint engagement_event_tenant_id_fkey;
alter table engagement_event_key drop constraint engagement_event_key_tenant_id_fkey;
