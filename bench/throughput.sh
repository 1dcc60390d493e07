#!/usr/bin/env bash
# Usage: bench/throughput.sh [CLIENTS=8] [SECONDS=30] [PHASES=http,tickets,cases,commit,commit-newconn]  — ticket/case throughput vs HTTP and commit limits
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CLIENTS=${1:-8} SECONDS_PER_PHASE=${2:-30} PHASES=${3:-http,tickets,cases,commit,commit-newconn}
HALL=/tmp/bench-throughput-$$
read -r HTTP SSH RMI1 RMI2 <<< "$(free_ports 4)"
OUT=$(result_file throughput)

prepare_hall $HALL $HTTP $SSH $RMI1 $RMI2
trap 'stop_karaf $HALL; rm -rf $HALL $HALL-derby-limit' EXIT
start_karaf $HALL > /dev/null
echo "boot to ready: $(wait_hall $HTTP)s" | tee "$OUT.boot"
rm -rf $HALL-derby-limit && mkdir -p $HALL-derby-limit
{
    machine_line
    java -cp "$DERBY_JAR" "$BENCH_DIR/Throughput.java" --base "http://127.0.0.1:$HTTP" --clients "$CLIENTS" \
        --seconds "$SECONDS_PER_PHASE" --phases "$PHASES" --derby-dir $HALL-derby-limit \
        --user "$ADMIN_USER" --password "$ADMIN_PASS"
    machine_line
} 2>&1 | tee "$OUT"
cat "$OUT.boot" >> "$OUT" && rm -f "$OUT.boot"
echo "written: $OUT"
