#!/usr/bin/env bash
# Beschermd wonen monitoring benchmark: builds the module and the bench, runs it, prints a summary.
#
#   bench/beschermd-wonen-monitoring/run.sh                     # full run
#   bench/beschermd-wonen-monitoring/run.sh --metingen 200      # options go to Monitoringbench (see README.md)
#   SKIP_BUILD=1 bench/beschermd-wonen-monitoring/run.sh        # use the module/generator already in ~/.m2
#   MVN_OFFLINE=1 bench/beschermd-wonen-monitoring/run.sh       # add -o to the Maven calls
#   PROFILE=0|1|auto                                            # stack-sample profile of the queries: never, all,
#                                                               #   or (default) only of a query that missed the target
#   BENCH_JAVA_OPTS="..."                                       # JVM options (default: the product's, bin/setenv)
#   NAME=variant                                                # write target/result-variant.txt etc. instead of result.txt
#
# Not part of `mvn verify`: bench/beschermd-wonen-monitoring is not a module of the root pom.
# Output: the summary on stdout and in bench/beschermd-wonen-monitoring/target/result.txt, Derby's plans in
# target/plans.txt, the profile (if any) in target/profile.txt, the full log in target/run.log (with NAME=x:
# result-x.txt, plans-x.txt, profile-x.txt, run-x.log).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

mvn_opts=(-B -q)
if [[ "${MVN_OFFLINE:-0}" == 1 ]]; then mvn_opts+=(-o); fi
# the product's JVM settings (distribution bin/setenv; docs/performance.md explains them)
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:--Xms128m -Xmx1g -XX:+UseSerialGC}"
t_start=$(date +%s)

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo ">> installing demodata + beschermd-wonen and what they need (tests skipped)"
  mvn "${mvn_opts[@]}" install -pl demodata,bundles/samenspel-api,bundles/samenspel-store,bundles/samenspel-rest,bundles/samenspel-invoer,bundles/samenspel-register,bundles/beschermd-wonen -am -DskipTests
fi
echo ">> building bench/beschermd-wonen-monitoring/target/beschermd-wonen-monitoring-bench.jar (+ target/lib)"
mvn "${mvn_opts[@]}" -f bench/beschermd-wonen-monitoring/pom.xml package

echo ">> machine"
echo "   nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "   memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "   disk: $(df -h "$here" | awk 'NR==2 {print $1 " (" $2 ", " $5 " used)"}')"
echo "   java: $(java -version 2>&1 | head -1)"
echo "   JVM options: ${java_opts[*]}"
echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
busy="$(ps -eo pcpu=,args= --sort=-pcpu | awk '$1 > 20' | cut -c1-100)"
if [[ -n "$busy" ]]; then
  echo "   WARNING: other processes are using CPU; the numbers will be skewed:"
  echo "$busy" | sed 's/^/     /'
fi

cp="$here/target/beschermd-wonen-monitoring-bench.jar:$here/target/lib/*"
clk_tck=$(getconf CLK_TCK)
ncpu=$(nproc)
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
process_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# run_java LOG ARGS...: runs the bench JVM in the background and samples, every 2 s, how much of the
# machine other processes used meanwhile (all busy CPU minus this JVM's); sets FOREIGN_MAX / FOREIGN_MEAN.
run_java() {
  local log=$1; shift
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

case "${PROFILE:-auto}" in
  1) profiel=ja ;;
  0) profiel=nee ;;
  *) profiel=auto ;;
esac

suffix="${NAME:+-$NAME}"
result="$here/target/result$suffix.txt"
profile_file="$here/target/profile$suffix.txt"
plans="$here/target/plans$suffix.txt"
mkdir -p "$here/target"
: > "$here/target/run$suffix.log"
rm -f "$profile_file" "$plans"
echo ">> running Monitoringbench (generate, load through the import, check the answers, warm-up, timed rounds; progress lines start with #)"
run_java "$here/target/run$suffix.log" -cp "$cp" nl.samenspel.bench.beschermdwonen.Monitoringbench \
  --register "$root/regional-config" --werkmap "$here/target/work" --resultaat "$result" \
  --plannen "$plans" --profielbestand "$profile_file" --profiel "$profiel" "$@"
echo "Other processes during the run: ${FOREIGN_MEAN} % of the machine on average, at most ${FOREIGN_MAX} % (2 s samples)" \
  | tee -a "$result"
if (( FOREIGN_MEAN > 10 || FOREIGN_MAX > 40 )); then
  echo "WARNING: other processes used the machine during the run; the numbers are skewed. Run again on an idle machine." \
    | tee -a "$result"
fi

echo
echo "=================================================================================================="
cat "$result"
if [[ -f "$profile_file" ]]; then
  echo
  cat "$profile_file"
fi
echo "run.sh took $(( ($(date +%s) - t_start) / 60 )) min $(( ($(date +%s) - t_start) % 60 )) s in all"
