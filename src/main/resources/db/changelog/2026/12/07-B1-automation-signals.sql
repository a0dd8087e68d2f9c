--liquibase formatted sql

--changeset communityops:automation-signals-1
-- A fact another module recorded (a member joined, an order was paid), kept in the transaction of the fact so the
-- two commit or roll back together (docs/decisions/0042-automation-engine.md). The engine job claims unprocessed
-- signals in id order (UUIDv7: the order they were recorded in, to the millisecond) and turns each into at most one run per matching rule. Scan triggers (a member silent for N
-- days, a scheduled time) write a signal for one rule (rule_id) under a key that says which firing it is, so a
-- firing is written once however often the scan runs. Kept 35 days at least: the dry run reads them.
--   kind              automation.SignalKind: the kind of fact
--   membership_id     the member the fact is about, if any (member_id when the fact only knows the member)
--   subject_id        the order, activity, KPI, code batch... the fact is about, if any
--   data              the fact's figures the rules read (amount, stars, warning count, red line, seats...)
--   cause_rule_id     the rule whose action caused the fact; that rule never fires on it (loop prevention)
--   depth             how many rule actions lie behind the fact (0: a person or an import did it)
create table automation_signal (
    tenant_id      uuid          not null default current_tenant_id() references tenant (id),
    id             uuid          not null,
    kind           varchar(40)   not null,
    community_id   uuid,
    membership_id  uuid,
    member_id      uuid,
    subject_id     uuid,
    data           jsonb         not null default '{}'::jsonb,
    occurred_at    timestamptz   not null,
    recorded_at    timestamptz   not null,
    rule_id        uuid,
    dedupe_key     varchar(200),
    cause_rule_id  uuid,
    depth          integer       not null default 0,
    processed_at   timestamptz,
    primary key (tenant_id, id)
);
-- The engine's queue: the head of each tenant's unprocessed signals.
create index automation_signal_queue_ix on automation_signal (tenant_id, id) where processed_at is null;
-- The dry run reads a kind over the last 30 days; the retention job deletes by age.
create index automation_signal_kind_ix on automation_signal (tenant_id, kind, occurred_at);
-- One signal per scan firing of a rule.
create unique index automation_signal_firing_ux on automation_signal (tenant_id, rule_id, dedupe_key)
    where dedupe_key is not null;

-- One firing of one rule on one signal: the rule and version used, the inputs, each condition's result, each
-- action's outcome. The unique key is what makes a signal fire a rule at most once, whichever node runs the job.
--   PENDING    waits to be run (next_attempt_at)
--   RETRYING   an action failed; tried again at next_attempt_at (back-off)
--   SUCCEEDED  the conditions held and every action ran
--   NOT_MET    a condition did not hold; nothing was done
--   SKIPPED    not run, skip_reason says why (the rule caused the fact, archived community, same member within a
--              minute, rule disabled or deleted, loop depth)
--   FAILED     the actions kept failing; the tenant admins were told
create table automation_run (
    tenant_id       uuid           not null default current_tenant_id() references tenant (id),
    id              uuid           not null,
    rule_id         uuid           not null,
    rule_name       varchar(200)   not null,
    rule_version    bigint,
    signal_id       uuid           not null,
    trigger_kind    varchar(40)    not null,
    community_id    uuid,
    membership_id   uuid,
    status          varchar(16)    not null
        check (status in ('PENDING', 'RETRYING', 'SUCCEEDED', 'NOT_MET', 'SKIPPED', 'FAILED')),
    skip_reason     varchar(40),
    inputs          jsonb          not null default '{}'::jsonb,
    conditions      jsonb          not null default '[]'::jsonb,
    actions         jsonb          not null default '[]'::jsonb,
    attempts        integer        not null default 0,
    next_attempt_at timestamptz    not null,
    last_error      varchar(2000),
    triggered_at    timestamptz    not null,
    created_at      timestamptz    not null,
    finished_at     timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, rule_id, signal_id)
);
-- The job picks due runs; the run log lists failed first, then newest, per rule or all.
create index automation_run_due_ix on automation_run (tenant_id, next_attempt_at)
    where status in ('PENDING', 'RETRYING');
create index automation_run_list_ix on automation_run (tenant_id, triggered_at desc);
create index automation_run_rule_ix on automation_run (tenant_id, rule_id, triggered_at desc);
-- "The same member matched this rule a moment ago" looks up the member's runs of the rule.
create index automation_run_member_ix on automation_run (tenant_id, rule_id, membership_id, triggered_at)
    where membership_id is not null;

grant select, insert, update, delete on automation_signal, automation_run to ${app_role};

alter table automation_signal enable row level security;
alter table automation_signal force row level security;
create policy tenant_isolation on automation_signal
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

alter table automation_run enable row level security;
alter table automation_run force row level security;
create policy tenant_isolation on automation_run
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table automation_signal is 'owned by automation';
comment on table automation_run is 'owned by automation';
