#!/usr/bin/env bash
# Usage: bench/hot-redeploy.sh [SWAPS=50] [CLIENTS=4]  — swap the housing department SWAPS times while throughput load runs
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SWAPS=${1:-50} CLIENTS=${2:-4}
HALL=/tmp/bench-redeploy-$$
read -r HTTP SSH RMI1 RMI2 <<< "$(free_ports 4)"
OUT=$(result_file hot-redeploy)
STOP=/tmp/bench-redeploy-$$.stop

prepare_hall $HALL $HTTP $SSH $RMI1 $RMI2
trap 'stop_karaf $HALL; rm -rf $HALL $HALL-derby-limit' EXIT
start_karaf $HALL > /dev/null
echo "boot to ready: $(wait_hall $HTTP)s"
rm -f "$STOP"
{
    machine_line
    # (a)'s load, tickets and cases side by side, until the drill below writes the stop file
    java "$BENCH_DIR/Throughput.java" --base "http://127.0.0.1:$HTTP" --clients "$CLIENTS" --seconds 3600 --warmup 2 \
        --phases mixed --stop-file "$STOP" --user "$ADMIN_USER" --password "$ADMIN_PASS" > "$OUT.load" 2>&1 &
    LOAD=$!
    sleep 8
    java "$BENCH_DIR/HotRedeploy.java" --base "http://127.0.0.1:$HTTP" --karaf $HALL --ssh-port $SSH \
        --swaps "$SWAPS" --stop-file "$STOP" || touch "$STOP"
    wait $LOAD || true
    echo; echo "---- throughput load that ran during the swaps ----"; cat "$OUT.load"; rm -f "$OUT.load"
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
