--liquibase formatted sql

--changeset communityops:join-request-limit-1
-- Every request of the public join pages (/join/**) takes a token of its client address's bucket, before any token
-- is looked up: a link that names nothing has no tenant, and a limit only on the links that exist would answer them
-- differently from the ones that do not. So the buckets sit outside the tenants, as sign_in_throttle does: keyed by
-- a hash of the address as counted (an IPv6 address by its /64), no tenant and no business data.
create table join_request_limit (
    address_key  varchar(64)       primary key,
    tokens       double precision  not null,
    updated_at   timestamptz       not null
);
create index join_request_limit_updated_ix on join_request_limit (updated_at);

grant select, insert, update, delete on join_request_limit to ${app_role};
comment on table join_request_limit is 'owned by join';

--changeset communityops:join-request-limit-2 splitStatements:false
-- Takes one token of the address's bucket: 0 when the request may go ahead, else the seconds until a token is
-- there. The row is locked before the time is read, so nodes never spend the same token twice; the database's
-- clock, so nodes agree. Buckets full again for an hour are dropped on the way, so the table holds the addresses of
-- the last hour only.
create function join_request_take(p_key varchar, p_rate double precision, p_burst double precision)
    returns double precision
    language plpgsql
    as $$
declare
    stored    double precision;
    stored_at timestamptz;
    now_ts    timestamptz;
    available double precision;
begin
    delete from join_request_limit
    where updated_at < clock_timestamp() - interval '1 hour' - make_interval(secs => p_burst / p_rate)
      and address_key <> p_key;
    insert into join_request_limit (address_key, tokens, updated_at)
    values (p_key, p_burst, clock_timestamp())
    on conflict do nothing;
    select tokens, updated_at into stored, stored_at
    from join_request_limit where address_key = p_key
    for update;
    now_ts := greatest(clock_timestamp(), stored_at);
    available := least(p_burst, stored + extract(epoch from now_ts - stored_at) * p_rate);
    if available >= 1 then
        update join_request_limit set tokens = available - 1, updated_at = now_ts where address_key = p_key;
        return 0;
    end if;
    update join_request_limit set tokens = available, updated_at = now_ts where address_key = p_key;
    return (1 - available) / p_rate;
end
$$;
revoke all on function join_request_take(varchar, double precision, double precision) from public;
grant execute on function join_request_take(varchar, double precision, double precision) to ${app_role};
