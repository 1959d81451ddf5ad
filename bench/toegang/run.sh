#!/usr/bin/env bash
# Access-control benchmark: authenticated GET (HTTP Basic, realm samenspel, credential cache) of
# an endpoint on the current product against open GET of the same endpoint on the product before
# access control, built from a base ref in this run; 100 concurrent clients on loopback, p50/p99.
#
#   bench/toegang/run.sh                      # full run: 6 measured rounds per side, 70 s continuous, profile (10-15 min with the builds)
#   bench/toegang/run.sh --klein              # quick check of the set-up: 2 short rounds, no continuous phase
#   bench/toegang/run.sh --per-client 400     # options go to Toegangbench (see README.md)
#   BASE_REF=<commit>                         # the baseline (default 843e967, the last commit without access control)
#   WAIT_MAVEN=40                             # minutes to wait for other Maven builds to finish first (0: do not wait)
#   SKIP_BUILD=1                              # use target/toegang-bench.jar and target/lib as they are
#   MVN_OFFLINE=0                             # let Maven go online (default: -o)
#   DOCS=1                                    # also put the generated figures into docs/performance.md (between its bench/toegang markers)
#   KEEP_WORK=1                               # keep the temporary directory (worktree removed anyway)
#
# Not part of `mvn verify`: bench/toegang is not a module of the root pom.
# Ports: HTTP 28181/28182, SSH 28101/28102, RMI 21099/21100 and 24444/24445, HTTPS API 29181/29182,
# exchange 28443/28444 (baseline/measured); run.sh refuses to start when one is taken.
# Output: the result on stdout and in bench/toegang/target/result.txt (result.md: the block for
# docs/performance.md), the full log in target/run.log, both karaf.logs in target/logs/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"

BASE_REF="${BASE_REF:-843e967}"
WAIT_MAVEN="${WAIT_MAVEN:-40}"
java_options "-Xms512m -Xmx1g -XX:+UseSerialGC"
mvn_options 1
mkdir -p "$here/target"
rm -f "$here/target/result.txt" "$here/target/result.md"
# this run takes long and waits for others: its progress lines carry the time
step() { echo ">> $(date -u +%H:%M:%S) $*"; }

ports=(28181 28182 28101 28102 21099 21100 24444 24445 29181 29182 28443 28444)
ports_free "${ports[*]} (an earlier run still running?)" "${ports[@]}"

