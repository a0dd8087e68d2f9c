--liquibase formatted sql

--changeset communityops:members-elimination-flag-1
-- An automation rule's "mark as elimination candidate": the member shows on the community's elimination candidates
-- with the rule's reason while they stay joined (docs/decisions/0042-automation-engine.md).
alter table membership add column elimination_flag varchar(500);
alter table membership add column elimination_flagged_at timestamptz;
