#!/bin/bash
# Runs `kit report` of two or more Release builds side by side on one core, alternating, and prints each build's mean
# wall time, user time and peak memory (docs/performance.md: only figures from one alternating run compare).
# usage: bash tools/bench-report.sh ROUNDS CORPUS BUILD_DIR... (each BUILD_DIR from `dotnet build src/Kit.Cli -c Release -o DIR`)
set -euo pipefail
rounds=$1; corpus=$2; shift 2
log=$(mktemp); pages=$(mktemp -d)
trap 'rm -rf "$log" "$log".t "$log".e "$pages"' EXIT
for _ in $(seq 1 "$rounds"); do
  for build in "$@"; do
    /usr/bin/time -f "$build %e %U %M" -o "$log".t taskset -c 0 dotnet "$build/Kit.Cli.dll" report "$corpus" --out "$pages/report.html" >/dev/null 2>"$log".e \
      || { cat "$log".e >&2; exit 1; }
    cat "$log".t | tee -a "$log"
  done
done
awk '{w[$1]+=$2; u[$1]+=$3; m[$1]+=$4; n[$1]++} END {for (b in n) printf "%s: mean wall %.2f s, user %.2f s, peak %.0f MiB (%d runs)\n", b, w[b]/n[b], u[b]/n[b], m[b]/n[b]/1024, n[b]}' "$log"
