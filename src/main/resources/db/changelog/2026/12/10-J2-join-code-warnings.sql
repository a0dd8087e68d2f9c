--liquibase formatted sql

--changeset communityops:join-code-warnings-1
-- The daily warning that a community has no group code left to hand out (docs/decisions/0051-the-way-in.md). It is
-- told once per running out: none_left_warned_at marks every code the warning covered, and a code added afterwards
-- carries no mark, so when it runs out in turn the operators are told again. expiry_warned_on (join-pages-1) keeps
-- the per-code "expires tomorrow" warning the same way. The job claims a warning by setting the mark in the
-- statement that finds it, so a rerun or a second node finds nothing left to tell.
alter table join_group_code add column none_left_warned_at timestamptz;

-- Codes not yet covered by a warning: few per community (those since it last ran out), looked up by the job.
create index join_group_code_unwarned_ix on join_group_code (tenant_id, community_id)
    where none_left_warned_at is null;
create index join_group_code_expiry_ix on join_group_code (tenant_id, expires_on)
    where retired_at is null and expiry_warned_on is null;
