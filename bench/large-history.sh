#!/usr/bin/env bash
# Usage: bench/large-history.sh [CASES=1000000] [REPEAT=5]  — load a year of cases into Derby, then time lookups, stats, ledger export
# HISTORY_KEEP=DIR keeps the loaded database in DIR (3 GB at 1,000,000 cases); when DIR already holds one, it is
# reused instead of loading again, so the same history can be timed against a newer build (its migrations apply
# at boot, and the time they take is part of "boot to ready with the large history").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CASES=${1:-1000000} REPEAT=${2:-5}
HALL=/var/tmp/parkhall-bench-history-$$
read -r HTTP SSH RMI1 RMI2 <<< "$(free_ports 4)"
OUT=$(result_file large-history)
SUMMARY=$HALL/large-history.properties

prepare_hall $HALL $HTTP $SSH $RMI1 $RMI2
trap 'stop_karaf $HALL; rm -rf $HALL $HALL-derby-limit' EXIT
{
    machine_line
    if [ -n "${HISTORY_KEEP:-}" ] && [ -f "$HISTORY_KEEP/large-history.properties" ]; then
        echo "reusing the history in $HISTORY_KEEP: $(grep -c . "$HISTORY_KEEP/large-history.properties") summary lines"
        mkdir -p "$HALL/data/parkhall" && cp -r "$HISTORY_KEEP/derby" "$HALL/data/parkhall/derby"
        cp "$HISTORY_KEEP/large-history.properties" "$SUMMARY"
    else
        start_karaf $HALL > /dev/null
        echo "first boot to ready: $(wait_hall $HTTP)s"
        java "$BENCH_DIR/LargeHistory.java" seed --base "http://127.0.0.1:$HTTP"
        stop_karaf $HALL
        # Karaf is stopped: the loader has the database to itself
        java -cp "$DERBY_JAR" "$BENCH_DIR/LargeHistory.java" load --db "$HALL/data/parkhall/derby" --cases "$CASES" \
            --summary "$SUMMARY"
        if [ -n "${HISTORY_KEEP:-}" ]; then
            rm -rf "$HISTORY_KEEP" && mkdir -p "$HISTORY_KEEP"
            cp -r "$HALL/data/parkhall/derby" "$HISTORY_KEEP/derby" && cp "$SUMMARY" "$HISTORY_KEEP/"
        fi
    fi
    echo "database size: $(du -sh "$HALL/data/parkhall/derby" | cut -f1)"
    start_karaf $HALL > /dev/null
    echo "boot to ready with the large history: $(wait_hall $HTTP)s"
    java "$BENCH_DIR/LargeHistory.java" time --base "http://127.0.0.1:$HTTP" --summary "$SUMMARY" --repeat "$REPEAT"
    echo "Karaf RSS after the calls: $(awk '/VmRSS/{print $2/1024 " MiB"}' /proc/$(cat $HALL/karaf.pid)/status)"
    # stopped here, not only by the trap: a Karaf started inside this block holds the pipe to tee open
    stop_karaf $HALL
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
