#!/usr/bin/env bash
# Two production nodes on one PostgreSQL server behind HAProxy with sticky sessions, checked from outside as a
# browser and an integration would see them (docs/decisions/0029-two-or-more-nodes.md):
#   1. users signed in through the balancer work on both nodes;
#   2. every scheduled job's due run is executed exactly once across the nodes;
#   3. the API's per-key rate limit holds across the nodes;
#   4. killing a node (kill -9) sends its users to sign in again on the other, with nothing committed lost;
#   5. a node started with another key for the two-step secrets refuses to start, naming the setting;
# and prints the start-up time of a node on existing data as a BENCH line.
#
# Usage: ops/two-nodes/check.sh [production jar]   (default target/app/communityops.jar, built with
#        ./mvnw -B -Pproduction -DskipTests package). Needs Debian's postgresql (server) and haproxy, curl, jq and a
#        JDK 21+ (JAVA_HOME or java on the PATH). Ports: PG_PORT (55432), NODE_A_PORT (8083), NODE_B_PORT (8084),
#        NODE_C_PORT (8085), LB_PORT (8090). Everything it starts is stopped again, also on failure; KEEP_WORK=1 keeps the logs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$(realpath "${1:-$ROOT/target/app/communityops.jar}")"
export PG_PORT="${PG_PORT:-55432}" NODE_A_PORT="${NODE_A_PORT:-8083}" NODE_B_PORT="${NODE_B_PORT:-8084}"
export LB_PORT="${LB_PORT:-8090}" NODE_C_PORT="${NODE_C_PORT:-8085}"
LB="http://127.0.0.1:$LB_PORT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
PASSWORD='CommunityOps#2026'   # the demo accounts' password (README, "Demo logins")
START_TIMEOUT="${START_TIMEOUT:-300}"
PASSED=0

WORK="$(mktemp -d "${TMPDIR:-/tmp}/two-nodes.XXXXXX")"
chmod 755 "$WORK"
declare -A PID=()

say() { printf '%s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); say "ok   $*"; }

fail() {
    say "FAIL $*" >&2
    for log in "$WORK"/node-a.log "$WORK"/node-b.log "$WORK"/haproxy.log "$WORK"/pg/postgres.log; do
        if [ -f "$log" ]; then
            say "----- last lines of $(basename "$log") -----" >&2
            tail -n 40 "$log" >&2
        fi
    done
    exit 1
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    local status=$?
    set +e
    for name in haproxy node-a node-b node-c; do
        if [ -n "${PID[$name]:-}" ] && kill -0 "${PID[$name]}" 2>/dev/null; then
            kill "${PID[$name]}" 2>/dev/null
            for _ in $(seq 1 50); do kill -0 "${PID[$name]}" 2>/dev/null || break; sleep 0.2; done
            kill -9 "${PID[$name]}" 2>/dev/null
        fi
    done
    if [ -f "$WORK/pg/data/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1
    fi
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "logs kept in $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------------
# Preconditions
[ -f "$JAR" ] || fail "no production jar at $JAR: build it with ./mvnw -B -Pproduction -DskipTests package"
[ -x "$PG_BIN/initdb" ] || fail "PostgreSQL's server programs not found (apt-get install postgresql, or set PG_BIN)"
for tool in haproxy curl jq psql openssl; do
    command -v "$tool" >/dev/null || fail "$tool not found (apt-get install haproxy curl jq postgresql-client openssl)"
done
"$JAVA" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])' || fail "$JAVA is not a JDK 21 or newer: set JAVA_HOME"
for port in "$PG_PORT" "$NODE_A_PORT" "$NODE_B_PORT" "$NODE_C_PORT" "$LB_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is already in use"; fi
done

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL, and the roles and database as the README's "Production" section creates them
say "== PostgreSQL ($("$PG_BIN/postgres" --version)) on port $PG_PORT"
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; fail "initdb failed"; }
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null || fail "PostgreSQL did not start"
export PGHOST="$WORK/pg" PGPORT="$PG_PORT"
export DB_OWNER_USER=communityops_owner DB_OWNER_PASSWORD="owner-$(openssl rand -hex 12)"
export DB_APP_USER=communityops_app DB_APP_PASSWORD="app-$(openssl rand -hex 12)"
sh "$ROOT/docker/init/01-roles.sh" >/dev/null || fail "creating the roles and database (docker/init/01-roles.sh) failed"
sql() { psql -X -q -v ON_ERROR_STOP=1 -U postgres -d communityops -At -c "$1" || fail "SQL failed: $1"; }

