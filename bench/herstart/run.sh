#!/usr/bin/env bash
# Repeated-start check (issue 13): starts the Zwolle hub N times in a row with the launcher, as an
# operator would (`./samenspel hub`, which cleans the bundle cache so every start installs the boot
# features afresh), and counts the starts that were not clean:
#   - readiness not 200 within the launcher's deadline (180 s);
#   - liveness not 200;
#   - a published path missing compared with the first start (a resource the JAX-RS whiteboard dropped
#     answers 404 without making readiness fail: Aries 2.0.2's start race, docs/architecture.md);
#   - a ConcurrentModificationException or "Interne fout" in that start's part of karaf.log.
#
#   bench/herstart/run.sh          # 20 starts (about 10 minutes after the first build)
#   bench/herstart/run.sh 50       # more
#   BELASTING=2 bench/herstart/run.sh 10   # with 2 busy processes beside the starts (a loaded machine)
#
# Not part of `mvn verify`. Uses run/zwolle (the demo hub of this checkout) and its ports (8181);
# stops it at the end. Output: one line per start and a summary on stdout and in
# bench/herstart/target/result.txt; each start's launcher output in target/start-<n>.log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$here/../lib.sh"
N="${1:-20}"
uit="$here/target"
mkdir -p "$uit"
api="http://localhost:8181/api/v1"
log="run/zwolle/data/log/karaf.log"

paden() {
  curl -fsS "$api/openapi.json" | python3 -c 'import json,sys; print("\n".join(sorted(json.load(sys.stdin)["paths"])))'
}

./samenspel stop >/dev/null 2>&1 || true
# BELASTING=n: n busy loops run beside the starts; the race of issue 13 showed on a machine busy with other work
belasting="${BELASTING:-0}"
lasten=()
for _ in $(seq 1 "$belasting"); do
  ( while :; do :; done ) &
  lasten+=("$!")
done
trap '[ ${#lasten[@]} -eq 0 ] || kill "${lasten[@]}" 2>/dev/null || true' EXIT
schoon=0
tijden=()
: > "$uit/result.txt"
for i in $(seq 1 "$N"); do
  regels_voor=$( [ -f "$log" ] && wc -l < "$log" || echo 0)
  begin=$(date +%s%N)
  bezwaren=()
  if ./samenspel hub > "$uit/start-$i.log" 2>&1; then
    ms=$(( ($(date +%s%N) - begin) / 1000000 ))
    tijden+=("$ms")
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/liveness")" = 200 ] || bezwaren+=("liveness niet 200")
    if [ "$i" -eq 1 ]; then
      paden > "$uit/paden-eerste.txt"
    else
      paden > "$uit/paden.txt" || true
      if ! diff -q "$uit/paden-eerste.txt" "$uit/paden.txt" >/dev/null; then
        bezwaren+=("gepubliceerde paden wijken af: $(diff "$uit/paden-eerste.txt" "$uit/paden.txt" | grep -c '^[<>]') verschil(len)")
      fi
    fi
  else
    ms=$(( ($(date +%s%N) - begin) / 1000000 ))
    bezwaren+=("niet gereed: $(tail -n 1 "$uit/start-$i.log")")
  fi
  if [ -f "$log" ]; then
    nieuw=$(tail -n +"$((regels_voor + 1))" "$log")
    cme=$(grep -c "ConcurrentModificationException" <<< "$nieuw" || true)
    intern=$(grep -c "Interne fout" <<< "$nieuw" || true)
    [ "$cme" -eq 0 ] || bezwaren+=("$cme ConcurrentModificationException in karaf.log")
    [ "$intern" -eq 0 ] || bezwaren+=("$intern keer 'Interne fout' in karaf.log")
  fi
  if [ ${#bezwaren[@]} -eq 0 ]; then
    schoon=$((schoon + 1))
    regel="start $i: schoon, gereed na $ms ms"
  else
    regel="start $i: NIET SCHOON na $ms ms: $(IFS='; '; echo "${bezwaren[*]}")"
  fi
  echo "$regel" | tee -a "$uit/result.txt"
  ./samenspel stop zwolle >/dev/null 2>&1 || true
done

gesorteerd=$(printf '%s\n' "${tijden[@]:1}" | sort -n)
aantal=$(printf '%s\n' "${tijden[@]:1}" | grep -c . || true)
mediaan=$( [ "$aantal" -gt 0 ] && sed -n "$(( (aantal + 1) / 2 ))p" <<< "$gesorteerd" || echo -)
samenvatting="$N starts van de hub op $(date -u +%F), $(nproc) cores, $belasting belastende processen: $schoon schoon, $((N - schoon)) niet;"
samenvatting+=" tijd tot gereed na de eerste start: mediaan ${mediaan} ms, min $(head -n1 <<< "$gesorteerd") ms, max $(tail -n1 <<< "$gesorteerd") ms"
echo "$samenvatting" | tee -a "$uit/result.txt"
[ "$schoon" -eq "$N" ]
