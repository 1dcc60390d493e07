#!/usr/bin/env bash
# Usage: bench/large-history.sh [CASES=1000000] [REPEAT=5]  — load a year of cases into Derby, then time lookups, stats, ledger export
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CASES=${1:-1000000} REPEAT=${2:-5}
HALL=/tmp/bench-hall-history HTTP=18681
OUT=$(result_file large-history)
SUMMARY=$HALL/large-history.properties

prepare_hall $HALL $HTTP 18601 18699 18698
trap 'stop_karaf $HALL' EXIT
{
    machine_line
    start_karaf $HALL > /dev/null
    echo "first boot to ready: $(wait_hall $HTTP)s"
    java "$BENCH_DIR/LargeHistory.java" seed --base "http://127.0.0.1:$HTTP"
    stop_karaf $HALL
    # Karaf is stopped: the loader has the database to itself
    java -cp "$DERBY_JAR" "$BENCH_DIR/LargeHistory.java" load --db "$HALL/data/parkhall/derby" --cases "$CASES" \
        --summary "$SUMMARY"
    echo "database size: $(du -sh "$HALL/data/parkhall/derby" | cut -f1)"
    start_karaf $HALL > /dev/null
    echo "boot to ready with the large history: $(wait_hall $HTTP)s"
    java "$BENCH_DIR/LargeHistory.java" time --base "http://127.0.0.1:$HTTP" --summary "$SUMMARY" --repeat "$REPEAT"
    echo "Karaf RSS after the calls: $(awk '/VmRSS/{print $2/1024 " MiB"}' /proc/$(cat $HALL/karaf.pid)/status)"
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
