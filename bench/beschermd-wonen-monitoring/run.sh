#!/usr/bin/env bash
# Beschermd wonen monitoring benchmark: builds the module and the bench, runs it, prints a summary.
#
#   bench/beschermd-wonen-monitoring/run.sh                     # full run
#   bench/beschermd-wonen-monitoring/run.sh --metingen 200      # options go to Monitoringbench (see README.md)
#   SKIP_BUILD=1 bench/beschermd-wonen-monitoring/run.sh        # use the module/generator already in ~/.m2 (bench-steun
#                                                               #   and the bench are built anyway)
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
# shellcheck source=../lib.sh
source "$here/../lib.sh"
mvn_options 0
# the product's JVM settings (distribution bin/setenv; docs/performance.md explains them)
java_options "-Xms128m -Xmx1g -XX:+UseSerialGC"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  install_modules "demodata + beschermd-wonen" \
    demodata,bundles/samenspel-api,bundles/samenspel-store,bundles/samenspel-rest,bundles/samenspel-invoer,bundles/samenspel-register,bundles/beschermd-wonen
fi
build_bench beschermd-wonen-monitoring "beschermd-wonen-monitoring-bench.jar (+ target/lib)"

show_machine "$here" "JVM options: ${java_opts[*]}"

cp="$here/target/beschermd-wonen-monitoring-bench.jar:$here/target/lib/*"

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
report_foreign "$result"

echo
echo "=================================================================================================="
cat "$result"
if [[ -f "$profile_file" ]]; then
  echo
  cat "$profile_file"
fi
took
