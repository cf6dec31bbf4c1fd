#!/usr/bin/env bash
# What the gateway adds: the same anonymous read, straight to compact-service and through the gateway,
# measured side by side in one run with wrk (Debian's package). Starts its own devstack on the default
# ports with the rate limit lifted (it is per client, and wrk is one client), and stops it afterwards.
# Usage: infra/devstack/bench/gateway-latency.sh [seconds-per-run] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-16}
. infra/devstack/bench/wrk-devstack.sh gateway

direct=http://127.0.0.1:8083/api/t/kent/principles
gateway=http://127.0.0.1:8080/api/t/kent/principles
# Warm both paths (JIT, connection pools, the gateway's tenant cache) before measuring.
wrk -t2 -c"$connections" -d10s "$direct" >/dev/null
wrk -t2 -c"$connections" -d10s "$gateway" >/dev/null
for target in "$direct" "$gateway"; do
  echo "== $target ($connections connections, ${seconds}s)"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$target" | grep -E "^\s+(50|99)%|Requests/sec|Non-2xx|Socket errors"
done
