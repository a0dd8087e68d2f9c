--liquibase formatted sql

--changeset communityops:report-monthly-1
-- The monthly job issues last month's report of every active community once: a snapshot says who issued it, and
-- at most one monthly snapshot exists per community and period, whatever the language, so two runs or two nodes
-- can never both issue one (ADR 0018).
alter table report_snapshot add column origin varchar(8) not null default 'STAFF'
    check (origin in ('STAFF', 'MONTHLY'));
create unique index report_snapshot_monthly_uk on report_snapshot (tenant_id, community_id, period_code)
    where origin = 'MONTHLY';
