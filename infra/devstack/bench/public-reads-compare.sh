#!/usr/bin/env bash
# Issue 14, goal 1, side by side in one run: the public reads of an old build (a checkout of the commit
# measured against, packaged) and of this checkout, one devstack after the other on the same machine,
# printed as a Markdown table of both and their ratios (new / old) with the load average beside each.
# Usage: infra/devstack/bench/public-reads-compare.sh <old-checkout> [seconds] [connections]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
new=$(cd "$bench/../../.." && pwd)
old=$1
seconds=${2:-15}
connections=${3:-16}
out=$(mktemp -d /tmp/public-reads.XXXX)
echo "old: $(git -C "$old" rev-parse --short HEAD)  new: $(git -C "$new" rev-parse --short HEAD)  $(date -u +%FT%TZ)"
"$bench/public-reads.sh" "$old" "$out/old" "$seconds" "$connections"
"$bench/public-reads.sh" "$new" "$out/new" "$seconds" "$connections"
echo
echo "| read ($connections connections, ${seconds}s) | old req/s | new req/s | ratio | old p50 | new p50 | old p99 | new p99 | p99 ratio | load old / new |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
ms() { awk -v v="$1" 'BEGIN { if (v ~ /ms$/) print v + 0; else if (v ~ /us$/) print v / 1000; else if (v ~ /s$/) print v * 1000; else print "" }'; }
awk 'NR == FNR { old[$1] = $0; next } { print old[$1], $2, $3, $4, $5, $6 }' "$out/old" "$out/new" |
while read -r name orps op50 op99 onon oload nrps np50 np99 nnon nload rest; do
  ratio=$(awk -v a="$orps" -v b="$nrps" 'BEGIN { if (a + 0 > 0) printf "%.1f", b / a; else print "-" }')
  p99ratio=$(awk -v a="$(ms "$op99")" -v b="$(ms "$np99")" 'BEGIN { if (a + 0 > 0) printf "%.2f", b / a; else print "-" }')
  echo "| $name | $orps | $nrps | $ratio | $op50 | $np50 | $op99 | $np99 | $p99ratio | $oload / $nload |"
done
