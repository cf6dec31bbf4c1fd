#!/usr/bin/env bash
# What a public page costs beside the API it is made from: a code of practice's page and the whole-compact
# page, each side by side with the JSON of the same data, all through the gateway, anonymous, in one run
# with wrk (Debian's package). Starts its own devstack on the default ports with the rate limit lifted.
# Usage: infra/devstack/bench/public-pages.sh [seconds-per-run] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
connections=${2:-8}
. infra/devstack/bench/wrk-devstack.sh public-pages

gateway=http://127.0.0.1:8080
# Kent's Consultation code: the page a person reads and the JSON the page is made from.
code=$(curl -fsS "$gateway/api/t/kent/codes" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)
targets=(
  "$gateway/t/kent/codes/$code"
  "$gateway/api/t/kent/codes/$code"
  "$gateway/t/kent/whole"
  "$gateway/api/t/kent/document"
)
for target in "${targets[@]}"; do
  curl -fsS -o /dev/null "$target" || { echo "not readable: $target"; exit 1; }
  wrk -t2 -c"$connections" -d10s "$target" >/dev/null   # warm: JIT, pools, the gateway's tenant cache
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "${targets[@]}"; do
  echo "== $target ($connections connections, ${seconds}s)"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$target" | grep -E "^\s+(50|99)%|Requests/sec|Non-2xx|Socket errors"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
