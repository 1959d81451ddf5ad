#!/usr/bin/env bash
# Vereveningsengine benchmark: builds the engine and the JMH jar, runs it, prints a summary.
#
#   bench/verevening/run.sh                 # full run, ~3.5 minutes on 2 cores
#   bench/verevening/run.sh -p model=band   # any JMH option is passed through
#   SKIP_ENGINE_BUILD=1 bench/verevening/run.sh   # use the engine already in ~/.m2
#   MVN_OFFLINE=1 bench/verevening/run.sh   # add -o to the Maven calls
#
# Not part of `mvn verify`: bench/verevening is not a module of the root pom.
# Output: the summary on stdout, raw JMH results in bench/verevening/target/jmh-result.json,
# the full log in bench/verevening/target/run.log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"
mvn_options 0

if [[ "${SKIP_ENGINE_BUILD:-0}" != 1 ]]; then
  install_modules "samenspel-api + vereveningsmodel" bundles/samenspel-api,bundles/vereveningsmodel
fi
# no bench-steun here: JMH is the harness of this bench
package_bench verevening benchmarks.jar

show_machine ""

echo ">> running JMH (1 fork, 3x2 s warmup, 5x4 s measurement per benchmark)"
java -cp bench/verevening/target/benchmarks.jar nl.samenspel.bench.verevening.Samenvatting \
  -rf json -rff bench/verevening/target/jmh-result.json "$@" 2>&1 | tee bench/verevening/target/run.log \
  | awk '/^# controle:/ && !seen[$0]++ { print } /^=== Vereveningsengine/ { p = 1 } p { print }'