# ---------------------------------------------------------------------------------------------------------------
# Two nodes, as the README's "Several nodes" says: the same database, the same two-step sign-in key
export DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/communityops"
export MFA_ENCRYPTION_KEY="$(openssl rand -base64 32)"
export LIQUIBASE_ANALYTICS_ENABLED=false SCHEDULER_POLLING_INTERVAL=1s
# A small bucket, so that the rate-limit check needs few requests; a rate that refills one token per 50 s.
export COMMUNITYOPS_API_RATE_LIMIT_BURST=10 COMMUNITYOPS_API_RATE_LIMIT_PER_SECOND=0.02
RATE_BURST=10

start_node() { # name port demo-data [jar [JVM options...]]
    local name=$1 port=$2 demo=$3 jar=${4:-$JAR}
    shift $(($# < 4 ? $# : 4))
    mkdir -p "$WORK/$name"
    (cd "$WORK/$name" && PORT="$port" SCHEDULER_NODE_NAME="$name" DEMO_DATA="$demo" exec "$JAVA" "$@" -jar "$jar") \
        >>"$WORK/$name.log" 2>&1 &
    PID[$name]=$!
}

stop_node() { # name: as a service manager would, and wait for it
    kill "${PID[$1]}"
    wait "${PID[$1]}" 2>/dev/null || true
    unset "PID[$1]"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

wait_ready() { # started-ms name port -> seconds it took
    local started=$1 name=$2 port=$3
    local deadline=$((SECONDS + START_TIMEOUT))
    until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
        kill -0 "${PID[$name]}" 2>/dev/null || fail "$name exited while starting"
        [ $SECONDS -lt $deadline ] || fail "$name not ready after ${START_TIMEOUT} s"
        sleep 0.1
    done
    awk -v ms=$(($(now_ms) - started)) 'BEGIN { printf "%.1f", ms / 1000 }'
}

say "== two production nodes on it ($(basename "$JAR")): node-a seeds the demo data, node-b does not"
t0=$(now_ms)
start_node node-a "$NODE_A_PORT" true
start_node node-b "$NODE_B_PORT" false
ready_a=$(wait_ready "$t0" node-a "$NODE_A_PORT")
ready_b=$(wait_ready "$t0" node-b "$NODE_B_PORT")
say "node-a ready after $ready_a s, node-b after $ready_b s (started together on one empty database)"
# Ready means the start's runners are done, the demo data's included.
[ "$(sql "select count(*) from user_account where lower(email) in ('admin@demo-agency.test', 'olivia@demo-agency.test')")" = 2 ] \
    || fail "node-a is ready but the demo data is not there"

haproxy -f "$ROOT/ops/two-nodes/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PID[haproxy]=$!
deadline=$((SECONDS + 20))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$LB/actuator/health/readiness")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || fail "HAProxy does not answer on $LB"
    sleep 0.2
done
say "== HAProxy on $LB: roundrobin, sticky by cookie SERVERID"

# ---------------------------------------------------------------------------------------------------------------
# HTTP as a browser speaks it, through the balancer. Each client has its own cookie jar.
BODY="$WORK/body"
HEADERS="$WORK/headers"
http() { # jar curl-args... -> status; body and headers in $BODY / $HEADERS
    local jar=$1
    shift
    curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' -c "$jar" -b "$jar" "$@"
}
served_by() { grep -i '^x-served-by:' "$HEADERS" | tr -d '\r' | awk '{print $2}'; }
location() { grep -i '^location:' "$HEADERS" | tr -d '\r' | awk '{print $2}'; }
sticky_node() { awk '$6 == "SERVERID" {print $7}' "$1"; }

sign_in() { # jar email -> fails unless signed in
    local jar=$1 email=$2 status token
    status=$(http "$jar" "$LB/login")
    [ "$status" = 200 ] || fail "GET /login answered $status"
    token=$(grep -o '<meta name="_csrf" content="[^"]*"' "$BODY" | sed 's/.*content="//; s/"$//')
    [ -n "$token" ] || fail "the sign-in page carries no CSRF token"
    status=$(http "$jar" --data-urlencode "username=$email" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$LB/login")
    [ "$status" = 302 ] && ! location | grep -q '/login' || fail "sign-in of $email answered $status to $(location)"
}

# The signed-in console renders the route for this session: Vaadin's bootstrap, then one navigation round trip.
shows() { # jar route text -> fails unless the rendered route contains the text
    local jar=$1 route=$2 text=$3 status key ui
    status=$(http "$jar" "$LB/?v-r=init&location=$route&query=")
    [ "$status" = 200 ] || fail "opening /$route answered $status"
    key=$(jq -r '.appConfig.uidl["Vaadin-Security-Key"] // empty' "$BODY" 2>/dev/null) || true
    ui=$(jq -r '.appConfig["v-uiId"] // empty' "$BODY" 2>/dev/null) || true
    [ -n "$key" ] && [ -n "$ui" ] || fail "opening /$route gave no signed-in UI: $(head -c 300 "$BODY")"
    status=$(http "$jar" -H 'Content-Type: application/json; charset=UTF-8' "$LB/?v-r=uidl&v-uiId=$ui" --data \
        "$(jq -nc --arg key "$key" --arg route "$route" '{csrfToken: $key, syncId: 0, clientId: 0, rpc: [{type: "event",
         node: 1, event: "ui-navigate", data: {route: $route, query: "", appShellTitle: "", historyState: {idx: 0},
         trigger: ""}}]}')")
    [ "$status" = 200 ] || fail "navigating to /$route answered $status"
    grep -qF "$text" "$BODY" || fail "/$route does not show \"$text\""
}

ADMIN_JAR="$WORK/admin.cookies"
OLIVIA_JAR="$WORK/olivia.cookies"
COMMUNITY=$(sql "select id from community where name like '%Career Growth Camp%'")
TENANT=$(sql "select tenant_id from community where id = '$COMMUNITY'")

say "== 1. users signed in through the balancer work on both nodes"
sign_in "$ADMIN_JAR" admin@demo-agency.test
ADMIN_NODE=$(sticky_node "$ADMIN_JAR")
for _ in 1 2 3 4 5 6; do   # round robin: a new browser lands on the other node within a few tries
    rm -f "$OLIVIA_JAR"
    sign_in "$OLIVIA_JAR" olivia@demo-agency.test
    [ "$(sticky_node "$OLIVIA_JAR")" = "$ADMIN_NODE" ] || break
done
OLIVIA_NODE=$(sticky_node "$OLIVIA_JAR")
[ -n "$ADMIN_NODE" ] && [ -n "$OLIVIA_NODE" ] && [ "$ADMIN_NODE" != "$OLIVIA_NODE" ] \
    || fail "the two users did not land on two nodes (admin: '$ADMIN_NODE', olivia: '$OLIVIA_NODE')"
for user in admin:"$ADMIN_JAR":"$ADMIN_NODE" olivia:"$OLIVIA_JAR":"$OLIVIA_NODE"; do
    IFS=: read -r name jar node <<<"$user"
    for request in 1 2 3; do
        shows "$jar" communities "Career Growth Camp"
        [ "$(served_by)" = "$node" ] || fail "$name's request $request went to $(served_by), not $node"
    done
    status=$(http "$jar" "$LB/export/communities/$COMMUNITY/members.csv")
    [ "$status" = 200 ] && [ "$(served_by)" = "$node" ] || fail "$name's member export answered $status on $(served_by)"
    pass "$name signed in on $node; the communities page and the member export work there, every request stayed on $node"
done

# ---------------------------------------------------------------------------------------------------------------
say "== 2. every scheduled job runs exactly once across the nodes"
JOBS="kpi-rollups report-monthly-snapshots tool-renewal-reminders forget-old-sessions"
JOB_LIST="'kpi-rollups', 'report-monthly-snapshots', 'tool-renewal-reminders', 'forget-old-sessions'"
[ "$(sql "select count(*) from scheduled_tasks where task_name in ($JOB_LIST)")" = 4 ] \
    || fail "scheduled_tasks does not hold the four recurring jobs: $(sql "select string_agg(task_name, ', ') from scheduled_tasks")"
for round in 1 2 3; do
    deadline=$((SECONDS + 30))
    until [ "$(sql "select count(*) from scheduled_tasks where task_name in ($JOB_LIST) and picked")" = 0 ]; do
        [ $SECONDS -lt $deadline ] || fail "a job stays picked: $(sql "select task_name, picked_by from scheduled_tasks where picked")"
        sleep 0.2
    done
    # Due now, for both nodes at once (each polls every second); a due time of its own, to find its runs in the logs.
    due=$(sql "select to_char((date_trunc('second', now()) - interval '1 minute' * $round) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
    for job in $JOBS; do   # a job that a node picked meanwhile (its own time came) is made due once it is done
        deadline=$((SECONDS + 30))
        until [ "$(sql "with due as (update scheduled_tasks set execution_time = '$due'
                        where task_name = '$job' and not picked returning 1) select count(*) from due")" = 1 ]; do
            [ $SECONDS -lt $deadline ] || fail "round $round: $job stays picked"
            sleep 0.2
        done
    done
    deadline=$((SECONDS + 60))
    until [ "$(sql "select count(*) from scheduled_tasks where task_name in ($JOB_LIST) and execution_time > '$due' and not picked")" = 4 ]; do
        [ $SECONDS -lt $deadline ] || fail "round $round: jobs still due after 60 s: $(sql "select string_agg(task_name || ' ' || execution_time, ', ') from scheduled_tasks where execution_time <= '$due' or picked")"
        sleep 0.2
    done
    sleep 2   # a second node that (wrongly) ran a job too would log it now
    runs=""
    for job in $JOBS; do
        lines=$(grep -h "Scheduled job $job due $due " "$WORK/node-a.log" "$WORK/node-b.log" || true)
        count=$(grep -c . <<<"$lines" || true)
        [ "$count" = 1 ] || fail "round $round: $job due $due ran $count times: $lines"
        grep -q " ran on node " <<<"$lines" || fail "round $round: $job failed: $lines"
        runs="$runs $job@$(sed 's/.* ran on node \([^ ]*\) .*/\1/' <<<"$lines")"
    done
    pass "round $round (due $due): each job ran once:$runs"
done

# ---------------------------------------------------------------------------------------------------------------
# API keys as a tenant admin creates them under "API keys" (created here in SQL: the UI needs a browser).
api_key() { # name scopes -> token
    local id secret
    id=$(sql "select gen_random_uuid()")
    secret=$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n')
    sql "insert into api_key (tenant_id, id, name, secret_hash, hint, scopes, created_by, created_at, version)
         select '$TENANT', '$id', '$1', sha256(convert_to('$secret', 'UTF8')), '…' || right('$secret', 4), '$2',
                (select id from user_account where lower(email) = 'admin@demo-agency.test'), now(), 0" >/dev/null
    echo "co_${id//-/}_$secret"
}
api() { # node token curl-args... -> status; pinned to a node with the balancer's cookie
    local node=$1 token=$2
    shift 2
    curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' -H "Authorization: Bearer $token" -b "SERVERID=$node" "$@"
}

say "== 3. the API's per-key rate limit holds across the nodes (burst $RATE_BURST, one more every 50 s)"
RATE_TOKEN=$(api_key "Two-node check: rate" '{read}')
granted_a=0 granted_b=0 refused_a=0 refused_b=0
for i in $(seq 1 $((3 * RATE_BURST))); do
    if [ $((i % 2)) = 0 ]; then node=node-a; else node=node-b; fi
    status=$(api "$node" "$RATE_TOKEN" "$LB/api/v1/communities")
    [ "$(served_by)" = "$node" ] || fail "API request $i went to $(served_by), not $node"
    case "$node $status" in
        "node-a 200") granted_a=$((granted_a + 1)) ;;
        "node-b 200") granted_b=$((granted_b + 1)) ;;
        "node-a 429") refused_a=$((refused_a + 1)) ;;
        "node-b 429") refused_b=$((refused_b + 1)) ;;
        *) fail "API request $i answered $status: $(head -c 300 "$BODY")" ;;
    esac
