#!/usr/bin/env bash
# Usage: bench/run-all.sh [MAX_WAIT_SECONDS=900]  — every benchmark at full size, one after another, each started once no Maven build runs
set -uo pipefail
source "$(dirname "$0")/lib.sh"
MAX_WAIT=${1:-900}

# wait_quiet — until no Maven build has run for 20 s (or MAX_WAIT passed: then go on, the result file says so)
wait_quiet() {
    local waited=0 quiet=0
    while (( quiet < 20 && waited < MAX_WAIT )); do
        if pgrep -f org.codehaus.plexus.classworlds > /dev/null; then quiet=0; else quiet=$((quiet + 5)); fi
        sleep 5; waited=$((waited + 5))
    done
}

for run in "throughput.sh 8 30" "hot-redeploy.sh 50 4" "crash-drill.sh 20 6 6" "large-history.sh 1000000 5" \
           "boot-footprint.sh 3"; do
    wait_quiet
    echo "== $(date -u +%T) bench/$run"
    bash "$BENCH_DIR"/$run > /dev/null 2>&1 || echo "   failed: $run"
    echo "   $(ls -t "$RESULTS" | head -1)"
done
