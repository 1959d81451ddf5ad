#!/usr/bin/env bash
# Jeugdhulp import benchmark: builds the module and the bench, runs it, prints a summary.
#
#   bench/jeugdhulp-import/run.sh                     # full run, about 7 minutes on 2 cores
#   bench/jeugdhulp-import/run.sh --herhalingen 5     # options go to Importbench (see README.md)
#   SKIP_BUILD=1 bench/jeugdhulp-import/run.sh        # use the module/generator already in ~/.m2 (bench-steun and
#                                                     #   the bench are built anyway)
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
# shellcheck source=../lib.sh
source "$here/../lib.sh"
mvn_options 0
# the product's JVM settings (distribution bin/setenv; docs/performance.md explains them)
java_options "-Xms128m -Xmx1g -XX:+UseSerialGC"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  install_modules "demodata + jeugdhulp-ijsselland" \
    demodata,bundles/samenspel-api,bundles/samenspel-store,bundles/samenspel-rest,bundles/samenspel-register,bundles/jeugdhulp-ijsselland
fi
build_bench jeugdhulp-import "jeugdhulp-import-bench.jar (+ target/lib)"

show_machine "$here" "JVM options: ${java_opts[*]}"

cp="$here/target/jeugdhulp-import-bench.jar:$here/target/lib/*"

mkdir -p "$here/target"
: > "$here/target/run.log"
rm -f "$here/target/profile.txt" "$here/target/result-woodstox.txt"
echo ">> running Importbench (generation or reuse of the data, then 1 warm-up + 3 measured runs of 4 rows; progress lines start with #)"
run_java "$here/target/run.log" -cp "$cp" nl.samenspel.bench.jeugdhulp.Importbench \
  --register "$root/regional-config" --werkmap "$here/target/work" --resultaat "$here/target/result.txt" "$@"
report_foreign "$here/target/result.txt"

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
took
