#!/usr/bin/env bash
#
# bench/boot.sh: boot time to the first REST answer and idle RSS of the Samenspel hub.
#
# Every run unpacks the distribution tarball into a fresh directory under bench/target/
# (cold: empty data/), starts `bin/karaf server` on its own ports, measures, stops Karaf
# with SIGTERM and deletes the directory. Medians over the runs go into docs/performance.md
# (between the bench/boot.sh markers). Not part of `mvn verify`; see docs/performance.md.
#
# Usage: bench/boot.sh [options]
#   -n, --runs N         runs per configuration (default 3)
#   -s, --settle S       seconds between the boot event and reading VmRSS (default 20)
#   --deadline S         give up a boot after S seconds (default 120)
#   --no-warm            skip the warm boot (second start of the same directory, data/ kept)
#   --no-baseline        skip the baseline (Karaf framework + samenspel-derby, no samenspel-core)
#   --variant "OPTS"     also measure a cold hub with EXTRA_JAVA_OPTS="OPTS" (repeatable)
#   --no-doc             print the results, leave docs/performance.md alone
#   --quiet-max PCT      before each boot wait until the machine is at most PCT % busy (default 20)
#   --quiet-wait S       ... but at most S seconds (default 300); then boot anyway and say so
#   --foreign-max PCT    repeat a boot during which other processes used more than PCT % of the
#                        machine (default 15; includes this script's own polling, a few %)
#   --attempts N         ... at most N attempts per run in all (default 4; the last one is kept)
#   --keep               keep the unpacked directories (bench/target/boot-*/)
#   -h, --help           this text
# Environment: BENCH_HTTP_PORT (18281), BENCH_SSH_PORT (18201), BENCH_RMI_REGISTRY_PORT (11199),
#   BENCH_RMI_SERVER_PORT (44644), BENCH_TARBALL (default: distribution/target/samenspel-distribution-*.tar.gz,
#   built with `mvn -B -q install -DskipTests` when missing).

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOC=$ROOT/docs/performance.md

RUNS=3
SETTLE=20
DEADLINE=120
STOP_DEADLINE=60
WARM=1
BASELINE=1
WRITE_DOC=1
KEEP=0
VARIANTS=()

HTTP_PORT=${BENCH_HTTP_PORT:-18281}
SSH_PORT=${BENCH_SSH_PORT:-18201}
RMI_REGISTRY_PORT=${BENCH_RMI_REGISTRY_PORT:-11199}
RMI_SERVER_PORT=${BENCH_RMI_SERVER_PORT:-44644}
REST_PATH='/api/v1/regios/jeugdhulp-ijsselland/leden?peildatum=2016-06-01'
REST_EXPECT='"aantal":11'
# Logged once by Karaf's features deployer when the boot features have been installed (cold start only;
# FeaturesServiceImpl's "Done." is logged twice, first after the (wrap) prerequisite stage).
DONE_MARKER='Deployment finished\. Registering FeatureDeploymentListener'
QUIET_MAX=20      # a boot starts only when the machine is at most this % busy ...
QUIET_WAIT=300    # ... waiting at most this many seconds for it (then it starts anyway, and says so)
FOREIGN_MAX=15    # a boot during which other processes used more than this % of the machine is repeated ...
ATTEMPTS=4        # ... up to this many attempts in all (the last one is kept, and its load reported)
CLK_TCK=$(getconf CLK_TCK)

usage() { sed -n '/^# Usage:/,/^$/p' "${BASH_SOURCE[0]}" | sed -e 's/^# \{0,1\}//'; }
log() { printf '[boot.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[boot.sh] ERROR: %s\n' "$*" >&2; exit 1; }
now_ns() { date +%s%N; }

while [ $# -gt 0 ]; do
  case $1 in
    -n|--runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    -s|--settle) SETTLE=${2:?--settle needs seconds}; shift 2 ;;
    --deadline) DEADLINE=${2:?--deadline needs seconds}; shift 2 ;;
    --no-warm) WARM=0; shift ;;
    --no-baseline) BASELINE=0; shift ;;
    --variant) VARIANTS+=("${2:?--variant needs JVM options}"); shift 2 ;;
    --no-doc) WRITE_DOC=0; shift ;;
    --quiet-max) QUIET_MAX=${2:?--quiet-max needs a percentage}; shift 2 ;;
    --quiet-wait) QUIET_WAIT=${2:?--quiet-wait needs seconds}; shift 2 ;;
    --foreign-max) FOREIGN_MAX=${2:?--foreign-max needs a percentage}; shift 2 ;;
    --attempts) ATTEMPTS=${2:?--attempts needs a number}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, got '$RUNS'"
