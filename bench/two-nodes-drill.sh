#!/usr/bin/env bash
# Usage: bench/two-nodes-drill.sh kill|pg-restart|pg-stop [ROUNDS=1] [LOAD_SECONDS=10] [CLIENTS=6]
#   — two nodes on one new PostgreSQL database under load (CrashDrill.java with --survivor-port):
#   kill:       kill -9 of node A while node B serves alone for LOAD_SECONDS, then A restarted; every acknowledged
#               ticket and case checked on B, labels and case numbers given twice counted
#   pg-restart: `$PG_CTL restart` under load; no node restarted; every answer counted by node and status
#   pg-stop:    PostgreSQL stopped for PG_DOWN_SECONDS (10) under load, then started again; likewise
# Needs PARKHALL_TEST_PG_* (see lib.sh). The pg-* drills restart the server they name: give them a cluster of your
# own, `pg_createcluster 15 drill -p 5440 --start`, and PG_CTL="pg_ctlcluster 15 drill" (root), never a shared one.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DRILL=${1:?kill, pg-restart or pg-stop} ROUNDS=${2:-1} LOAD_SECONDS=${3:-10} CLIENTS=${4:-6}
PG_CTL=${PG_CTL:-pg_ctlcluster 15 drill} PG_DOWN_SECONDS=${PG_DOWN_SECONDS:-10}
case $DRILL in
    kill) FAULT=kill ;;
    pg-restart) FAULT="$PG_CTL restart" ;;
    pg-stop) FAULT="$PG_CTL stop && sleep $PG_DOWN_SECONDS && $PG_CTL start" ;;
    *) echo "unknown drill $DRILL" >&2; exit 2 ;;
esac
pg_required
A=/tmp/bench-node-a-$$ B=/tmp/bench-node-b-$$ DB=ph_bench_nodes_$$
read -r HTTP_A SSH_A RMI1_A RMI2_A HTTP_B SSH_B RMI1_B RMI2_B <<< "$(free_ports 8)"
OUT=$(result_file two-nodes-$DRILL)

prepare_hall $A $HTTP_A $SSH_A $RMI1_A $RMI2_A
prepare_hall $B $HTTP_B $SSH_B $RMI1_B $RMI2_B
# CrashDrill stops node A itself; this makes sure neither is left behind if it fails
trap 'stop_karaf $A; stop_karaf $B; rm -rf $A $B; psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
use_postgres $A $DB
use_postgres $B $DB
# each node by its own name among the nodes on the database
echo "name = node-a" > $A/etc/org.parkhall.node.cfg
echo "name = node-b" > $B/etc/org.parkhall.node.cfg
psql_db -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
# B started outside the block below, so that it does not hold tee's pipe open; CrashDrill starts A at once after it
start_karaf $B > /dev/null
{
    machine_line
    echo "drill $DRILL: nodes A :$HTTP_A and B :$HTTP_B on $PARKHALL_DB_URL; fault: $FAULT"
    java "$BENCH_DIR/CrashDrill.java" --karaf $A --port $HTTP_A --survivor-port $HTTP_B --fault "$FAULT" \
        --rounds "$ROUNDS" --load-seconds "$LOAD_SECONDS" --clients "$CLIENTS"
    for node in $A $B; do
        echo "$(basename $node): ERROR lines in karaf.log: $(grep -c ' ERROR ' $node/data/log/karaf.log || true)"
    done
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
