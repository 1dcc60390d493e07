# Shared helpers for the bench drivers (sourced, not run): copy the hall, set ports and accounts, start, wait, stop.
# Every Karaf a driver starts is a COPY under /tmp, because Maven rebuilds karaf-assembly/target/assembly in place.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
HALL_SRC="${HALL_SRC:-$REPO_DIR/karaf-assembly/target/assembly}"
DERBY_JAR="${DERBY_JAR:-$HOME/.m2/repository/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar}"
RESULTS="$BENCH_DIR/results"
ADMIN_USER=bench.admin ADMIN_PASS=Bench-Pass-2026
OPS_USER=bench.ops OPS_PASS=Bench-Ops-2026
mkdir -p "$RESULTS"

# free_ports N — N TCP ports nobody listens on (from a random start), so two runs at once never share a port.
free_ports() {
    local port=$((20000 + RANDOM % 20000)) found=0
    while (( found < $1 )); do
        if ! ss -ltn 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then echo "$port"; found=$((found + 1)); fi
        port=$((port + 1))
    done | paste -sd' ' -
}

# set_ports DIR HTTP SSH RMI_REGISTRY RMI_SERVER — rewrite the four listening ports of a Karaf copy.
set_ports() {
    local dir=$1
    touch "$dir/etc/org.ops4j.pax.web.cfg" # plain Karaf has none until the http feature writes it
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $2/" "$dir/etc/org.ops4j.pax.web.cfg"
    grep -q '^org.osgi.service.http.port' "$dir/etc/org.ops4j.pax.web.cfg" \
        || echo "org.osgi.service.http.port = $2" >> "$dir/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = $3/" "$dir/etc/org.apache.karaf.shell.cfg"
    sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $4/" -e "s/^rmiServerPort *=.*/rmiServerPort = $5/" \
        "$dir/etc/org.apache.karaf.management.cfg"
}

# add_accounts DIR — the hall admin (REST) and an ops account with Karaf's admin and ssh roles (bin/client).
add_accounts() {
    cat >> "$1/etc/users.properties" <<USERS
$ADMIN_USER = $ADMIN_PASS,halladmin,clerk
$OPS_USER = $OPS_PASS,admin,viewer,manager,systembundles,ssh
USERS
}

# snapshot_dist — copy the built hall to /tmp/bench-dist while no Maven build runs (Maven deletes and rebuilds
# the assembly, so a run that starts mid-build would find it missing or half written); later copies come from it.
DIST_SNAPSHOT=${DIST_SNAPSHOT:-/tmp/bench-dist}
snapshot_dist() {
    if ! pgrep -f org.codehaus.plexus.classworlds > /dev/null && [ -x "$HALL_SRC/bin/karaf" ] \
            && [ -d "$HALL_SRC/system/org/parkhall/parkhall-web" ]; then
        rm -rf "$DIST_SNAPSHOT.new" && cp -r "$HALL_SRC" "$DIST_SNAPSHOT.new" && rm -rf "$DIST_SNAPSHOT.new/data" \
            && rm -rf "$DIST_SNAPSHOT" && mv "$DIST_SNAPSHOT.new" "$DIST_SNAPSHOT"
    fi
    [ -x "$DIST_SNAPSHOT/bin/karaf" ] || { echo "no built hall at $HALL_SRC (the lead runs the Maven build)" >&2; return 1; }
}

# prepare_hall DIR HTTP SSH RMI_REGISTRY RMI_SERVER — a fresh copy of the built hall with an empty data/.
prepare_hall() {
    snapshot_dist || return 1
    rm -rf "$1" && cp -r "$DIST_SNAPSHOT" "$1" && rm -rf "$1/data"
    set_ports "$@"
    add_accounts "$1"
}

