#!/usr/bin/env bash
# Exchange benchmark (issue 6): a hub and a Deventer node as real Karaf processes on loopback;
# 200,000 allocations from the node's inbox until stored at the hub, against raw JDBC batch inserts
# of the same rows; then the latency of 50 single small files. Prints a summary.
#
#   bench/uitwisseling/run.sh                       # full run: 200,000 in 20 files, 50 latency files (about 5 min on 2 cores)
#   bench/uitwisseling/run.sh --klein               # small run to check the set-up: 20,000 records, 10 latency files
#   bench/uitwisseling/run.sh --batchgrootte 500    # options go to Uitwisselbench (see README.md)
#   SKIP_BUILD=1 bench/uitwisseling/run.sh          # use target/uitwisseling-bench.jar and target/lib as they are
#   MVN_OFFLINE=0                                   # let Maven go online to build the bench (default: -o)
#   DIST=/path/to/samenspel-distribution-*.tar.gz   # another tarball (default: distribution/target/ of this checkout)
#   BENCH_JAVA_OPTS="..."                           # the bench JVM's options (default -Xms256m -Xmx2g -XX:+UseSerialGC);
#                                                   #   the two Karaf JVMs always use the product's bin/setenv
#   WAIT_IDLE=15                                    # first wait (at most 15 min) until the machine is at most 20 % busy for 10 s
#   bench/uitwisseling/run.sh --klein --profiel target/profile.txt   # stack samples of the exchange's threads (disturbs the timing)
#
# Not part of `mvn verify`: bench/uitwisseling is not a module of the root pom. It needs the
# nl.samenspel artifacts (samenspel-demodata) in ~/.m2 and a built distribution tarball, which is
# copied to target/work/ first (a rebuild of the distribution meanwhile does not disturb the run).
# Ports: 18380-18389 only (hub 18380-18384, node 18385-18389).
# Output: the summary on stdout and in bench/uitwisseling/target/result.txt, the full log in
# target/run.log, both installations (logs, databases, processed files) in target/work/{zwolle,deventer}.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"

java_options "-Xms256m -Xmx2g -XX:+UseSerialGC"
mvn_options 1
dist_src="${DIST:-$root/distribution/target/samenspel-distribution-0.1.0-SNAPSHOT.tar.gz}"

mkdir -p "$here/target/work"
rm -f "$here/target/result.txt"
# the tarball first: the distribution may be rebuilt while this runs
if [[ ! -f "$dist_src" ]]; then
  echo "no distribution tarball at $dist_src: build it (mvn -B -q install -DskipTests) or set DIST" >&2
  exit 1
fi
dist="$here/target/work/samenspel-distribution.tar.gz"
cp "$dist_src" "$dist.part"
tar tzf "$dist.part" > /dev/null || { echo "the tarball $dist_src is incomplete (being rebuilt?); try again" >&2; exit 1; }
mv "$dist.part" "$dist"
touch -r "$dist_src" "$dist"

# shellcheck disable=SC2046
ports_free "18380-18389 (an earlier run still running? see target/work/*/karaf.pid)" $(seq 18380 18389)

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  build_bench uitwisseling "uitwisseling-bench.jar (+ target/lib)"
fi

if [[ -n "${WAIT_IDLE:-}" ]]; then
  echo ">> waiting (at most $WAIT_IDLE min) until the machine is at most 20 % busy over 10 s"
  deadline=$(( $(date +%s) + WAIT_IDLE * 60 ))
  while :; do
    b0=$(machine_busy_ticks); sleep 10; b1=$(machine_busy_ticks)
    pct=$(( (b1 - b0) * 100 / (10 * $(getconf CLK_TCK) * $(nproc)) ))
    echo "   $(date -u +%H:%M:%S) machine ${pct} % busy"
    (( pct <= 20 )) && break
    if (( $(date +%s) > deadline )); then echo "   still busy after $WAIT_IDLE min; running anyway (the result will say so)"; break; fi
  done
fi

show_machine "$here" "bench JVM options: ${java_opts[*]}" \
  "distribution: $dist_src ($(date -u -r "$dist_src" '+%Y-%m-%d %H:%M UTC'))"

cp="$here/target/uitwisseling-bench.jar:$here/target/lib/*"
echo ">> running Uitwisselbench (progress lines start with #; other processes' CPU is sampled every second by the bench itself)"
set +e
java "${java_opts[@]}" --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED -cp "$cp" nl.samenspel.bench.uitwisseling.Uitwisselbench \
  --werkmap "$here/target/work" --resultaat "$here/target/result.txt" --distributie "$dist" --checkout "$root" "$@" \
  2>&1 | tee "$here/target/run.log"
rc=${PIPESTATUS[0]}
set -e
echo "   load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$here/target/run.log"
took "(exit $rc)"
exit "$rc"
