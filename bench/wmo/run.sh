#!/usr/bin/env bash
# Wmo benchmarks: builds the module and the bench, runs the import bench and the monitoring bench, prints a summary.
#
#   bench/wmo/run.sh                          # both, about 25 minutes on 2 cores (the first run also writes the input files)
#   SKIP_BUILD=1 bench/wmo/run.sh             # use the module/generator already in ~/.m2 (bench-steun and the bench are built anyway)
#   MVN_OFFLINE=1 bench/wmo/run.sh            # add -o to the Maven calls
#   IMPORT=0 | MONITORING=0                   # skip one of the two
#   IMPORT_ARGS="--herhalingen 5"             # options for Importbench (README.md)
#   MONITORING_ARGS="--metingen 100"          # options for Monitoringbench (README.md)
#   WOODSTOX=0                                # the JDK's StAX instead of Woodstox (Karaf's, the default here)
#   PROFILE=0|1|auto                          # stack-sample profiles: never, always, or (default) of what missed its target
#   WMO_MODULE=path                           # a module jar or class directory put first on the class path (a changed
#                                             #   module measured without installing it), e.g. bundles/wmo-ijssel-vecht/target/classes
#   NAME=x                                    # write target/result-import-x.txt etc. (a variant run beside the default one)
#   BENCH_JAVA_OPTS="..."                     # JVM options (default: the product's, bin/setenv)
#
# Not part of `mvn verify`: bench/wmo is not a module of the root pom.
# Output under bench/wmo/target: result-import.txt, result-monitoring.txt, plans.txt, profile-import.txt and
# profile-monitoring.txt (if any), run.log; the generated input files in target/work/import/data are reused by the next
# run with the same seed, size and generator jar.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"
mvn_options 0
# the product's JVM settings (distribution bin/setenv; docs/performance.md explains them)
java_options "-Xms128m -Xmx1g -XX:+UseSerialGC"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  install_modules "demodata + wmo-ijssel-vecht" \
    demodata,bundles/samenspel-api,bundles/samenspel-store,bundles/samenspel-rest,bundles/samenspel-invoer,bundles/samenspel-module,bundles/samenspel-register,bundles/wmo-ijssel-vecht
fi
build_bench wmo "wmo-bench.jar (+ target/lib, target/lib-woodstox)"

cp="$here/target/wmo-bench.jar:$here/target/lib/*"
stax="JDK (com.sun.xml.internal.stream)"
if [[ "${WOODSTOX:-1}" == 1 ]]; then
  # in Karaf, CXF installs Woodstox and XMLInputFactory.newFactory() finds it; on the class path it does the same here
  cp="$cp:$here/target/lib-woodstox/*"
  stax="Woodstox (com.ctc.wstx.stax.WstxInputFactory), as in Karaf"
fi
if [[ -n "${WMO_MODULE:-}" ]]; then
  module="$(cd "$(dirname "$WMO_MODULE")" && pwd)/$(basename "$WMO_MODULE")"
  [[ -e "$module" ]] || { echo "WMO_MODULE=$WMO_MODULE does not exist" >&2; exit 1; }
  cp="$module:$cp"
fi

show_machine "$here" "JVM options: ${java_opts[*]}" "StAX: $stax" "module: ${WMO_MODULE:-the jar in target/lib (from ~/.m2)}"

case "${PROFILE:-auto}" in
  1) profiel=ja ;;
  0) profiel=nee ;;
  *) profiel=auto ;;
esac
suffix="${NAME:+-$NAME}"
log="$here/target/run$suffix.log"
mkdir -p "$here/target"
: > "$log"
read -r -a import_args <<< "${IMPORT_ARGS:-}"
read -r -a monitoring_args <<< "${MONITORING_ARGS:-}"
show=()

if [[ "${IMPORT:-1}" == 1 ]]; then
  result="$here/target/result-import$suffix.txt"
  profile_file="$here/target/profile-import$suffix.txt"
  rm -f "$result" "$profile_file"
  show+=("$result" "$profile_file")
  echo ">> running Importbench (generation or reuse of the data, then 1 warm-up + 3 measured runs of 4 rows; progress lines start with #)"
  run_java "$log" -cp "$cp" nl.samenspel.bench.wmo.Importbench \
    --register "$root/regional-config" --werkmap "$here/target/work/import" --resultaat "$result" "${import_args[@]}"
  report_foreign "$result"
  missed=()
  grep -q 'Target CSV import .*MISSED' "$result" && missed+=(CSV)
  grep -q 'Target WMO301 import .*MISSED' "$result" && missed+=(WMO301)
  if [[ "$profiel" == ja ]]; then missed=(CSV WMO301); fi
  if [[ "$profiel" != nee && ${#missed[@]} -gt 0 ]]; then
    rows=$(IFS=,; echo "${missed[*]}")
    echo ">> profiling the import of $rows: stack samples every 10 ms (1 warm-up + ${PROFILE_RUNS:-2} runs each; PROFILE=0 skips this)"
    run_java "$log" -cp "$cp" nl.samenspel.bench.wmo.Importbench \
      --register "$root/regional-config" --werkmap "$here/target/work/import" "${import_args[@]}" --herhalingen "${PROFILE_RUNS:-2}" \
      --rijen "$rows" --profiel "$profile_file" > /dev/null
    echo "Other processes during profiling: ${FOREIGN_MEAN} % on average, at most ${FOREIGN_MAX} %" >> "$profile_file"
  fi
fi

if [[ "${MONITORING:-1}" == 1 ]]; then
  result="$here/target/result-monitoring$suffix.txt"
  profile_file="$here/target/profile-monitoring$suffix.txt"
  rm -f "$result" "$profile_file"
  show+=("$result" "$profile_file")
  echo ">> running Monitoringbench (generate, fill the database, check the answers, warm-up, timed rounds; progress lines start with #)"
  run_java "$log" -cp "$cp" nl.samenspel.bench.wmo.Monitoringbench \
    --register "$root/regional-config" --werkmap "$here/target/work/monitoring" --resultaat "$result" \
    --plannen "$here/target/plans$suffix.txt" --profielbestand "$profile_file" --profiel "$profiel" "${monitoring_args[@]}"
  report_foreign "$result"
fi

echo
echo "=================================================================================================="
for f in "${show[@]}"; do
  if [[ -f "$f" ]]; then
    echo
    cat "$f"
  fi
done
took
