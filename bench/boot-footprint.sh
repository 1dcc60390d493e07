#!/usr/bin/env bash
# Usage: bench/boot-footprint.sh [BOOTS=3]  — boot-to-ready time and RSS: the hall vs plain Karaf 4.4.10 with the same boot features
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BOOTS=${1:-3}
KARAF_TGZ=${KARAF_TGZ:-$HOME/.m2/repository/org/apache/karaf/apache-karaf/4.4.10/apache-karaf-4.4.10.tar.gz}
HALL=/tmp/bench-boot-hall PLAIN=/tmp/bench-boot-plain STOCK=/tmp/bench-boot-stock HTTP=18781
OUT=$(result_file boot-footprint)

# plain_karaf DIR MODE — unpack Karaf 4.4.10; MODE=same: the hall's boot features less its own (plus what those pull
# in from outside: http-whiteboard, pax-jdbc-config, pax-jdbc-derby, pax-jdbc-pool-dbcp2); MODE=stock: Karaf's own default boot features.
plain_karaf() {
    rm -rf "$1" && mkdir -p "$1" && tar xzf "$KARAF_TGZ" -C "$1" --strip-components=1
    set_ports "$1" $HTTP 18701 18799 18798
    add_accounts "$1"
    if [ "$2" = same ]; then
        local boot
        boot=$(awk '/^featuresBoot *=/{on=1} on{print; if ($0 !~ /\\$/) exit}' "$DIST_SNAPSHOT/etc/org.apache.karaf.features.cfg" \
            | tr -d ' \\' | sed 's/^featuresBoot=//' | tr ',' '\n' | grep -v '^parkhall' | grep -v '^$' | paste -sd, -)
        cat > "$1/etc/org.apache.karaf.features.cfg" <<CFG
featuresRepositories = mvn:org.apache.karaf.features/standard/4.4.10/xml/features, mvn:org.apache.karaf.features/framework/4.4.10/xml/features, mvn:org.ops4j.pax.jdbc/pax-jdbc-features/1.5.7/xml/features
featuresBoot = $boot,http-whiteboard,pax-jdbc-config,pax-jdbc-derby,pax-jdbc-pool-dbcp2
featuresBootAsynchronous=false
autoRefresh=true
CFG
    fi
}

# ready_probe DIR KIND MODE — hall: health says every item is available. plain: on a cold boot the features service
# must have logged "Done." for the boot features (a warm boot provisions nothing and logs nothing), then HTTP must
# answer (any status) — or, for stock Karaf, which has no HTTP, its SSH server must send its banner.
ready_probe() {
    if [ "$2" = hall ]; then hall_ready $HTTP; return; fi
    if [ "$3" = cold ]; then grep -q "FeaturesServiceImpl.*Done\." "$1/data/log/karaf.log" 2>/dev/null || return 1; fi
    if [ "$2" = stock ]; then
        timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/18701 && head -c 4 <&3' 2>/dev/null | grep -q SSH
    else
        curl -s -o /dev/null -m 2 "http://127.0.0.1:$HTTP/" 2>/dev/null
    fi
}

# boot_once DIR KIND COLD — one boot: prints "seconds-to-ready rss-MiB heap-used-after-GC-MiB bundles"
boot_once() {
    local dir=$1 kind=$2 cold=$3
    [ "$cold" = cold ] && rm -rf "$dir/data"
    rm -f "$dir/data/log/karaf.log"
    local start; start=$(date +%s.%N)
    local pid; pid=$(start_karaf "$dir")
    until ready_probe "$dir" "$kind" "$cold"; do
        sleep 0.1
        if (( $(echo "$(date +%s.%N) - $start > 600" | bc) )); then echo "not ready after 600 s" >&2; stop_karaf "$dir"; return 1; fi
    done
    local ready; ready=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 20 # let background activity settle before measuring memory
    local rss; rss=$(awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/$pid/status)
    jcmd "$pid" GC.run > /dev/null
    local heap; heap=$(jcmd "$pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)
    local bundles; bundles=$(ls -d "$dir"/data/cache/bundle[0-9]* 2>/dev/null | wc -l)
    stop_karaf "$dir"
    printf "%.1f %s %.0f %s\n" "$ready" "$rss" "$((heap / 1024))" "$bundles"
}

prepare_hall $HALL $HTTP 18701 18799 18798
plain_karaf $PLAIN same
plain_karaf $STOCK stock
trap 'stop_karaf $HALL; stop_karaf $PLAIN; stop_karaf $STOCK' EXIT
{
    machine_line
    echo "plain 'same' boot features: $(grep '^featuresBoot =' $PLAIN/etc/org.apache.karaf.features.cfg)"
    printf "%-44s %-5s %4s %12s %9s %16s %8s\n" distribution boot run "ready (s)" "RSS MiB" "heap after GC MiB" bundles
    for dist in "hall:$HALL" "plain-same-features:$PLAIN" "plain-stock:$STOCK"; do
        name=${dist%%:*} dir=${dist#*:} kind=plain
        [ "$name" = hall ] && kind=hall
        [ "$name" = plain-stock ] && kind=stock
        for mode in cold warm; do
            for run in $(seq 1 "$BOOTS"); do
                # a warm boot reuses data/ from the boot before it; the first warm one follows the last cold one
                read -r ready rss heap bundles < <(boot_once "$dir" "$kind" "$mode")
                printf "%-44s %-5s %4d %12s %9s %16s %8s\n" "$name" "$mode" "$run" "$ready" "$rss" "$heap" "$bundles"
            done
        done
    done
    echo "ready: hall = /api/v1/health 200 with every item available; plain = (cold boots: boot features provisioned,"
    echo "       \"Done.\" in karaf.log) then HTTP answering (stock: SSH banner). cold = empty data/, warm = restart."
    machine_line
} 2>&1 | tee "$OUT"
echo "written: $OUT"
