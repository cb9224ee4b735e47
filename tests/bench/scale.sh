#!/usr/bin/env bash
# The kit at corpus scale: generates corpora of the given sizes from the seeds (kit generate, seed 1, kept under
# artifacts/corpora/ and never committed), then streams each through kit entities, kit report and kit quotes /
# kit cooccurrence when they exist, under /usr/bin/time -v. One line per run: wall seconds, MB/s, CPU use
# (200% = both cores busy), peak memory.
#   tests/bench/scale.sh [SIZE...]        (default: 10MB 100MB 1GB)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10MB 100MB 1GB)
dotnet build src/Kit.Cli -c Release -v q -nologo >/dev/null
kit=(dotnet src/Kit.Cli/bin/Release/net10.0/Kit.Cli.dll)
commands=$("${kit[@]}" --help)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${sizes[@]}"; do
  corpus=artifacts/corpora/$size
  [ -d "$corpus" ] || "${kit[@]}" generate --size "$size" --out "$corpus" >/dev/null
  mb=$(du -sb --apparent-size "$corpus" | awk '{print $1 / 1e6}')
  runs=("entities --format json" "report --out artifacts/corpora/report-$size.html")
  grep -q '^  quotes ' <<<"$commands" && runs+=("quotes --format json")
  grep -q '^  cooccurrence ' <<<"$commands" && runs+=("cooccurrence")
  for run in "${runs[@]}"; do
    read -r -a args <<<"$run"
    /usr/bin/time -f '%e %P %M' -o /tmp/kit-scale-time "${kit[@]}" "${args[0]}" "$corpus" "${args[@]:1}" >/dev/null 2>/tmp/kit-scale-err \
      || { echo "kit ${args[0]} failed on $corpus:"; cat /tmp/kit-scale-err; exit 1; }
    read -r seconds cpu kb </tmp/kit-scale-time
    awk -v s="$size" -v c="${args[0]}" -v mb="$mb" -v t="$seconds" -v cpu="$cpu" -v kb="$kb" \
      'BEGIN { printf "%-6s %-13s %7.1f MB %8.2f s %7.1f MB/s  CPU %5s  peak %5.0f MB\n", s, c, mb, t, mb / t, cpu, kb / 1024 }'
  done
done
