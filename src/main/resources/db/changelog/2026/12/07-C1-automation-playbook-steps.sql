--liquibase formatted sql

--changeset communityops:automation-playbook-steps-1
-- Which rule of its playbook a switched-on rule is (0, 1, 2...), so switching a playbook on again for the same
-- community (or tenant-wide) finds the rules it made before instead of adding copies, even when two people switch
-- it on at the same moment: the unique indexes refuse the second copy.
alter table automation_rule add column playbook_step smallint;
alter table automation_rule add constraint automation_rule_playbook_step_ck
    check ((playbook_key is null) = (playbook_step is null));
create unique index automation_rule_playbook_community_uk
    on automation_rule (tenant_id, community_id, playbook_key, playbook_step)
    where playbook_key is not null and community_id is not null;
create unique index automation_rule_playbook_tenant_uk
    on automation_rule (tenant_id, playbook_key, playbook_step)
    where playbook_key is not null and community_id is null;
