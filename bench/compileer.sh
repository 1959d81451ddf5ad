#!/usr/bin/env bash
# Compiles every bench against the product just installed, without running any: a bench that no
# longer compiles is seen in CI, not months later by whoever wants a figure (three of six had
# rotted unseen, issue 15). Part of the test command in README.md, after `mvn -B install`.
#
#   bench/compileer.sh        # online, as the build; MVN_OFFLINE=1 adds -o
set -euo pipefail
cd "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.."
mvn_opts=(-B -q)
if [[ "${MVN_OFFLINE:-0}" == 1 ]]; then mvn_opts+=(-o); fi
mvn "${mvn_opts[@]}" -f bench/steun/pom.xml install
for bench in jeugdhulp-import beschermd-wonen-monitoring wmo uitwisseling toegang verevening dashboard; do
  echo ">> bench/$bench compiles"
  mvn "${mvn_opts[@]}" -f "bench/$bench/pom.xml" package -DskipTests
done
for script in bench/*/run.sh bench/lib.sh bench/*.sh; do
  bash -n "$script"
done
echo ">> every bench compiles; every script parses"
