--liquibase formatted sql

--changeset communityops:member-search-1
-- The members grid now seeks past bookmarks in the joined-date and last-active orders too (decision 0027). A
-- bookmark pass over a status filter reads these indexes alone once they carry the status; the key is unchanged,
-- so every other reader (the KPIs' stays, elimination by inactivity) plans as before.
drop index membership_joined_ix;
create index membership_joined_ix on membership (tenant_id, community_id, joined_at, id)
    include (status, left_at, member_id);
drop index membership_active_ix;
create index membership_active_ix on membership (tenant_id, community_id, last_active_at, id) include (status);

--changeset communityops:member-search-2 splitStatements:false
-- Finding members by name, handle or tag through the trigram and tag indexes, which PostgreSQL never uses ahead of
-- a row-level-security condition (ILIKE and && are not leakproof). See docs/decisions/0027-member-search-under-rls.md.
--
-- The schema owner reads membership across tenants, SELECT only, so that member_grid_matches, which runs with the
-- owner's rights, has no policy condition ahead of its own. Every other table and command keeps the forced tenant
-- policy for the owner too; the runtime role is not the owner and no member of it (RowLevelSecurityCatalogTest).
create policy member_grid_search on membership for select to current_user using (true);

-- The ids of the current tenant's memberships in one community whose name (or handle, if in_handles) contains the
-- text literally and which carry any of the tags; at most max_rows of them. The tenant is the transaction's own
-- setting, the one every policy reads, never a parameter. Only ids leave: the members grid re-reads them through
-- row-level security with its whole filter, so a wrong id here could hide a row but never show one.
-- Answers null when no index narrows the search: no tags, and text without a run of three characters that
-- pg_trgm takes trigrams from (the index would return every row); the grid then scans the community as before.
create function member_grid_matches(community uuid, search text, in_handles boolean, any_tags varchar[],
                                    max_rows integer)
    returns uuid[]
    language plpgsql stable security definer
    set search_path = public, pg_temp
    -- Planned for each call's own text and tags: a generic plan cannot tell a rare text from a common one.
    set plan_cache_mode = force_custom_plan
as $$
declare
    pattern text := '%' || replace(replace(replace(search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    indexed_text boolean := false;
    run integer := 0;
    c text;
begin
    if cardinality(any_tags) = 0 then
        any_tags := null;
    end if;
    -- pg_trgm classifies characters by the database's locale; a character alone has trigrams only if it is one
    -- pg_trgm takes words from.
    foreach c in array coalesce(regexp_split_to_array(search, ''), '{}') loop
        run := case when cardinality(show_trgm(c)) > 0 then run + 1 else 0 end;
        indexed_text := indexed_text or run >= 3;
    end loop;
    if not indexed_text and any_tags is null then
        return null;
    end if;
    return array(
        select m.id
        from membership m
        where m.tenant_id = current_tenant_id()
          and m.community_id = community
          and (search is null or m.member_name ilike pattern
               or (coalesce(in_handles, false) and m.member_handle ilike pattern))
          and (any_tags is null or m.tags && any_tags)
        limit max_rows);
end
$$;
revoke all on function member_grid_matches(uuid, text, boolean, varchar[], integer) from public;
grant execute on function member_grid_matches(uuid, text, boolean, varchar[], integer) to ${app_role};