done
total=$((granted_a + granted_b))
say "node-a: $granted_a answered, $refused_a refused (429); node-b: $granted_b answered, $refused_b refused"
[ "$total" -ge "$RATE_BURST" ] && [ "$total" -le $((RATE_BURST + 1)) ] \
    || fail "the key got $total answers from two nodes; one shared bucket allows $RATE_BURST (+1 refilled)"
[ "$refused_a" -gt 0 ] && [ "$refused_b" -gt 0 ] || fail "not both nodes refused the exhausted key"
pass "one bucket for the key: $total of $((3 * RATE_BURST)) requests answered across both nodes (two per-node buckets would answer $((2 * RATE_BURST)))"

# Revoked as the tenant admin's "Revoke" does it (committed in the database; neither node is told): both nodes,
# which remember the key, refuse it at the next request.
sql "update api_key set revoked_at = now(), version = version + 1 where name = 'Two-node check: rate'" >/dev/null
for node in node-a node-b; do
    status=$(api "$node" "$RATE_TOKEN" "$LB/api/v1/communities")
    [ "$status" = 401 ] && [ "$(served_by)" = "$node" ] || fail "the revoked key answered $status on $(served_by)"
done
pass "the revoked key is refused (401) at once on both nodes, which had it in memory"

# ---------------------------------------------------------------------------------------------------------------
say "== 4. killing a node sends its users to sign in again on the other, with nothing committed lost"
HOME_NODE=$ADMIN_NODE
OTHER_NODE=$OLIVIA_NODE
WRITE_TOKEN=$(api_key "Two-node check: write" '{read,write:members}')
MEMBER="failover-$(openssl rand -hex 4)"
status=$(api "$HOME_NODE" "$WRITE_TOKEN" -X PUT -H 'Content-Type: application/json' \
    --data "{\"externalId\": \"$MEMBER\", \"handle\": \"$MEMBER\", \"name\": \"Failover $MEMBER\"}" \
    "$LB/api/v1/communities/$COMMUNITY/members")
