--liquibase formatted sql

--changeset communityops:automation-rule-enabled-at-1
-- When the rule was last switched on. A rule acts on facts that happen from then on: switching on the welcome
-- playbook does not welcome last month's joiners, and an import of last year's orders does not fire purchase rules
-- switched on today. Null (rules written before this column) means from any time.
alter table automation_rule add column enabled_at timestamptz;
update automation_rule set enabled_at = updated_at where enabled;
