--liquibase formatted sql

--changeset communityops:today-tasks-1
-- A task on an operator's Today list: opened by an automation rule (run_id and action_index make that idempotent) or
-- by hand. assignee_id null means "the community's operators". due_at never moves once set, so a snooze
-- (snoozed_until) hides a task for a while without changing whether it is done on time (decision 0043).
create table today_task (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    community_id   uuid          not null,
    membership_id  uuid,
    title          varchar(300)  not null,
    source         varchar(20)   not null,
    rule_id        uuid,
    rule_name      varchar(200),
    run_id         uuid,
    action_index   integer,
    assignee_id    uuid,
    due_at         timestamptz   not null,
    status         varchar(20)   not null,
    snoozed_until  timestamptz,
    done_at        timestamptz,
    done_by        uuid,
    cancel_reason  varchar(40),
    created_by     uuid,
    created_at     timestamptz   not null,
    version        bigint        not null,
    primary key (tenant_id, id),
    check (status in ('OPEN', 'DONE', 'CANCELLED')),
    check (source in ('RULE', 'MANUAL')),
    check ((status = 'DONE') = (done_at is not null)),
    -- No key on membership_id: a member's record removed (or merged away) leaves the task, which was work to do,
    -- and the list shows it without the member (a key with "set null" on a tenant's key is refused when distributed).
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
-- One task per rule run and action, however often the run is retried.
create unique index today_task_run_uk on today_task (tenant_id, run_id, action_index) where run_id is not null;
create index today_task_open_ix on today_task (tenant_id, community_id, due_at) where status = 'OPEN';
create index today_task_due_ix on today_task (tenant_id, due_at);

grant select, insert, update, delete on today_task to ${app_role};

alter table today_task enable row level security;
alter table today_task force row level security;
create policy tenant_isolation on today_task
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table today_task is 'owned by today';