[ "$status" = 201 ] && [ "$(served_by)" = "$HOME_NODE" ] || fail "creating member $MEMBER on $HOME_NODE answered $status on $(served_by): $(head -c 300 "$BODY")"
status=$(http "$ADMIN_JAR" "$LB/export/communities/$COMMUNITY/members.csv")
grep -q "$MEMBER" "$BODY" || fail "the admin does not see $MEMBER on $HOME_NODE before the kill"
say "member $MEMBER committed through $HOME_NODE (API, 201) and seen there by the admin"

kill -9 "${PID[$HOME_NODE]}"
wait "${PID[$HOME_NODE]}" 2>/dev/null || true
unset "PID[$HOME_NODE]"
say "$HOME_NODE killed (kill -9)"

status=$(http "$ADMIN_JAR" "$LB/communities")
[ "$(served_by)" = "$OTHER_NODE" ] || fail "after the kill the admin's request went to $(served_by), not $OTHER_NODE"
[ "$status" = 302 ] && location | grep -q '/login' || fail "the admin's old session on $OTHER_NODE answered $status $(location), not the sign-in page"
[ "$(sticky_node "$ADMIN_JAR")" = "$OTHER_NODE" ] || fail "the balancer did not move the admin's cookie to $OTHER_NODE"
status=$(http "$ADMIN_JAR" "$LB/export/communities/$COMMUNITY/members.csv")
[ "$status" != 200 ] || fail "the admin's old session still exports members on $OTHER_NODE"
pass "the admin's session cookie now reaches $OTHER_NODE, which sends it to /login and refuses the export"

