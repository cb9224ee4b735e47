#!/bin/bash
# Writes `kit entities` and `kit quotes` JSON for the seeds and every gold folder of a checkout, so two checkouts can be
# compared after a change meant to leave outputs alone (docs/performance.md, docs/actors.md use it).
# usage: bash tools/identity.sh CHECKOUT OUT_DIR      then: bash tools/identity.sh --compare OUT_A OUT_B
set -euo pipefail
if [ "${1:-}" = "--compare" ]; then
  # warnings go to stderr in the order the threads print them and name the folder, so they are left out
  n=0; d=0
  for f in "$2"/*; do
    n=$((n+1)); b=$(basename "$f")
    cmp -s <(grep -v "kit: warning" "$f") <(grep -v "kit: warning" "$3/$b") || { echo "differs: $b"; d=$((d+1)); }
  done
  echo "$d of $n files differ"; [ "$d" = 0 ]; exit
fi
repo=$(cd "$1" && pwd); out=$2; build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
dotnet build "$repo/src/Kit.Cli" -c Release -o "$build" -v q >/dev/null
rm -rf "$out"; mkdir -p "$out"
for dir in "$repo/seeds" $(find "$repo/tests/gold" -name '*.txt' -printf '%h\n' | sort -u); do
  name=$(echo "${dir#$repo/}" | tr '/' '_')
  dotnet "$build/Kit.Cli.dll" entities "$dir" --format json > "$out/$name-entities.json" 2>&1 || true
  dotnet "$build/Kit.Cli.dll" quotes "$dir" --format json > "$out/$name-quotes.json" 2>&1 || true
done
echo "wrote $(ls "$out" | wc -l) files to $out"
