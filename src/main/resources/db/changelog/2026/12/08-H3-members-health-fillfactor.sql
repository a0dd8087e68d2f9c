--liquibase formatted sql

--changeset communityops:members-health-fillfactor-1
-- The daily recompute rewrites most rows of member_health (a silent member's days move every day, and the first run
-- of each week adds the week's score to every trend). A row whose score and segment stay put can then be updated in
-- place on its page (a heap-only update: none of the three indexes is written), if the page has room for the new
-- version: half of each page is kept free for it (docs/performance.md, "Member health recompute").
alter table member_health set (fillfactor = 50);
