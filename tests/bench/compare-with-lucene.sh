#!/usr/bin/env bash
# Side by side, in one run: the kit's `lucene` profile (kit bench) and Lucene's own ArabicAnalyzer
# (../shared/oracle/lucene-arabic bench, Java) on the same text and the same number of passes; prints the ratio.
# kit bench runs one round here, Lucene.Net's ArabicAnalyzer (stage lucene-net) included; for the in-process
# ratio to Lucene.Net over several rounds use: kit bench FILES --stage lucene,lucene-net --rounds 5
#   tests/bench/compare-with-lucene.sh [REPEAT] [FILE...]     (defaults: 2000 passes over seeds/*.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
repeat=${1:-2000}; shift || true
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(seeds/*.txt)
dotnet build src/Kit.Cli -c Release -v q -nologo >/dev/null
kit=$(dotnet src/Kit.Cli/bin/Release/net10.0/Kit.Cli.dll bench --repeat "$repeat" --rounds 1 "${files[@]}")
lucene=$(../shared/oracle/lucene-arabic bench "$repeat" "${files[@]}")
echo "$kit" | sed 's/^/kit    /'
echo "$lucene" | sed 's/^/oracle /'
k=$(echo "$kit" | awk '/^lucene /{for(i=1;i<=NF;i++) if($i ~ /^tokens_per_s=/){split($i,a,"="); print a[2]}}')
l=$(echo "$lucene" | awk '{for(i=1;i<=NF;i++) if($i ~ /^tokens_per_s=/){split($i,a,"="); print a[2]}}')
awk -v k="$k" -v l="$l" 'BEGIN { printf "ratio kit lucene profile / Lucene (Java) tokens_per_s = %.2f\n", k / l }'
