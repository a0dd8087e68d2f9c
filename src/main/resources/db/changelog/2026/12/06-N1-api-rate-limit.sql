--liquibase formatted sql

--changeset communityops:api-rate-limit-1
-- Each API key's token bucket, where every node sees it (docs/decisions/0029-two-or-more-nodes.md): held in one
-- node's memory, a key got the rate once per node behind the load balancer. One row per key that has been used;
-- tokens as of updated_at, refilled by the caller's rate and capped at its burst on the next request.
create table api_rate_limit (
    tenant_id   uuid              not null,
    key_id      uuid              not null,
    tokens      double precision  not null,
    updated_at  timestamptz       not null,
    primary key (tenant_id, key_id),
    foreign key (tenant_id, key_id) references api_key (tenant_id, id) on delete cascade
);

grant select, insert, update, delete on api_rate_limit to ${app_role};

alter table api_rate_limit enable row level security;
alter table api_rate_limit force row level security;
create policy tenant_isolation on api_rate_limit
    using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

--changeset communityops:api-rate-limit-2 splitStatements:false
-- Takes one token from the current tenant's key: answers 0 when the request may go ahead, the seconds until a
-- token is there, or -1 when the key may no longer be used (revoked, its tenant suspended, its maker disabled or no
-- longer a tenant admin): a node's memory of a key then never outlives a change made through another node. The row
-- is locked before the time is read, so requests of one key on several nodes queue on it and never spend the same
-- token twice. The database's clock, not the nodes', so nodes whose clocks differ agree.
create function api_rate_take(p_key uuid, p_rate double precision, p_burst double precision)
    returns double precision
    language plpgsql
    as $$
declare
    stored    double precision;
    stored_at timestamptz;
    now_ts    timestamptz;
    available double precision;
begin
    if not exists (
        select 1 from api_key k join tenant t on t.id = k.tenant_id
        where k.tenant_id = current_tenant_id() and k.id = p_key and k.revoked_at is null and t.status = 'ACTIVE'
          and (k.created_by is null or exists (
              select 1 from user_account u
              where u.id = k.created_by and u.enabled and u.role = 'TENANT_ADMIN'))) then
        return -1;
    end if;
    insert into api_rate_limit (tenant_id, key_id, tokens, updated_at)
    values (current_tenant_id(), p_key, p_burst, clock_timestamp())
    on conflict do nothing;
    select tokens, updated_at into stored, stored_at
    from api_rate_limit where tenant_id = current_tenant_id() and key_id = p_key
    for update;
    now_ts := greatest(clock_timestamp(), stored_at);
    available := least(p_burst, stored + extract(epoch from now_ts - stored_at) * p_rate);
    if available >= 1 then
        update api_rate_limit set tokens = available - 1, updated_at = now_ts
        where tenant_id = current_tenant_id() and key_id = p_key;
        return 0;
    end if;
    update api_rate_limit set tokens = available, updated_at = now_ts
    where tenant_id = current_tenant_id() and key_id = p_key;
    return (1 - available) / p_rate;
end
$$;
revoke all on function api_rate_take(uuid, double precision, double precision) from public;
grant execute on function api_rate_take(uuid, double precision, double precision) to ${app_role};