sign_in "$ADMIN_JAR" admin@demo-agency.test
status=$(http "$ADMIN_JAR" "$LB/export/communities/$COMMUNITY/members.csv")
[ "$status" = 200 ] && [ "$(served_by)" = "$OTHER_NODE" ] || fail "after signing in again the export answered $status on $(served_by)"
grep -q "$MEMBER" "$BODY" || fail "member $MEMBER, committed through $HOME_NODE, is missing on $OTHER_NODE"
shows "$ADMIN_JAR" communities "Career Growth Camp"
pass "signed in again on $OTHER_NODE: member $MEMBER committed through $HOME_NODE is there"

status=$(http "$OLIVIA_JAR" "$LB/export/communities/$COMMUNITY/members.csv")
[ "$status" = 200 ] && [ "$(served_by)" = "$OTHER_NODE" ] && grep -q "$MEMBER" "$BODY" \
    || fail "olivia, signed in on $OTHER_NODE, lost her session or the member ($status on $(served_by))"
shows "$OLIVIA_JAR" communities "Career Growth Camp"
pass "olivia, signed in on $OTHER_NODE all along, works on without signing in again"

# ---------------------------------------------------------------------------------------------------------------
say "== start-up of a node on existing data"
if [ "$HOME_NODE" = node-a ]; then home_port=$NODE_A_PORT; else home_port=$NODE_B_PORT; fi
read -r load1 _ </proc/loadavg
t0=$(now_ms)
start_node "$HOME_NODE" "$home_port" false
took=$(wait_ready "$t0" "$HOME_NODE" "$home_port")
say "BENCH app.start_existing_data $took s"
say "(java -jar until /actuator/health/readiness answers, external PostgreSQL, load average $load1 before the start)"
pass "$HOME_NODE started again on the existing data in $took s"

