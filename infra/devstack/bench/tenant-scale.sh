#!/usr/bin/env bash
# Does the number of tenants slow one tenant? Reads a published compact (GET /api/t/{tenant}/document,
# Kent's whole compact: 14 principles, 4 codes, 5 sections, 41 glossary terms, 3 contacts) through the
# gateway with wrk, first with 10 benchmark tenants of equal data, then after adding 990 more, in one run
# on one devstack. Measures one tenant (bench-0001) and a tenant at random each request.
# Usage: infra/devstack/bench/tenant-scale.sh [seconds-per-run] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-16}
jdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
. infra/devstack/bench/wrk-devstack.sh tenant

gateway=http://127.0.0.1:8080
measure() {
  local tenants=$1
  echo "== $tenants tenants: one tenant (bench-0001), $connections connections, ${seconds}s"
  wrk -t2 -c"$connections" -d10s "$gateway/api/t/bench-0001/document" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$gateway/api/t/bench-0001/document" \
    | grep -E "^\s+(50|99)%|Requests/sec|Non-2xx|Socket errors"
  echo "== $tenants tenants: a tenant at random each request"
  BENCH_TENANTS=$tenants wrk -t2 -c"$connections" -d10s -s infra/devstack/bench/random-tenant.lua "$gateway" >/dev/null
  BENCH_TENANTS=$tenants wrk -t2 -c"$connections" -d"${seconds}s" --latency -s infra/devstack/bench/random-tenant.lua "$gateway" \
    | grep -E "^\s+(50|99)%|Requests/sec|Non-2xx|Socket errors"
}

java -cp "$jdbc" infra/devstack/bench/BenchTenants.java 15432 1 10
echo "bench-0001 document: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' "$gateway/api/t/bench-0001/document")"
measure 10
java -cp "$jdbc" infra/devstack/bench/BenchTenants.java 15432 11 1000
echo "bench-1000 document: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' "$gateway/api/t/bench-1000/document")"
measure 1000
