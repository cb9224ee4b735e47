#!/usr/bin/env bash
# Regenerates the Lucene golden files from the reference implementation (../shared/oracle, Lucene 4.10.4's
# ArabicAnalyzer with matchVersion 4.8). Run from anywhere; needs ../shared beside the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
oracle="$root/../shared/oracle/lucene-arabic"
cd "$root"
stamp="# made with: ../shared/oracle/lucene-arabic tokens FILES (Lucene 4.10.4 ArabicAnalyzer, matchVersion 4.8), $(date -u +%F)"
{ echo "$stamp seeds/*.txt"; "$oracle" tokens seeds/*.txt; } > "$here/seeds.tokens"
{ echo "$stamp tests/gold/lucene/hard-cases.txt"; "$oracle" tokens tests/gold/lucene/hard-cases.txt; } > "$here/hard-cases.tokens"
{ echo "$stamp tests/gold/lucene/random-text.txt"; "$oracle" tokens tests/gold/lucene/random-text.txt; } > "$here/random-text.tokens"
echo "wrote $here/seeds.tokens, $here/hard-cases.tokens and $here/random-text.tokens"
