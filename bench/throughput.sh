#!/usr/bin/env bash
# Usage: bench/throughput.sh [CLIENTS=8] [SECONDS=30] [PHASES=http,tickets,cases,commit,commit-newconn]  — ticket/case throughput vs HTTP and commit limits
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CLIENTS=${1:-8} SECONDS_PER_PHASE=${2:-30} PHASES=${3:-http,tickets,cases,commit,commit-newconn}
HALL=/tmp/bench-hall HTTP=18381
OUT=$(result_file throughput)

prepare_hall $HALL $HTTP 18301 18399 18398
trap 'stop_karaf $HALL' EXIT
start_karaf $HALL > /dev/null
echo "boot to ready: $(wait_hall $HTTP)s" | tee "$OUT.boot"
rm -rf /tmp/bench-derby-limit && mkdir -p /tmp/bench-derby-limit
{
    machine_line
    java -cp "$DERBY_JAR" "$BENCH_DIR/Throughput.java" --base "http://127.0.0.1:$HTTP" --clients "$CLIENTS" \
        --seconds "$SECONDS_PER_PHASE" --phases "$PHASES" --derby-dir /tmp/bench-derby-limit \
        --user "$ADMIN_USER" --password "$ADMIN_PASS"
    machine_line
} 2>&1 | tee "$OUT"
cat "$OUT.boot" >> "$OUT" && rm -f "$OUT.boot"
echo "written: $OUT"
