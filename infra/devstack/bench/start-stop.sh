#!/usr/bin/env bash
# Measures the embedded default: time from `java -jar devstack-exec.jar` to "running" (all healthy),
# resident memory of the whole stack (the devstack JVM and every process under it), and a clean stop.
# Usage: infra/devstack/bench/start-stop.sh [data-folder]   (a fresh folder means a cold start)
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=${1:-$(mktemp -d /tmp/devstack-bench.XXXX)}
log=$(mktemp /tmp/devstack-bench-out.XXXX)

start=$(date +%s.%N)
java -jar infra/devstack/target/devstack-exec.jar --data "$data" >"$log" 2>&1 &
pid=$!
until grep -q "is running" "$log"; do
  kill -0 $pid 2>/dev/null || { echo "devstack exited:"; cat "$log"; exit 1; }
  sleep 0.5
done
ready=$(date +%s.%N)

tree() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do tree "$c"; done; }
# PostgreSQL daemonises (pg_ctl), so it is found by its data folder rather than as a child.
pids="$(tree $pid) $(pgrep -f -- "$data/postgres" | tr '\n' ' ')"
rss_kib=$(ps -o rss= -p $(echo $pids | tr ' ' ',') | awk '{s+=$1} END {print s}')
printf 'ready after      %.1f s\n' "$(echo "$ready - $start" | bc)"
printf 'processes        %d\n' "$(echo "$pids" | wc -w)"
printf 'resident memory  %.2f GiB\n' "$(echo "$rss_kib / 1048576" | bc -l)"
ps -o pid=,rss=,args= -p $(echo $pids | tr ' ' ',') | awk '{printf "  %7.0f MiB  %s\n", $2/1024, substr($0, index($0, $3), 90)}'

# A terminal's Ctrl-C is SIGINT, which a script's background job ignores; SIGTERM runs the same
# shutdown hook. (Checked by hand in tmux with a real Ctrl-C: see docs/benchmarks.md.)
kill -TERM $pid
wait $pid || true
left=0
for p in $pids; do kill -0 "$p" 2>/dev/null && left=$((left + 1)); done
echo "left running after stop: $left"
grep -E "^Stopp|^devstack:" "$log" || true
