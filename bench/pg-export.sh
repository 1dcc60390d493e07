#!/usr/bin/env bash
# Usage: bench/pg-export.sh [ENTRIES=4305889] [HEAP=256m]  — the year's ledger export on PostgreSQL, heap capped
# Needs PARKHALL_TEST_PG_URL/USER/PASSWORD (`. .ci/postgres` as root sets them): a new database is made for the run
# and dropped after it. The hall is switched to PostgreSQL with the datasource file's own documented lines, its
# heap capped at HEAP; ENTRIES ledger events spread over 2025 go straight into the database (as a year of work would
# leave them, ~250 bytes of data each), then the whole year is exported as CSV and as JSON lines over HTTP.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ENTRIES=${1:-4305889} HEAP=${2:-256m}
pg_required
HALL=/var/tmp/parkhall-bench-pgexport-$$
DB=ph_bench_export_$$
read -r HTTP SSH RMI1 RMI2 <<< "$(free_ports 4)"
OUT=$(result_file pg-export)
prepare_hall $HALL $HTTP $SSH $RMI1 $RMI2
trap 'stop_karaf $HALL; rm -rf $HALL; psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
CFG=$HALL/etc/org.ops4j.datasource-parkhall.cfg
use_postgres $HALL $DB
export EXTRA_JAVA_OPTS="-Xmx$HEAP"
psql_db -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
{
    machine_line
    echo "datasource: $(grep -E '^(osgi.jdbc.driver.name|url|user) = ' "$CFG" | paste -sd' ' -)"
    start_karaf $HALL > /dev/null
    echo "boot to ready on PostgreSQL (empty database, all migrations): $(wait_hall $HTTP)s"
    start=$(date +%s)
    psql_db -d $DB <<SQL
INSERT INTO ledger_event (occurred_at, actor, action, subject, data)
SELECT TIMESTAMP '2025-01-01 00:00:00' + (i * (INTERVAL '365 days' / $ENTRIES)), 'wang.clerk', 'CASE_ACCEPTED',
       'PH2025' || lpad((i % 1000000)::text, 8, '0'),
       '{"item":"AMR-REG-01","itemName":"有限责任公司设立登记","applicant":"1101**********4514","dueOn":"2025-03-01",'
       || '"note":"材料齐全，予以受理 / all materials present, accepted","counter":' || (i % 6 + 1) || ',"seq":' || i || '}'
FROM generate_series(1, $ENTRIES) AS i;
ANALYZE ledger_event;
SQL
    echo "loaded $ENTRIES ledger entries of 2025 in $(( $(date +%s) - start ))s; database $(psql_db -d $DB -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")"
    pid=$(cat $HALL/karaf.pid)
    curl -s -o /dev/null -c $HALL/cookies -H 'Content-Type: application/json' \
        -d "{\"username\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASS\"}" "http://127.0.0.1:$HTTP/api/v1/session"
    for format in csv jsonl; do
        jcmd $pid GC.run > /dev/null
        ( peak=0; while kill -0 $pid 2>/dev/null && [ ! -f $HALL/done ]; do
              used=$(jcmd $pid GC.heap_info 2>/dev/null | awk '/garbage-first heap/{for (i = 1; i < NF; i++) if ($i == "used") print $(i + 1)}' | tr -d 'K')
              [ -n "$used" ] && (( used > peak )) && peak=$used; sleep 1
          done; echo $((peak / 1024)) > $HALL/peak ) &
        result=$(curl -s -b $HALL/cookies -o /dev/null -w '%{http_code} %{size_download} %{time_total}' \
            "http://127.0.0.1:$HTTP/api/v1/ledger/export?format=$format&from=2025-01-01&to=2025-12-31")
        touch $HALL/done; wait; rm -f $HALL/done
        echo "year's export, $format: HTTP status, bytes, seconds: $result; heap used at most $(cat $HALL/peak) MiB (sampled every second)"
    done
    echo "heap after the exports: $(jcmd $pid GC.heap_info | grep -E 'total|used' | head -2 | tr -s ' ' | paste -sd' ' -)"
    grep -c 'OutOfMemoryError' $HALL/data/log/karaf.log | sed 's/^/OutOfMemoryError lines in karaf.log: /' || true
    stop_karaf $HALL
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
