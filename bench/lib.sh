# shellcheck shell=bash
# What the benches' run.sh scripts share; each sources it right after finding its own directory:
#
#   here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
#   source "$here/../lib.sh"
#
# Sourcing sets root (the checkout) and t_start, and changes to the root: the Maven calls and the
# paths the scripts print are relative to it. Everything else is a function the script calls.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
t_start=$(date +%s)

# step TEXT: a progress line. A script may redefine it (bench/toegang adds the time).
step() { echo ">> $*"; }

# mvn_options DEFAULT_OFFLINE: sets mvn_opts. Each bench keeps its own default: 0 = online unless
# MVN_OFFLINE=1, 1 = offline (-o) unless MVN_OFFLINE=0.
mvn_options() {
  mvn_opts=(-B -q)
  if [[ "$1" == 1 ]]; then
    [[ "${MVN_OFFLINE:-1}" == 0 ]] || mvn_opts+=(-o)
  else
    [[ "${MVN_OFFLINE:-0}" != 1 ]] || mvn_opts+=(-o)
  fi
}

# java_options DEFAULT: sets java_opts from BENCH_JAVA_OPTS, or the bench's default.
java_options() { read -r -a java_opts <<< "${BENCH_JAVA_OPTS:-$1}"; }

# install_modules WHAT MODULES: installs product modules (a comma-separated -pl list) and what they need, tests skipped.
install_modules() {
  step "installing $1 and what they need (tests skipped)"
  mvn "${mvn_opts[@]}" install -pl "$2" -am -DskipTests
}

# build_steun: installs bench/steun, the benches' shared harness, into ~/.m2, where every bench's pom finds it.
build_steun() {
  step "installing bench/steun (bench-steun, the benches' shared harness) into ~/.m2"
  mvn "${mvn_opts[@]}" -f bench/steun/pom.xml install
}

# package_bench DIR WHAT: packages the bench in bench/DIR (WHAT: what that builds, for the progress line).
package_bench() {
  step "building bench/$1/target/$2"
  mvn "${mvn_opts[@]}" -f "bench/$1/pom.xml" package
}

# build_bench DIR WHAT: bench-steun first, then the bench.
build_bench() {
  build_steun
  package_bench "$1" "$2"
}

# ports_free NEEDS PORT...: stops the script when one of the ports is taken (NEEDS says which the bench needs, and why).
ports_free() {
  local needs=$1 port
  shift
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is in use; the bench needs $needs" >&2
      exit 1
    fi
  done
}

# show_machine DISK_DIR [LINE...]: the machine the figures belong to (DISK_DIR empty: no disk line; each LINE after the
# java version), and a warning when other processes use CPU right now.
show_machine() {
  local disk=$1 line busy
  shift
  echo ">> machine"
  echo "   nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "   memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  [[ -z "$disk" ]] || echo "   disk: $(df -h "$disk" | awk 'NR==2 {print $1 " (" $2 ", " $5 " used)"}')"
  echo "   java: $(java -version 2>&1 | head -1)"
  for line in "$@"; do echo "   $line"; done
  echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  busy="$(ps -eo pcpu=,args= --sort=-pcpu | awk '$1 > 20' | cut -c1-100)"
  if [[ -n "$busy" ]]; then
    echo "   WARNING: other processes are using CPU; the numbers will be skewed:"
    echo "$busy" | sed 's/^/     /'
  fi
}

# Busy ticks of all cores (user, nice, system, irq, softirq, steal) and a process's utime + stime, from /proc.
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
process_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# run_java LOG ARGS...: runs the bench JVM (java_opts) in the background and samples, every 2 s, how much of the
# machine other processes used meanwhile (all busy CPU minus this JVM's); sets FOREIGN_MAX / FOREIGN_MEAN.
run_java() {
  local log=$1; shift
  local clk_tck ncpu
  clk_tck=$(getconf CLK_TCK)
  ncpu=$(nproc)
  java "${java_opts[@]}" "$@" > >(tee -a "$log") 2>&1 &
  local pid=$! b0 p0 b1 p1 pct sum=0 n=0 max=0
  b0=$(machine_busy_ticks); p0=$(process_ticks $pid)
  while kill -0 $pid 2>/dev/null; do
    sleep 2
    b1=$(machine_busy_ticks); p1=$(process_ticks $pid)
    if [[ $p1 -ge $p0 && $p1 -gt 0 ]]; then
      pct=$(( ( (b1 - b0) - (p1 - p0) ) * 100 / (2 * clk_tck * ncpu) ))
      (( pct < 0 )) && pct=0
      sum=$((sum + pct)); n=$((n + 1)); (( pct > max )) && max=$pct
    fi
    b0=$b1; p0=$p1
  done
  wait $pid
  FOREIGN_MAX=$max
  FOREIGN_MEAN=$(( n > 0 ? sum / n : 0 ))
}

# report_foreign RESULT: after run_java, what other processes used during the run, on stdout and appended to RESULT,
# with a warning when that skews the figures.
report_foreign() {
  echo "Other processes during the run: ${FOREIGN_MEAN} % of the machine on average, at most ${FOREIGN_MAX} % (2 s samples)" \
    | tee -a "$1"
  if (( FOREIGN_MEAN > 10 || FOREIGN_MAX > 40 )); then
    echo "WARNING: other processes used the machine during the run; the numbers are skewed. Run again on an idle machine." \
      | tee -a "$1"
  fi
}

# took [SUFFIX]: how long run.sh took in all.
took() {
  echo "run.sh took $(( ($(date +%s) - t_start) / 60 )) min $(( ($(date +%s) - t_start) % 60 )) s in all${1:+ $1}"
}
