#!/usr/bin/env bash
# Usage: bench/crash-drill.sh [ROUNDS=20] [LOAD_SECONDS=6] [CLIENTS=6]  — kill -9 under load, restart, check nothing acknowledged is lost
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-20} LOAD_SECONDS=${2:-6} CLIENTS=${3:-6}
HALL=/tmp/bench-crash-$$
read -r HTTP SSH RMI1 RMI2 <<< "$(free_ports 4)"
OUT=$(result_file crash-drill)

prepare_hall $HALL $HTTP $SSH $RMI1 $RMI2
# the drill starts and kills Karaf itself; this only makes sure none is left behind if it fails
trap 'stop_karaf $HALL; rm -rf $HALL $HALL-derby-limit' EXIT
{
    machine_line
    java "$BENCH_DIR/CrashDrill.java" --karaf $HALL --port $HTTP --rounds "$ROUNDS" --load-seconds "$LOAD_SECONDS" \
        --clients "$CLIENTS"
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
