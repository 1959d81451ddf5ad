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
root="$(cd "$here/../.." && pwd)"
cd "$root"

mvn_opts=(-B -q)
if [[ "${MVN_OFFLINE:-0}" == 1 ]]; then mvn_opts+=(-o); fi

if [[ "${SKIP_ENGINE_BUILD:-0}" != 1 ]]; then
  echo ">> installing samenspel-api + vereveningsmodel (tests skipped)"
  mvn "${mvn_opts[@]}" install -pl bundles/samenspel-api,bundles/vereveningsmodel -am -DskipTests
fi
echo ">> building bench/verevening/target/benchmarks.jar"
mvn "${mvn_opts[@]}" -f bench/verevening/pom.xml package

echo ">> machine"
echo "   nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "   memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "   java: $(java -version 2>&1 | head -1)"
echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
busy="$(ps -eo pcpu=,args= --sort=-pcpu | awk '$1 > 20' | cut -c1-100)"
if [[ -n "$busy" ]]; then
  echo "   WARNING: other processes are using CPU; the numbers will be skewed:"
  echo "$busy" | sed 's/^/     /'
fi

echo ">> running JMH (1 fork, 3x2 s warmup, 5x4 s measurement per benchmark)"
java -cp bench/verevening/target/benchmarks.jar nl.samenspel.bench.verevening.Samenvatting \
  -rf json -rff bench/verevening/target/jmh-result.json "$@" 2>&1 | tee bench/verevening/target/run.log \
  | awk '/^# controle:/ && !seen[$0]++ { print } /^=== Vereveningsengine/ { p = 1 } p { print }'
