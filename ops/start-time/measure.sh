#!/usr/bin/env bash
# Times starts of the production jar on existing data, as docs/performance.md ("Start-up") reports them: from the
# java command until /actuator/health/readiness answers 200, with the JVM's CPU time at that moment (user + system
# from /proc), split into the main thread and the JIT compiler threads, and the load average.
#
# Usage: ops/start-time/measure.sh [runs] [jar] [JVM options...]   (defaults: 3, target/app/communityops.jar)
# Environment: as for the jar (DB_URL..., or EMBEDDED_DB_DIR for the embedded PostgreSQL; default target/startdb),
# PORT (default 8093). The first start on an empty data folder migrates and seeds the demo data (DEMO_DATA=true) and
# is not counted. Linux only (/proc). On a shared machine run it under flock with a lock file that other benchmarks take too.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUNS="${1:-3}"
JAR="$(realpath "${2:-$ROOT/target/app/communityops.jar}")"
shift $(($# < 2 ? $# : 2))
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export PORT="${PORT:-8093}" EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$ROOT/target/startdb}" DEMO_DATA="${DEMO_DATA:-true}"
TICK=$(getconf CLK_TCK)
LOG="$(mktemp "${TMPDIR:-/tmp}/start-time.XXXXXX.log")"

seconds() { awk -v v="$1" -v d="$2" 'BEGIN { printf "%.1f", v / d }'; }

start() { # -> "wall cpu main jit" in seconds
    local t0 pid stat main=0 jit=0 task name ticks
    t0=$(date +%s%N)
    "$JAVA" "$@" -jar "$JAR" >"$LOG" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 40 "$LOG" >&2; echo "the application exited; log: $LOG" >&2; exit 1; }
        sleep 0.05
    done
    local wall_ns=$(($(date +%s%N) - t0))
    read -r -a stat <"/proc/$pid/stat"
    for task in /proc/"$pid"/task/*; do
        read -r -a ts <"$task/stat" 2>/dev/null || continue
        name=$(cat "$task/comm" 2>/dev/null || true)
        ticks=$((ts[13] + ts[14]))
        case "$name" in
            java) main=$((main + ticks)) ;;   # the main thread (and the launcher's, which only waits)
            C1*|C2*) jit=$((jit + ticks)) ;;
        esac
    done
    echo "$(seconds "$wall_ns" 1000000000) $(seconds $((stat[13] + stat[14])) "$TICK") $(seconds $main "$TICK") $(seconds $jit "$TICK")"
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

if [ -z "${DB_URL:-}" ] && [ ! -d "$EMBEDDED_DB_DIR" ]; then
    echo "first start on $EMBEDDED_DB_DIR (creates the data, not counted)"
    start "$@" >/dev/null
fi
for run in $(seq 1 "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r wall cpu main jit < <(start "$@")
    echo "BENCH app.start_existing_data $wall s (JVM CPU $cpu s: main thread $main s, JIT compilers $jit s; load $load)"
done
rm -f "$LOG"
