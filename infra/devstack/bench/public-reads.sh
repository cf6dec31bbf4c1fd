#!/usr/bin/env bash
# The public reads of issue 14, for one build: starts the devstack of the checkout given (its
# infra/devstack/target/devstack-exec.jar, after `./mvnw -q package -DskipTests` there) on a fresh data
# folder with the rate limit lifted, reads each target anonymously with wrk (warmed, then measured) and
# writes one line per target to the results file: name, requests/s, p50, p99, non-2xx count and the
# load average (1 min) when it ended. Stops the devstack afterwards.
# Usage: infra/devstack/bench/public-reads.sh <checkout> <results-file> [seconds] [connections]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$1" && pwd)
results=$(realpath -m "$2")
seconds=${3:-15}
connections=${4:-16}
cd "$checkout"
. "$bench/wrk-devstack.sh" public-reads

gateway=http://127.0.0.1:8080
direct=http://127.0.0.1:8083
code=$(curl -fsS "$gateway/api/t/kent/codes" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)
etag=$(curl -fsSI "$gateway/api/t/kent/principles" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
targets=(
  "page-contents $gateway/t/kent"
  "page-code $gateway/t/kent/codes/$code"
  "document $gateway/api/t/kent/document"
  "codes $gateway/api/t/kent/codes"
  "principles $gateway/api/t/kent/principles"
  "principles-direct $direct/api/t/kent/principles"
)
: >"$results"
measure() {
  local name=$1 url=$2
  shift 2
  wrk -t2 -c"$connections" -d5s "$@" "$url" >/dev/null   # warm: JIT, pools, the gateway's tenant cache
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$name $rps $p50 $p99 ${non2xx:-0} $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}
for target in "${targets[@]}"; do
  read -r name url <<<"$target"
  curl -fsS -o /dev/null "$url" || { echo "not readable: $url"; exit 1; }
  measure "$name" "$url"
done
# A reader who holds the current list: a 304 where the build answers ETags, a full read where it does not.
if [ -n "$etag" ]; then
  measure "principles-304" "$gateway/api/t/kent/principles" -H "If-None-Match: $etag"
else
  echo "principles-304 - - - - -" | tee -a "$results"   # no ETag: no 304 to measure
fi