work="$(mktemp -d "${TMPDIR:-/tmp}/samenspel-bench-toegang.XXXXXX")"
worktree="$work/basis-src"
# Whatever happens: our own Karaf JVMs stopped (only those whose karaf.base is in $work), the worktree removed,
# the logs kept, the temporary directory removed.
opruimen() {
  local naam pidf pid
  for naam in basis huidig; do
    pidf="$work/$naam/base/karaf.pid"
    [[ -f "$pidf" ]] || continue
    pid=$(tr -dc '0-9' < "$pidf")
    if [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "-Dkaraf.base=$work/$naam/base"; then
      echo "   stopping $naam (pid $pid)" >&2
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  mkdir -p "$here/target/logs"
  for naam in basis huidig; do
    [[ -f "$work/$naam/base/data/log/karaf.log" ]] && cp "$work/$naam/base/data/log/karaf.log" "$here/target/logs/$naam-karaf.log"
    [[ -f "$work/$naam/base/karaf.out" ]] && cp "$work/$naam/base/karaf.out" "$here/target/logs/$naam-karaf.out"
  done
  if [[ -d "$worktree" ]]; then
    git -C "$root" worktree remove --force "$worktree" 2>/dev/null || { rm -rf "$worktree"; git -C "$root" worktree prune; }
  fi
  if [[ "${KEEP_WORK:-0}" == 1 ]]; then echo "   kept $work" >&2; else rm -rf "$work"; fi
}
trap opruimen EXIT

# Other people's Maven builds (the test suite) would distort the figures and must not share this checkout with ours.
# Matches the Maven JVM itself (its command line starts with java), not a shell that merely mentions the class.
maven_builds() { pgrep -f '^(/[^ ]*/)?java .*org\.codehaus\.plexus\.classworlds\.launcher\.Launcher' || true; }
wacht_op_maven() {
  [[ "$WAIT_MAVEN" == 0 ]] && return 0
  local grens=$(( $(date +%s) + WAIT_MAVEN * 60 )) eerst=1
  while [[ -n "$(maven_builds)" ]]; do
    if (( eerst )); then
      step "waiting (at most $WAIT_MAVEN min) until no other Maven build runs: $(maven_builds | tr '\n' ' ')"
      eerst=0
    fi
    if (( $(date +%s) > grens )); then
      echo "another Maven build still runs after $WAIT_MAVEN min; not measuring (WAIT_MAVEN=0 to measure anyway)" >&2
      exit 1
    fi
    sleep 10
  done
  (( eerst )) || step "no other Maven build runs any more"
}

wacht_op_maven

# The measured product: this checkout's distribution, rebuilt (mvn install) when missing or older than any of its sources.
dist="$root/distribution/target/samenspel-distribution-0.1.0-SNAPSHOT.tar.gz"
if [[ ! -f "$dist" ]] || [[ -n "$(find "$root/pom.xml" "$root/bundles" "$root/demodata" "$root/features" "$root/distribution/pom.xml" \
      "$root/distribution/src" "$root/regional-config" -type f -newer "$dist" -not -path '*/target/*' -print -quit)" ]]; then
  step "building the measured product: mvn ${mvn_opts[*]} install -DskipTests (distribution missing or stale)"
  mvn "${mvn_opts[@]}" install -DskipTests
fi
cp "$dist" "$work/huidig.tar.gz"
tar tzf "$work/huidig.tar.gz" > /dev/null || { echo "the tarball $dist is incomplete" >&2; exit 1; }
huidig_ref="$(git rev-parse --short HEAD) ($(git log -1 --format=%s HEAD | cut -c1-60)...)"
if [[ -n "$(git status --porcelain -- bundles features distribution pom.xml regional-config)" ]]; then
  huidig_ref="$huidig_ref + uncommitted changes in the working tree"
fi
huidig_ref="$huidig_ref, distribution built $(date -u -r "$dist" '+%Y-%m-%d %H:%M UTC')"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  build_bench toegang "toegang-bench.jar (+ target/lib)"
fi

# The baseline: the base ref in a git worktree, packaged there (mvn package: nothing is installed into ~/.m2, so the
# measured product's artifacts stay as they are); the assembly takes the bundles from that reactor (checked below).
basis_sha="$(git rev-parse --verify --short "$BASE_REF^{commit}")"
basis_ref="$basis_sha ($(git log -1 --format=%s "$basis_sha" | cut -c1-60)...)"
[[ "$BASE_REF" == "$basis_sha" ]] || basis_ref="$BASE_REF = $basis_ref"
step "baseline: git worktree add $worktree $basis_sha; mvn ${mvn_opts[*]} package -DskipTests there"
git worktree add --detach "$worktree" "$basis_sha" > /dev/null
skip=()
grep -q '<module>itests</module>' "$worktree/pom.xml" && skip=(-pl '!itests')
(cd "$worktree" && mvn "${mvn_opts[@]}" package -DskipTests "${skip[@]}")
basis_dist=$(ls "$worktree"/distribution/target/samenspel-distribution-*.tar.gz)
mkdir -p "$work/controle"
tar xzf "$basis_dist" -C "$work/controle" --strip-components=1 --wildcards '*/system/nl/samenspel/*'
for jar in "$work"/controle/system/nl/samenspel/*/*/*.jar; do
  a=$(basename "$(dirname "$(dirname "$jar")")")
  eigen=$(ls "$worktree"/bundles/"$a"/target/"$a"-*.jar "$worktree"/"$a"/target/"$a"-*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1 || true)
  if [[ -z "$eigen" ]] || ! cmp -s "$jar" "$eigen"; then
    echo "the baseline's $a is not the one built in the worktree (taken from ~/.m2?): not a clean baseline" >&2
    exit 1
  fi
done
rm -rf "$work/controle"
cp "$basis_dist" "$work/basis.tar.gz"
basis_ref="$basis_ref, distribution built $(date -u -r "$basis_dist" '+%Y-%m-%d %H:%M UTC')"

step "test PKI: pki/maak-test-pki.sh $work/pki"
pki/maak-test-pki.sh "$work/pki" > "$work/pki.log" 2>&1 || { cat "$work/pki.log" >&2; exit 1; }

wacht_op_maven
show_machine ""

cp="$here/target/toegang-bench.jar:$here/target/lib/*"
step "running Toegangbench (progress lines start with #)"
set +e
java "${java_opts[@]}" -cp "$cp" nl.samenspel.bench.toegang.Toegangbench \
  --basis "$work/basis.tar.gz" --huidig "$work/huidig.tar.gz" --werkmap "$work" --pki "$work/pki" \
  --resultaat "$here/target/result.txt" --markdown "$here/target/result.md" \
  --basis-ref "$basis_ref" --huidig-ref "$huidig_ref" --commando "bench/toegang/run.sh${*:+ $*}" "$@" \
  2>&1 | tee "$here/target/run.log"
rc=${PIPESTATUS[0]}
set -e

if [[ "${DOCS:-0}" == 1 && $rc == 0 && -f "$here/target/result.md" ]]; then
  python3 - "$root/docs/performance.md" "$here/target/result.md" <<'EOF'
import sys
doc, md = sys.argv[1], sys.argv[2]
begin, end = "<!-- bench/toegang:begin", "<!-- bench/toegang:end -->"
text, block = open(doc).read(), open(md).read()
i, j = text.find(begin), text.find(end)
if i < 0 or j < 0:
    sys.exit("docs/performance.md has no bench/toegang markers; the block is in bench/toegang/target/result.md")
i = text.index("\n", i) + 1
open(doc, "w").write(text[:i] + block + text[j:])
print("   docs/performance.md: generated block replaced")
EOF
fi
took "(exit $rc)"
exit "$rc"
