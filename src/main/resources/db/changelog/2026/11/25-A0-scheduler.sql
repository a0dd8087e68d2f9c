--liquibase formatted sql

--changeset communityops:scheduler-1
-- db-scheduler's table (its PostgreSQL schema). Platform-level on purpose, without tenant_id or row-level security:
-- a row is one job's next run for the whole installation, claimed by one node; per-tenant work happens inside
-- the job, tenant by tenant (ADR 0012). It holds job names and times, never tenant data.
create table scheduled_tasks (
    task_name             text                     not null,
    task_instance         text                     not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean                  not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint                   not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_ix on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_ix on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_ix on scheduled_tasks (priority desc, execution_time asc);

grant select, insert, update, delete on scheduled_tasks to ${app_role};
