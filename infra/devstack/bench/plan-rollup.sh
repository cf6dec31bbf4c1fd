#!/usr/bin/env bash
# Action plans at county scale (issue 11): Kent's roll-up over 400 districts that each share a plan of 200
# actions and 20 indicators with it, straight to compact-service and through the gateway; and a district's
# plan page of 500 actions in the workspace, through the gateway, beside the JSON it is made from. Starts its
# own devstack on the default ports with the rate limit lifted, seeds it (BenchPlans.java: districts through
# tenant-service's API, plans by SQL under each district's row-level security), then measures every target
# one after the other in the same run with wrk (Debian's package), each warmed first.
#
# BASELINE_JAR=/path/to/compact-service.jar (optional): another build of compact-service (say, main's
# before a change) started beside the devstack's on port 8093, on the same database, its Kafka listeners and
# outbox off (it only reads), so that the roll-up is measured old against new on the same data in one run.
# DEVSTACK=running: use the devstack already running on the default ports (started with
# COMPACTS_GATEWAY_RATE_LIMIT_CAPACITY=1000000000) instead of starting one; SEEDED=yes: its data is there
# from an earlier run (PLAN=<id of Swale's plan of 500 actions>).
#
# Usage: infra/devstack/bench/plan-rollup.sh [seconds-per-run] [connections] [districts] [actions] [indicators]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-2}
districts=${3:-400}
actions=${4:-200}
indicators=${5:-20}
jdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
bench() { java -cp "$jdbc" infra/devstack/bench/BenchPlans.java "$@"; }
if [ "${DEVSTACK:-}" = running ]; then
  command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; exit 2; }
  pid=
else
  . infra/devstack/bench/wrk-devstack.sh plans
fi

direct=http://127.0.0.1:8083
baseline=http://127.0.0.1:8093
# the portal's own address, as Keycloak knows it for the sign-in's return
gateway=http://localhost:8080

if [ -n "${BASELINE_JAR:-}" ]; then
  baseline_log=$(mktemp /tmp/devstack-plans-baseline.XXXX)
  java -Xms32m -Xmx256m -XX:MaxMetaspaceSize=200m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -jar "$BASELINE_JAR" --server.port=8093 --server.address=127.0.0.1 \
    --spring.kafka.bootstrap-servers=127.0.0.1:19092 --compacts.keycloak.url=http://127.0.0.1:8180 \
    --spring.kafka.listener.auto-startup=false --compacts.outbox.resend-outstanding-at-start=false \
    >"$baseline_log" 2>&1 &
  baseline_pid=$!
  trap 'kill -TERM $baseline_pid 2>/dev/null; wait $baseline_pid 2>/dev/null; [ -z "$pid" ] || kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
fi

echo "== seeding: $districts districts of kent, each a plan of $actions actions and $indicators indicators shared with kent"
if [ "${SEEDED:-}" = yes ]; then
  plan=$PLAN
else
  bench districts kent "$districts"
  bench plans kent "$districts" "$actions" "$indicators"
  # Swale (a demo district of Kent; sam.editor is its editor): a plan of 500 actions kept to its members, so
  # the roll-up does not count it
  plan=$(bench plan swale 500 "$indicators" MEMBERS)
  echo "Swale's plan of 500 actions: $plan"
fi
kim=$(bench token kim.admin)
sam=$(bench token sam.editor)

# Sam signs in to the workspace through the gateway as a browser does (Keycloak's form), and keeps the cookies
jar=$(mktemp /tmp/devstack-plans-cookies.XXXX)
form=$(curl -sS -c "$jar" -b "$jar" -L "$gateway/t/swale/workspace/plans/$plan" | grep -o 'action="[^"]*"' | head -1 \
  | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
curl -sS -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode username=sam.editor --data-urlencode password=demo "$form"
cookies=$(awk '$1 ~ /localhost/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")

if [ -n "${BASELINE_JAR:-}" ]; then
  until curl -fsS -o /dev/null "$baseline/actuator/health/readiness" 2>/dev/null; do
    kill -0 $baseline_pid 2>/dev/null || { cat "$baseline_log"; exit 1; }
    sleep 2
  done
fi

labels=() targets=() headers=()
add() { labels+=("$1"); targets+=("$2"); headers+=("$3"); }
add "roll-up, straight to compact-service" "$direct/api/t/kent/rollup" "Authorization: Bearer $kim"
[ -n "${BASELINE_JAR:-}" ] && add "roll-up, straight to the baseline build" "$baseline/api/t/kent/rollup" "Authorization: Bearer $kim"
add "roll-up, through the gateway" "$gateway/api/t/kent/rollup" "Authorization: Bearer $kim"
add "plan of 500 actions, workspace page through the gateway" "$gateway/t/swale/workspace/plans/$plan" "Cookie: $cookies"
add "plan of 500 actions, JSON straight to compact-service" "$direct/api/t/swale/plans/$plan" "Authorization: Bearer $sam"
[ -n "${BASELINE_JAR:-}" ] && add "plan of 500 actions, JSON straight to the baseline build" "$baseline/api/t/swale/plans/$plan" "Authorization: Bearer $sam"
add "plan of 500 actions, JSON through the gateway" "$gateway/api/t/swale/plans/$plan" "Authorization: Bearer $sam"

for i in "${!targets[@]}"; do
  echo "${labels[$i]}: $(curl -sS -o /dev/null -H "${headers[$i]}" -w '%{http_code}, %{size_download} bytes, %{time_total} s' "${targets[$i]}")"
  wrk -t1 -c"$connections" -d10s --timeout 60s -H "${headers[$i]}" "${targets[$i]}" >/dev/null   # warm
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!targets[@]}"; do
  echo "== ${labels[$i]} ($connections connections, ${seconds}s): ${targets[$i]}"
  wrk -t1 -c"$connections" -d"${seconds}s" --timeout 60s --latency -H "${headers[$i]}" "${targets[$i]}" \
    | grep -E "^\s+(50|99)%|Requests/sec|requests in|Non-2xx|Socket errors"
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
