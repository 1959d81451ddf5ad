#!/usr/bin/env bash
# Jeugdhulp import benchmark: builds the module and the bench, runs it, prints a summary.
#
#   bench/jeugdhulp-import/run.sh                     # full run, about 7 minutes on 2 cores
#   bench/jeugdhulp-import/run.sh --herhalingen 5     # options go to Importbench (see README.md)
#   SKIP_BUILD=1 bench/jeugdhulp-import/run.sh        # use the module/generator already in ~/.m2
#   MVN_OFFLINE=1 bench/jeugdhulp-import/run.sh       # add -o to the Maven calls
#   WOODSTOX=0                                        # skip the JW301 rows with Woodstox StAX (as in Karaf)
#   PROFILE=0|1|auto                                  # stack-sample profile of the imports: never, always,
#                                                     #   or (default) only of an import that missed the target
#   BENCH_JAVA_OPTS="..."                             # JVM options (default: the product's, bin/setenv)
#
# Not part of `mvn verify`: bench/jeugdhulp-import is not a module of the root pom.
# Output: the summary on stdout and in bench/jeugdhulp-import/target/result.txt, the Woodstox variant
# in target/result-woodstox.txt, the profile (if any) in target/profile.txt, the full log in target/run.log. Generated input files are kept in
# target/work/data and reused by the next run with the same seed and size.
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
  echo ">> installing demodata + jeugdhulp-ijsselland and what they need (tests skipped)"
  mvn "${mvn_opts[@]}" install -pl demodata,bundles/samenspel-api,bundles/samenspel-store,bundles/samenspel-rest,bundles/samenspel-register,bundles/jeugdhulp-ijsselland -am -DskipTests
fi
echo ">> building bench/jeugdhulp-import/target/jeugdhulp-import-bench.jar (+ target/lib)"
mvn "${mvn_opts[@]}" -f bench/jeugdhulp-import/pom.xml package

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

cp="$here/target/jeugdhulp-import-bench.jar:$here/target/lib/*"
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

mkdir -p "$here/target"
: > "$here/target/run.log"
rm -f "$here/target/profile.txt" "$here/target/result-woodstox.txt"
echo ">> running Importbench (generation or reuse of the data, then 1 warm-up + 3 measured runs of 4 rows; progress lines start with #)"
run_java "$here/target/run.log" -cp "$cp" nl.samenspel.bench.jeugdhulp.Importbench \
  --register "$root/regional-config" --werkmap "$here/target/work" --resultaat "$here/target/result.txt" "$@"
echo "Other processes during the run: ${FOREIGN_MEAN} % of the machine on average, at most ${FOREIGN_MAX} % (2 s samples)" \
  | tee -a "$here/target/result.txt"
if (( FOREIGN_MEAN > 10 || FOREIGN_MAX > 40 )); then
  echo "WARNING: other processes used the machine during the run; the numbers are skewed. Run again on an idle machine." \
    | tee -a "$here/target/result.txt"
fi

# The product runs in Karaf, where CXF installs Woodstox; the JDK's own StAX is what a plain JVM uses.
# The JW301 rows again with Woodstox on the class path (XMLInputFactory.newFactory() then finds it).
if [[ "${WOODSTOX:-1}" == 1 ]]; then
  echo ">> JW301 rows again with Woodstox as the StAX implementation (WOODSTOX=0 skips this)"
  run_java "$here/target/run.log" -cp "$cp:$here/target/lib-woodstox/*" nl.samenspel.bench.jeugdhulp.Importbench \
    --register "$root/regional-config" --werkmap "$here/target/work" "$@" --resultaat "$here/target/result-woodstox.txt" \
    --rijen BASIS_JW301,JW301 --titel "variant: Woodstox StAX, as in Karaf with CXF" > /dev/null
  echo "Other processes during the Woodstox run: ${FOREIGN_MEAN} % on average, at most ${FOREIGN_MAX} %" \
    >> "$here/target/result-woodstox.txt"
  if (( FOREIGN_MEAN > 10 || FOREIGN_MAX > 40 )); then
    echo "WARNING: other processes used the machine during this run; the numbers are skewed." >> "$here/target/result-woodstox.txt"
  fi
fi

# Profile the imports that missed the target (PROFILE=auto), all of them (1) or none (0).
profile="${PROFILE:-auto}"
missed=()
grep -q 'Target CSV import .*MISSED' "$here/target/result.txt" && missed+=(CSV)
grep -q 'Target JW301 import .*MISSED' "$here/target/result.txt" && missed+=(JW301)
if [[ "$profile" == 1 ]]; then missed=(CSV JW301); fi
if [[ "$profile" != 0 && ${#missed[@]} -gt 0 ]]; then
  rows=$(IFS=,; echo "${missed[*]}")
  echo ">> profiling $rows: stack samples every 10 ms (1 warm-up + ${PROFILE_RUNS:-2} runs each; PROFILE=0 skips this)"
  run_java "$here/target/run.log" -cp "$cp" nl.samenspel.bench.jeugdhulp.Importbench \
    --register "$root/regional-config" --werkmap "$here/target/work" "$@" --herhalingen "${PROFILE_RUNS:-2}" --rijen "$rows" \
    --profiel "$here/target/profile.txt" > /dev/null
  echo "Other processes during profiling: ${FOREIGN_MEAN} % on average, at most ${FOREIGN_MAX} %" >> "$here/target/profile.txt"
fi

echo
echo "=================================================================================================="
cat "$here/target/result.txt"
if [[ -f "$here/target/result-woodstox.txt" && "${WOODSTOX:-1}" == 1 ]]; then
  echo
  cat "$here/target/result-woodstox.txt"
fi
if [[ -f "$here/target/profile.txt" ]]; then
  echo
  cat "$here/target/profile.txt"
fi
echo "run.sh took $(( ($(date +%s) - t_start) / 60 )) min $(( ($(date +%s) - t_start) % 60 )) s in all"