# The README's faster start: the jar extracted, and the JDK's AOT cache from one training start (JDK 25 and newer).
if [ "${SKIP_AOT:-0}" != 1 ] && "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    stop_node "$HOME_NODE"
    if [ -d "$(dirname "$JAR")/lib" ]; then   # the production build's target/app: extracted already
        EXTRACTED="$JAR"
        mkdir -p "$WORK/app"
    else
        "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
            || fail "extracting the jar failed: $(tail -n 5 "$WORK/extract.log")"
        EXTRACTED="$WORK/app/$(basename "$JAR")"
    fi
    (cd "$WORK/$HOME_NODE" && PORT="$home_port" DEMO_DATA=false exec "$JAVA" -XX:AOTCacheOutput="$WORK/app/communityops.aot" \
        -Dspring.context.exit=onRefresh -jar "$EXTRACTED") >"$WORK/aot-training.log" 2>&1 \
        || fail "the AOT training start failed: $(tail -n 20 "$WORK/aot-training.log")"
    [ -f "$WORK/app/communityops.aot" ] || fail "the AOT training start wrote no cache"
    read -r load1 _ </proc/loadavg
    t0=$(now_ms)
    start_node "$HOME_NODE" "$home_port" false "$EXTRACTED" -XX:AOTCache="$WORK/app/communityops.aot"
    took=$(wait_ready "$t0" "$HOME_NODE" "$home_port")
    say "BENCH app.start_existing_data_aot_cache $took s"
    say "(the same with the extracted jar and -XX:AOTCache, load average $load1 before the start)"
    deadline=$((SECONDS + 20))   # until the balancer's health checks have seen it come back
    until [ "$(curl -s -o /dev/null -D - -b "SERVERID=$HOME_NODE" "$LB/actuator/health/readiness" \
        | grep -i '^x-served-by:' | tr -d '\r' | awk '{print $2}')" = "$HOME_NODE" ]; do
        [ $SECONDS -lt $deadline ] || fail "the balancer does not send requests to $HOME_NODE again"
        sleep 0.5
    done
    AOT_JAR="$WORK/aot.cookies"
    printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tSERVERID\t%s\n' "$HOME_NODE" >"$AOT_JAR"
    sign_in "$AOT_JAR" olivia@demo-agency.test
    shows "$AOT_JAR" communities "Career Growth Camp"
    [ "$(served_by)" = "$HOME_NODE" ] || fail "the page after the AOT start came from $(served_by), not $HOME_NODE"
    pass "$HOME_NODE started again with the AOT cache in $took s and serves its pages"
fi

# ---------------------------------------------------------------------------------------------------------------
say "== a third node with another key for the two-step secrets"
MFA_ENCRYPTION_KEY="$(openssl rand -base64 32)" start_node node-c "$NODE_C_PORT" false
deadline=$((SECONDS + START_TIMEOUT))
while kill -0 "${PID[node-c]}" 2>/dev/null; do
    ! curl -sf -o /dev/null "http://127.0.0.1:$NODE_C_PORT/actuator/health/readiness" \
        || fail "node-c started with another MFA_ENCRYPTION_KEY and is ready"
    [ $SECONDS -lt $deadline ] || fail "node-c neither started nor stopped within ${START_TIMEOUT} s"
    sleep 0.5
done
unset "PID[node-c]"
grep -q "MFA_ENCRYPTION_KEY" "$WORK/node-c.log" \
    || fail "node-c stopped without naming MFA_ENCRYPTION_KEY: $(tail -n 5 "$WORK/node-c.log")"
pass "a node with another key for the two-step secrets refuses to start and names MFA_ENCRYPTION_KEY"

say "two-nodes: $PASSED passed, 0 failed"