[[ $SETTLE =~ ^[0-9]+$ ]] || die "--settle must be a whole number of seconds, got '$SETTLE'"
[[ $DEADLINE =~ ^[1-9][0-9]*$ ]] || die "--deadline must be a positive number of seconds, got '$DEADLINE'"
for n in "$QUIET_MAX" "$QUIET_WAIT" "$FOREIGN_MAX"; do [[ $n =~ ^[0-9]+$ ]] || die "not a whole number: '$n'"; done
[[ $ATTEMPTS =~ ^[1-9][0-9]*$ ]] || die "--attempts must be a positive integer, got '$ATTEMPTS'"

for tool in curl tar gzip python3 awk getconf; do
  command -v "$tool" >/dev/null || die "'$tool' is required but not on PATH"
done
if [ -n "${JAVA_HOME:-}" ]; then JAVA_CMD=$JAVA_HOME/bin/java; else JAVA_CMD=$(command -v java || true); fi
[ -n "$JAVA_CMD" ] && [ -x "$JAVA_CMD" ] || die "no java found (set JAVA_HOME or put java on PATH)"
JCMD=$(dirname "$(readlink -f "$JAVA_CMD")")/jcmd
[ -x "$JCMD" ] || JCMD=

# --- the distribution -------------------------------------------------------------------------
TARBALL=${BENCH_TARBALL:-}
if [ -z "$TARBALL" ]; then
  TARBALL=$(ls -1 "$ROOT"/distribution/target/samenspel-distribution-*.tar.gz 2>/dev/null | head -n 1 || true)
  if [ -z "$TARBALL" ]; then
    log "no distribution tarball; building it: mvn -B -q install -DskipTests"
    (cd "$ROOT" && mvn -B -q install -DskipTests) || die "the build failed"
    TARBALL=$(ls -1 "$ROOT"/distribution/target/samenspel-distribution-*.tar.gz 2>/dev/null | head -n 1 || true)
    [ -n "$TARBALL" ] || die "the build produced no distribution/target/samenspel-distribution-*.tar.gz"
  fi
fi
[ -f "$TARBALL" ] || die "tarball not found: $TARBALL"

# --- bookkeeping and cleanup ------------------------------------------------------------------
STAMP=$(date +%Y%m%d-%H%M%S)
WORK=$ROOT/bench/target/boot-$STAMP-$$
RESULTS=$ROOT/bench/target/boot-$STAMP-$$.tsv
mkdir -p "$WORK"
# Work on a copy: a build elsewhere in the tree may rewrite the tarball while the runs go on.
TARBALL_ORIG=$TARBALL
TARBALL=$WORK/$(basename "$TARBALL_ORIG")
cp -p "$TARBALL_ORIG" "$TARBALL" || { rm -rf "$WORK"; die "cannot copy $TARBALL_ORIG"; }
gzip -t "$TARBALL" 2>/dev/null || { rm -rf "$WORK"; die "$TARBALL_ORIG is incomplete (being rebuilt?); try again"; }
printf 'config\trun\tboot_ms\tdone_ms\tjvm_cpu_ms\tforeign_cpu_pct\tbusy_before_pct\trss_kib\theap_committed_kib\theap_used_kib\tstop_ms\n' > "$RESULTS"

LAUNCHER=   # pid of the bin/karaf script of the current boot
JVM_PID=    # pid of its JVM (karaf.pid)

# Every Karaf this script starts has -Dkaraf.base=$WORK/...; only those are ever killed.
our_jvms() { pgrep -f -- "-Dkaraf.base=$WORK/" || true; }

