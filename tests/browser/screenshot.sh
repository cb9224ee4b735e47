#!/usr/bin/env bash
# Regenerates docs/report.png, the README's picture of the report: builds the seeds report with plotly.js inlined
# (npm ci --prefix tests/browser first) and photographs it with Debian's headless chromium.
# Usage: bash tests/browser/screenshot.sh [WIDTH] [HEIGHT]
set -euo pipefail
cd "$(dirname "$0")/../.."
width=${1:-1200}; height=${2:-2600}
[ -f tests/browser/node_modules/plotly.js-dist-min/plotly.min.js ] || npm ci --prefix tests/browser --no-audit --no-fund
dotnet run --project src/Kit.Cli -- report seeds --out artifacts/report.html --title "Report: the seed corpus"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --virtual-time-budget=5000 \
  --window-size="$width,$height" --screenshot="$PWD/docs/report.png" "file://$PWD/artifacts/report.html" 2>/dev/null
echo "wrote docs/report.png"
