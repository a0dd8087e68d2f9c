--liquibase formatted sql

--changeset communityops:kpi-rollup-keys-1
-- The rollups are derived from the events and rewritten by every rebuild: their tenant foreign keys checked each
-- written member-day against tenant, a third of the time a rebuild spends writing (2.6 million rows for 10 million
-- events). The tenant policy's check pins every row to the transaction's tenant, and tenants are never deleted.
-- See docs/decisions/0019-event-tenant-keys.md.
alter table kpi_member_day drop constraint kpi_member_day_tenant_id_fkey;
alter table kpi_daily drop constraint kpi_daily_tenant_id_fkey;
