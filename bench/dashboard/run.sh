#!/usr/bin/env bash
# Dashboard benchmark: per page, time to interactive in Debian's headless Chromium (KEER loads from a new
# document, after two warm-up loads; p50 and p95) against the span of the page's own API calls in the same
# loads, and the page's own API calls and charts; on the demo hub (./samenspel hub, started here when it is not running).
#
#   bench/dashboard/run.sh            # 20 loads per page (about 3 minutes once the hub runs)
#   KEER=5 bench/dashboard/run.sh     # a quick look
#   MVN_OFFLINE=1                     # build the bench offline
#
# Not part of `mvn verify`. Output: the table for docs/performance.md on stdout and in bench/dashboard/target/result.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"
mvn_options 0

bash itests/src/test/sh/chromium.sh
if curl -sf -o /dev/null http://localhost:8181/api/v1/readiness; then
  step "the demo hub runs"
else
  step "starting the demo hub (./samenspel hub)"
  ./samenspel hub > /dev/null
fi
step "building bench/dashboard"
mvn "${mvn_opts[@]}" -f bench/dashboard/pom.xml package
wachtwoord() { sed -n "s/^$1=//p" run/toegang/wachtwoorden; }
step "measuring every page of lezer and beheerder, ${KEER:-20} loads each"
java -cp "bench/dashboard/target/dashboard-bench.jar:bench/dashboard/target/lib/*" nl.samenspel.bench.dashboard.Paginabench \
  http://localhost:8181 lezer,beheerder "$(wachtwoord lezer),$(wachtwoord beheerder)" "${KEER:-20}" | tee "$here/target/result.md"
