--liquibase formatted sql

--changeset communityops:automation-rules-1
-- An automation rule: when its trigger fires, if its conditions hold, its actions run. community_id null means
-- every community of the tenant. definition is the JSON of automation.RuleDefinition; playbook_key names the built-in
-- playbook a rule was switched on from, so the playbook page shows which of its rules are on.
create table automation_rule (
    tenant_id     uuid          not null references tenant (id),
    id            uuid          not null,
    community_id  uuid,
    name          varchar(200)  not null,
    trigger_kind  varchar(40)   not null,
    definition    jsonb         not null,
    enabled       boolean       not null default false,
    playbook_key  varchar(60),
    created_by    uuid,
    created_at    timestamptz   not null,
    updated_by    uuid,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, community_id) references community (tenant_id, id) on delete cascade
);
-- The engine looks up the enabled rules of one trigger kind for each signal.
create index automation_rule_trigger_ix on automation_rule (tenant_id, trigger_kind) where enabled;
create index automation_rule_community_ix on automation_rule (tenant_id, community_id);

grant select, insert, update, delete on automation_rule to ${app_role};

alter table automation_rule enable row level security;
alter table automation_rule force row level security;
create policy tenant_isolation on automation_rule
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

comment on table automation_rule is 'owned by automation';