# start_karaf DIR — start `bin/karaf server` in the background and print the JVM's pid (Karaf writes it to
# DIR/karaf.pid itself; setsid may fork once, so the launcher's own $! is not always the JVM).
start_karaf() {
    rm -f "$1/karaf.pid"
    # every descriptor redirected, so `$(start_karaf …)` does not wait for Karaf to close our pipe
    ( cd "$1" && KARAF_EXEC=exec setsid bin/karaf server < /dev/null >> "$1/console.log" 2>&1 & ) > /dev/null 2>&1
    for _ in $(seq 1 200); do [ -s "$1/karaf.pid" ] && break; sleep 0.1; done
    cat "$1/karaf.pid"
}

# hall_ready PORT — true when /api/v1/health answers 200 with every catalog item available.
hall_ready() {
    local body; body=$(curl -sf -m 5 "http://127.0.0.1:$1/api/v1/health" 2>/dev/null) && [ -n "$body" ] \
        && jq -e '.hall.itemsTotal > 0 and .hall.itemsAvailable == .hall.itemsTotal' <<< "$body" > /dev/null 2>&1
}

# wait_hall PORT [SECONDS] — wait for hall_ready; prints the seconds it took.
wait_hall() {
    local start=$(date +%s.%N) limit=${2:-300}
    until hall_ready "$1"; do
        sleep 0.25
        if (( $(date +%s) - ${start%.*} > limit )); then echo "hall on port $1 not ready after ${limit}s" >&2; return 1; fi
    done
    echo "$(date +%s.%N) - $start" | bc
}

# stop_karaf DIR — SIGTERM the JVM and wait for it (SIGKILL only if it hangs for two minutes).
stop_karaf() {
    local pid; pid=$(cat "$1/karaf.pid" 2>/dev/null) || return 0
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    echo "karaf $pid did not stop in 120s; killing it" >&2
    kill -9 "$pid" 2>/dev/null
}

# machine_line — one line: cores, memory, load, whether a Maven build runs; printed with every result.
machine_line() {
    local maven="no"; pgrep -f org.codehaus.plexus.classworlds > /dev/null && maven="YES"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
         "date $(date -u +%FT%TZ); load average $(cut -d' ' -f1-3 /proc/loadavg); maven build running: $maven"
}

# result_file NAME — bench/results/NAME-<date>.txt (time included so repeated runs do not overwrite each other).
result_file() {
    echo "$RESULTS/$1-$(date -u +%Y%m%d-%H%M%S).txt"
}

# PostgreSQL for the drivers that need it: the server PARKHALL_TEST_PG_URL/USER/PASSWORD name (`. .ci/postgres` as
# root sets them; or a cluster of your own, e.g. `pg_createcluster 15 drill -p 5440 --start` and a role that may
# create databases).
pg_required() {
    : "${PARKHALL_TEST_PG_URL:?run '. .ci/postgres' first (or set PARKHALL_TEST_PG_URL/USER/PASSWORD)}"
    export PGPASSWORD=$PARKHALL_TEST_PG_PASSWORD
    PG_HOSTPORT=${PARKHALL_TEST_PG_URL#jdbc:postgresql://}; PG_HOSTPORT=${PG_HOSTPORT%%/*}
}

# psql_db ARGS — psql as the test role on that server.
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "${PG_HOSTPORT%:*}" -p "${PG_HOSTPORT#*:}" -U "$PARKHALL_TEST_PG_USER" "$@"; }

# use_postgres DIR DB — switch a copy to database DB with the datasource file's own documented lines (in place of the
# Derby ones, as an operator would) and export the URL, user and password those lines read.
use_postgres() {
    sed -i -e '/^osgi.jdbc.driver.name = derby/d' -e '/^url = jdbc:derby/d' \
        -e 's/^#   \(osgi.jdbc.driver.name\|url\|user\|password\) = /\1 = /' "$1/etc/org.ops4j.datasource-parkhall.cfg"
    export PARKHALL_DB_URL="${PARKHALL_TEST_PG_URL%/}/$2" PARKHALL_DB_USER=$PARKHALL_TEST_PG_USER
    export PARKHALL_DB_PASSWORD=$PARKHALL_TEST_PG_PASSWORD
}
