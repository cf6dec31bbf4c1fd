# Sourced by the wrk benchmarks: starts a devstack on the default ports with the gateway's rate limit
# lifted (it is per client, and wrk is one client), waits until it runs, and stops it when the script exits.
# Usage (from the repository root): . infra/devstack/bench/wrk-devstack.sh <bench-name>
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; exit 2; }
data=$(mktemp -d "/tmp/devstack-$1-bench.XXXX")
log=$(mktemp "/tmp/devstack-$1-bench-out.XXXX")

COMPACTS_GATEWAY_RATE_LIMIT_CAPACITY=1000000000 java -jar infra/devstack/target/devstack-exec.jar --data "$data" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until grep -q "is running" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