cleanup() {
  local rc=$? pids i
  trap - EXIT INT TERM
  pids=$(our_jvms)
  if [ -n "$pids" ]; then
    log "cleanup: stopping leftover JVM(s) $pids"
    kill -TERM $pids 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
      pids=$(our_jvms); [ -z "$pids" ] && break; sleep 0.1
    done
    pids=$(our_jvms)
    [ -n "$pids" ] && { log "cleanup: SIGKILL $pids"; kill -KILL $pids 2>/dev/null || true; }
  fi
  if [ -n "$LAUNCHER" ]; then kill -TERM "$LAUNCHER" 2>/dev/null || true; wait "$LAUNCHER" 2>/dev/null || true; fi
  if [ "$KEEP" = 0 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
  # a results file without a single run is of no use
  if [ -f "$RESULTS" ] && [ "$(wc -l < "$RESULTS")" -le 1 ]; then rm -f "$RESULTS"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Busy clock ticks of the whole machine (all CPUs): total minus idle and iowait.
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# CPU ticks (user + system) used so far by process $1.
process_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }

# wait_quiet: waits (bounded) until the machine is at most QUIET_MAX % busy over one second,
# so that someone else's build or benchmark does not end up in the boot time. Sets BUSY_PCT.
wait_quiet() {
  local start b0 b1 ncpu
  start=$(now_ns) ncpu=$(nproc)
  while :; do
    b0=$(machine_busy_ticks); sleep 1; b1=$(machine_busy_ticks)
    BUSY_PCT=$(((b1 - b0) * 100 / (CLK_TCK * ncpu)))
    [ "$BUSY_PCT" -le "$QUIET_MAX" ] && return 0
    if [ $(($(now_ns) - start)) -ge $((QUIET_WAIT * 1000000000)) ]; then
      log "WARNING: machine still ${BUSY_PCT}% busy after ${QUIET_WAIT}s; booting anyway (recorded as busy_before_pct)"
      return 0
    fi
    log "machine ${BUSY_PCT}% busy (> ${QUIET_MAX}%): waiting; top: $(ps -eo pcpu,comm --sort=-pcpu | sed -n 2p | tr -s ' ')"
    sleep 4
  done
}

# unpack CONFIG FEATURES -> prints the Karaf home of a freshly unpacked distribution
unpack() {
  local dir=$WORK/$1 home
  rm -rf "$dir"; mkdir -p "$dir"
  tar -xzf "$TARBALL" -C "$dir" || die "cannot unpack $TARBALL"
  home=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [ -x "$home/bin/karaf" ] || die "no bin/karaf in $TARBALL"
  cat > "$home/etc/samenspel-profiel.properties" <<EOF
# written by bench/boot.sh
samenspel.features = $2
samenspel.http.port = $HTTP_PORT
samenspel.ssh.port = $SSH_PORT
samenspel.rmi.registry.port = $RMI_REGISTRY_PORT
samenspel.rmi.server.port = $RMI_SERVER_PORT
EOF
  echo "$home"
}

# start HOME EXTRA_JAVA_OPTS: starts bin/karaf server; sets LAUNCHER and T0
start() {
  local home=$1 opts=$2 p
  for p in "$HTTP_PORT" "$SSH_PORT" "$RMI_REGISTRY_PORT" "$RMI_SERVER_PORT"; do
    port_in_use "$p" && die "port $p is already in use; another Karaf? Pick free ports with BENCH_*_PORT"
  done
  wait_quiet
  BUSY0=$(machine_busy_ticks)
  T0=$(now_ns)
  if [ -n "$opts" ]; then
    (cd "$home" && CHECK_ROOT_INSTANCE_RUNNING=false EXTRA_JAVA_OPTS="$opts" exec bin/karaf server) \
      >>"$home/bench-console.log" 2>&1 &
  else
    (cd "$home" && CHECK_ROOT_INSTANCE_RUNNING=false exec bin/karaf server) >>"$home/bench-console.log" 2>&1 &
  fi
  LAUNCHER=$!
}

# wait_ready HOME WANT_REST WANT_DONE: polls every 100 ms until the wanted events happened;
# sets REST_MS / DONE_MS (ms since T0, or empty).
wait_ready() {
  local home=$1 want_rest=$2 want_done=$3 body=$1/bench-body.json code deadline
  local log_file=$home/data/log/karaf.log
  REST_MS= DONE_MS=
  deadline=$((T0 + DEADLINE * 1000000000))
  while :; do
    if [ "$want_rest" = 1 ] && [ -z "$REST_MS" ]; then
      code=$(curl -s -o "$body" -w '%{http_code}' --max-time 2 "http://localhost:$HTTP_PORT$REST_PATH" || true)
      if [ "$code" = 200 ]; then
        REST_MS=$((($(now_ns) - T0) / 1000000))
        grep -qF "$REST_EXPECT" "$body" ||
          die "first 200 of $REST_PATH lacks $REST_EXPECT: $(head -c 300 "$body")"
      fi
    fi
    if [ "$want_done" = 1 ] && [ -z "$DONE_MS" ] && grep -qE "$DONE_MARKER" "$log_file" 2>/dev/null; then
      DONE_MS=$((($(now_ns) - T0) / 1000000))
    fi
    { [ "$want_rest" = 0 ] || [ -n "$REST_MS" ]; } && { [ "$want_done" = 0 ] || [ -n "$DONE_MS" ]; } && return 0
    kill -0 "$LAUNCHER" 2>/dev/null ||
      die "Karaf exited during boot; see $home/bench-console.log and $home/data/log/karaf.log (use --keep)"
    [ "$(now_ns)" -lt "$deadline" ] ||
      die "no answer within ${DEADLINE}s (rest=${REST_MS:-none} done=${DONE_MS:-none}); see $home/data/log/karaf.log (use --keep)"
    sleep 0.1
  done
}

# boot_cpu HOME: right after the boot event: JVM_PID, JVM_CPU_MS (CPU the JVM used so far) and
# FOREIGN_PCT (CPU used by everything else during the boot, in % of the whole machine).
boot_cpu() {
  local busy1 t1 jvm_ticks
  busy1=$(machine_busy_ticks) t1=$(now_ns)
  JVM_PID=$(jvm_pid "$1")
  jvm_ticks=$(process_ticks "$JVM_PID")
  JVM_CPU_MS=$((jvm_ticks * 1000 / CLK_TCK))
  FOREIGN_PCT=$(((busy1 - BUSY0 - jvm_ticks) * 100 * 1000000000 / (CLK_TCK * $(nproc) * (t1 - T0))))
  [ "$FOREIGN_PCT" -ge 0 ] || FOREIGN_PCT=0
}

# jvm_pid HOME: the JVM pid from karaf.pid, checked against /proc
jvm_pid() {
  local home=$1 pid
  [ -s "$home/karaf.pid" ] || die "no $home/karaf.pid"
  pid=$(tr -dc '0-9' < "$home/karaf.pid")
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-Dkaraf.base=$home " ||
    die "karaf.pid ($pid) is not the JVM of $home"
  echo "$pid"
}

# measure_idle HOME: settles, then sets RSS_KIB, HEAP_COMMITTED_KIB, HEAP_USED_KIB
measure_idle() {
  local home=$1 i heap
  for ((i = 0; i < SETTLE; i++)); do
    kill -0 "$JVM_PID" 2>/dev/null || die "the JVM died while settling; see $home/data/log/karaf.log"
    sleep 1
  done
  RSS_KIB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$JVM_PID/status")
  [ -n "$RSS_KIB" ] || die "cannot read VmRSS of $JVM_PID"
  HEAP_COMMITTED_KIB= HEAP_USED_KIB=
  if [ -n "$JCMD" ]; then  # after VmRSS: attaching adds a thread
    # G1: "garbage-first heap total NK, used NK"; Serial/Parallel: one such line per generation
    heap=$("$JCMD" "$JVM_PID" GC.heap_info 2>/dev/null | awk '
      match($0, /total [0-9]+K, used [0-9]+K/) { split(substr($0, RSTART, RLENGTH), f, /[ K,]+/); t += f[2]; u += f[4]; n++ }
      END { if (n) print t, u }' || true)
    read -r HEAP_COMMITTED_KIB HEAP_USED_KIB <<<"${heap:-}" || true
  fi
}

# stop: SIGTERM to the JVM, wait (deadline), SIGKILL as a last resort; sets STOP_MS
stop() {
  local t i
  t=$(now_ns)
  if [ -n "$JVM_PID" ] && kill -0 "$JVM_PID" 2>/dev/null; then
    kill -TERM "$JVM_PID"
    for ((i = 0; i < STOP_DEADLINE * 10; i++)); do
      kill -0 "$JVM_PID" 2>/dev/null || break; sleep 0.1
    done
    if kill -0 "$JVM_PID" 2>/dev/null; then
      log "WARNING: JVM $JVM_PID ignored SIGTERM for ${STOP_DEADLINE}s; SIGKILL"
      kill -KILL "$JVM_PID" 2>/dev/null || true
    fi
  fi
  STOP_MS=$((($(now_ns) - t) / 1000000))
  wait "$LAUNCHER" 2>/dev/null || true
  LAUNCHER= JVM_PID=
}

record() {  # record CONFIG RUN
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "${REST_MS:-${DONE_MS:-}}" "${DONE_MS:-}" \
    "$JVM_CPU_MS" "$FOREIGN_PCT" "$BUSY_PCT" "$RSS_KIB" "${HEAP_COMMITTED_KIB:-}" "${HEAP_USED_KIB:-}" "$STOP_MS" >> "$RESULTS"
  log "  $1 #$2: boot ${REST_MS:-${DONE_MS:-}} ms (features installed at ${DONE_MS:--} ms), JVM CPU ${JVM_CPU_MS} ms," \
    "foreign CPU ${FOREIGN_PCT}% (before: ${BUSY_PCT}%), idle RSS $((RSS_KIB / 1024)) MiB," \
    "heap ${HEAP_COMMITTED_KIB:--}/${HEAP_USED_KIB:--} KiB committed/used, stop ${STOP_MS} ms"
}

# boot CONFIG RUN HOME OPTS WANT_REST WANT_DONE: one boot. When other processes used more than
# FOREIGN_MAX % of the machine during the boot, the run is dropped (NOISY=1) unless it is the last attempt.
boot() {
  NOISY=0
  start "$3" "$4"
  wait_ready "$3" "$5" "$6"
  boot_cpu "$3"
  if [ "$FOREIGN_PCT" -gt "$FOREIGN_MAX" ] && [ "$ATTEMPT" -lt "$ATTEMPTS" ]; then
    log "  $1 #$2: other processes used ${FOREIGN_PCT}% of the machine during the boot (> ${FOREIGN_MAX}%): run dropped, repeating"
    NOISY=1
    stop
    return 0
  fi
  measure_idle "$3"
  stop
  record "$1" "$2"
}

# prepare NAME FEATURES BASELINE: a freshly unpacked distribution in HOME_DIR
prepare() {
  HOME_DIR=$(unpack "$1" "$2")
  if [ "$3" = 1 ]; then
    # samenspel-core is in featuresBoot itself; the baseline leaves it out.
    grep -qE '^featuresBoot *=.*samenspel-core/[^,]*,' "$HOME_DIR/etc/org.apache.karaf.features.cfg" ||
      die "featuresBoot in etc/org.apache.karaf.features.cfg no longer lists samenspel-core; adapt the baseline"
    sed -i -E '/^featuresBoot *=/ s#samenspel-core/[^,]*, *##' "$HOME_DIR/etc/org.apache.karaf.features.cfg"
  fi
}

# cold CONFIG RUN FEATURES BASELINE OPTS WANT_REST WANT_DONE: a cold boot (fresh directory per attempt);
# leaves the directory of the recorded boot in HOME_DIR.
cold() {
  for ((ATTEMPT = 1; ; ATTEMPT++)); do
    prepare "$1-$2-$ATTEMPT" "$3" "$4"
    boot "$1" "$2" "$HOME_DIR" "$5" "$6" "$7"
    if [ "$NOISY" = 0 ]; then break; fi
    rm -rf "$WORK/$1-$2-$ATTEMPT"
  done
}

# warm CONFIG RUN: boots the directory of the previous cold boot again (data/ kept).
warm() {
  for ((ATTEMPT = 1; ; ATTEMPT++)); do
    boot "$1" "$2" "$HOME_DIR" "" 1 0
    if [ "$NOISY" = 0 ]; then break; fi
  done
}

discard() { if [ "$KEEP" = 0 ]; then rm -rf "$(dirname "$HOME_DIR")"; fi; }

# --- the runs (configurations interleaved per round, so drift hits them alike) -----------------
log "tarball $TARBALL_ORIG (copied to $TARBALL)"
log "$RUNS run(s), settle ${SETTLE}s, deadline ${DEADLINE}s, ports http $HTTP_PORT ssh $SSH_PORT rmi $RMI_REGISTRY_PORT/$RMI_SERVER_PORT"
for ((run = 1; run <= RUNS; run++)); do
  log "round $run/$RUNS"
  cold hub-cold "$run" samenspel-hub 0 "" 1 1
  if [ "$WARM" = 1 ]; then warm hub-warm "$run"; fi
  discard
  if [ "$BASELINE" = 1 ]; then
    cold baseline-cold "$run" samenspel-derby 1 "" 0 1
    discard
  fi
  for ((v = 0; v < ${#VARIANTS[@]}; v++)); do
    cold "variant$v-cold" "$run" samenspel-hub 0 "${VARIANTS[$v]}" 1 1
    discard
  done
done

# --- report -----------------------------------------------------------------------------------
JAVA_VERSION=$("$JAVA_CMD" -version 2>&1 | head -n 1)
CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
MEM_KIB=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
VARIANT_LIST=$(printf '%s\n' "${VARIANTS[@]+"${VARIANTS[@]}"}")

TARBALL_DATE=$(date -u -r "$TARBALL" '+%Y-%m-%d %H:%M UTC')  # the copy keeps the original's time (cp -p)

BLOCK=$(RESULTS="$RESULTS" NPROC=$(nproc) CPU="$CPU" MEM_KIB="$MEM_KIB" JAVA_VERSION="$JAVA_VERSION" \
  SETTLE="$SETTLE" RUNS="$RUNS" VARIANT_LIST="$VARIANT_LIST" TARBALL_NAME="$(basename "$TARBALL")" \
  TARBALL_DATE="$TARBALL_DATE" FOREIGN_MAX="$FOREIGN_MAX" ATTEMPTS="$ATTEMPTS" python3 - <<'PY'
import csv, os, statistics, datetime

rows = list(csv.DictReader(open(os.environ["RESULTS"]), delimiter="\t"))
variants = [v for v in os.environ["VARIANT_LIST"].split("\n") if v]

def vals(config, col):
    return [int(r[col]) for r in rows if r["config"] == config and r[col]]

def med(xs):
    return statistics.median(xs) if xs else None

foreign_max = int(os.environ["FOREIGN_MAX"])
noisy = [False]

def secs(config, col):
    # the boot times of the runs, in order; * marks a run kept although it was noisy
    out = []
    for r in rows:
        if r["config"] == config and r[col]:
            mark = "*" if int(r["foreign_cpu_pct"]) > foreign_max else ""
            noisy[0] = noisy[0] or bool(mark)
            out.append(f"{int(r[col]) / 1000:.1f}{mark}")
    return " / ".join(out)

def mibs(xs):
    return " / ".join(f"{x / 1024:.0f}" for x in xs)

labels = [  # (config, time column, description, boot event, RSS and CPU columns?)
    ("hub-cold", "boot_ms", "Hub, cold", "first REST answer", True),
    ("hub-cold", "done_ms", "Hub, cold (same runs)", "boot features installed", False),
    ("hub-warm", "boot_ms", "Hub, warm (second start, `data/` kept)", "first REST answer", True),
    ("baseline-cold", "done_ms", "Baseline, cold: Karaf + `samenspel-derby`", "boot features installed", True),
]
for i, v in enumerate(variants):
    labels.append((f"variant{i}-cold", "boot_ms", f"Hub, cold, `EXTRA_JAVA_OPTS=\"{v}\"`", "first REST answer", True))

out = []
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
mem_gib = int(os.environ["MEM_KIB"]) / 1024 / 1024
out.append(f"Measured {now} with `{os.environ['TARBALL_NAME']}` (built {os.environ['TARBALL_DATE']}): {os.environ['NPROC']} cores"
           f" ({os.environ['CPU'] or 'unknown CPU'}), {mem_gib:.1f} GiB RAM, {os.environ['JAVA_VERSION']}."
           f" {os.environ['RUNS']} runs per row; idle RSS read {os.environ['SETTLE']} s after the boot event.")
out.append("")
out.append("| Configuration | Boot event | Boot, runs (s) | Boot, median | JVM CPU to boot event, median | Idle RSS, runs (MiB) | Idle RSS, median | Heap committed / used, median (MiB) | Other CPU load during boot, max |")
out.append("|---|---|---|---|---|---|---|---|---|")
for config, col, label, event, full in labels:
    b = vals(config, col)
    if not b:
        continue
    if full:
        r = vals(config, "rss_kib")
        hc, hu = med(vals(config, "heap_committed_kib")), med(vals(config, "heap_used_kib"))
        heap = f"{hc / 1024:.0f} / {hu / 1024:.0f}" if hc is not None and hu is not None else "n/a"
        cpu = f"{med(vals(config, 'jvm_cpu_ms')) / 1000:.1f} s"
        foreign = f"{max(vals(config, 'foreign_cpu_pct'))} %"
        out.append(f"| {label} | {event} | {secs(config, col)} | **{med(b) / 1000:.1f} s** | {cpu} | {mibs(r)} | **{med(r) / 1024:.0f} MiB** | {heap} | {foreign} |")
    else:
        out.append(f"| {label} | {event} | {secs(config, col)} | {med(b) / 1000:.1f} s | | | | | |")
out.append("")
if noisy[0]:
    out.append(f"\\* Still more than {foreign_max} % other load after {os.environ['ATTEMPTS']} attempts;"
               " kept, and left to the median.")
    out.append("")

hub_boot, hub_done, hub_rss = med(vals("hub-cold", "boot_ms")), med(vals("hub-cold", "done_ms")), med(vals("hub-cold", "rss_kib"))
hub_cpu = med(vals("hub-cold", "jvm_cpu_ms"))
base_done, base_rss = med(vals("baseline-cold", "done_ms")), med(vals("baseline-cold", "rss_kib"))
base_cpu = med(vals("baseline-cold", "jvm_cpu_ms"))
if base_done and base_rss:
    out.append(f"Ratios, cold hub / baseline of the same run (medians): boot time (first REST answer / boot features installed)"
               f" **{hub_boot / base_done:.2f}**; boot features installed, both {hub_done / base_done:.2f};"
               f" JVM CPU to the boot event {hub_cpu / base_cpu:.2f}; idle RSS **{hub_rss / base_rss:.2f}**.")
    out.append("")

ok_boot = hub_boot / 1000 < 15
ok_rss = hub_rss / 1024 < 350
out.append(f"Targets (cold hub, medians): boot < 15 s: **{'met' if ok_boot else 'NOT met'}** ({hub_boot / 1000:.1f} s);"
           f" idle RSS < 350 MiB: **{'met' if ok_rss else 'NOT met'}** ({hub_rss / 1024:.0f} MiB).")
print("\n".join(out))
PY
)

printf '\n%s\n\n' "$BLOCK"
log "raw results: $RESULTS"

if [ "$WRITE_DOC" = 1 ]; then
  BEGIN='<!-- bench/boot.sh:begin (generated; rerun bench/boot.sh to update) -->'
  END='<!-- bench/boot.sh:end -->'
  mkdir -p "$(dirname "$DOC")"
  if [ ! -f "$DOC" ]; then
    printf '# Performance\n\nPerformance numbers live here; the benchmarks that produce them live in `bench/` and are never part of `mvn verify`.\n' > "$DOC"
  fi
  if ! grep -qF "$BEGIN" "$DOC"; then
    printf '\n## Boot time and idle memory (issue: foundation)\n\nRun `bench/boot.sh` (see its header for options).\n\n%s\n%s\n' "$BEGIN" "$END" >> "$DOC"
  fi
  BLOCK="$BLOCK" BEGIN="$BEGIN" END="$END" DOC="$DOC" python3 - <<'PY'
import os
doc, begin, end = os.environ["DOC"], os.environ["BEGIN"], os.environ["END"]
text = open(doc).read()
head, rest = text.split(begin, 1)
if end not in rest:
    raise SystemExit(f"{doc}: '{begin}' without '{end}'")
tail = rest.split(end, 1)[1]
open(doc, "w").write(head + begin + "\n" + os.environ["BLOCK"] + "\n" + end + tail)
PY
  log "results written to $DOC"
fi
