#!/usr/bin/env bash
#
# bench/verevening-rest.sh: a national equalization run (342 members, three keys)
# through the hub's REST API: POST /api/v1/vereveningen, computed, stored in Derby
# and answered as JSON. Baseline in the same run: GET /api/v1/register (a trivial
# endpoint on the same server), so the ratio says what the run costs beyond HTTP.
#
#   bench/verevening-rest.sh [aantal-runs]      default 200
#
# It builds nothing: it needs distribution/target/samenspel-distribution-*.tar.gz
# (mvn -B -q install -DskipTests). Ports 18481/18401/11499/44944; nothing of a
# developer's hub is touched. Writes bench/target/verevening-rest-<tijd>/resultaat.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-200}"
POORT=18481
WERK="$ROOT/bench/target/verevening-rest-$(date +%Y%m%d-%H%M%S)"
TGZ=$(ls "$ROOT"/distribution/target/samenspel-distribution-*.tar.gz 2>/dev/null | head -n 1)
[ -n "$TGZ" ] || { echo "geen distributie; eerst: mvn -B -q install -DskipTests" >&2; exit 1; }

mkdir -p "$WERK"
KARAF="$WERK/karaf"
PID=""
opruimen() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID"
    for _ in $(seq 1 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$PID" 2>/dev/null || true
  fi
}
trap opruimen EXIT

# A national register: 342 synthetic municipalities, one region with all of them, key figures for 2025.
python3 - "$WERK/config" <<'EOF'
import json, os, random, sys
d = sys.argv[1]
os.makedirs(d + "/regios", exist_ok=True)
rnd = random.Random(342)
codes = [f"{i:04d}" for i in range(1, 343)]
with open(d + "/gemeenten.csv", "w") as f:
    f.write("code,naam,oin\n")
    for c in codes:
        f.write(f"{c},Gemeente {c},00000099000{c}00000\n")
with open(d + "/kerncijfers.csv", "w") as f:
    f.write("gemeente,jaar,inwoners,jeugdigen\n")
    for c in codes:
        inw = rnd.randint(1_000, 900_000)
        f.write(f"{c},2025,{inw},{int(inw * rnd.uniform(0.17, 0.25))}\n")
json.dump({"id": "nationaal", "naam": "Nationaal (benchmark)", "domein": "jeugdhulp", "penvoerder": "0001",
           "leden": [{"gemeente": c, "van": "2015-01-01"} for c in codes]}, open(d + "/regios/nationaal.json", "w"))
leden = []
for c in codes:
    budget = rnd.randint(50_000_000, 15_000_000_000)
    kosten = 0 if rnd.random() < 0.03 else int(budget * rnd.uniform(0.8, 1.2))
    leden.append({"gemeente": c, "budget": budget, "kosten": kosten, "sleutels": {"clienten": rnd.randint(0, 5000)}})
model = {"naam": "band 5% op inwoners 0.5, jeugdigen 0.3, clienten 0.2, plafond 10%", "familie": "band", "band": "0.05",
         "plafond": "0.10", "gewichten": {"inwoners": "0.5", "jeugdigen": "0.3", "clienten": "0.2"}}
json.dump({"regio": "nationaal", "jaar": 2025, "model": model, "leden": leden}, open(d + "/../verzoek.json", "w"))
EOF

mkdir -p "$KARAF"
tar xzf "$TGZ" -C "$KARAF" --strip-components=1
cat > "$KARAF/etc/samenspel-profiel.properties" <<EOF
samenspel.features = samenspel-hub
samenspel.http.port = $POORT
samenspel.ssh.port = 18401
samenspel.rmi.registry.port = 11499
samenspel.rmi.server.port = 44944
EOF
sed -i "s|^configMap.*|configMap = $WERK/config|" "$KARAF/etc/nl.samenspel.register.cfg"
(cd "$KARAF"; CHECK_ROOT_INSTANCE_RUNNING=false exec nohup "$KARAF/bin/karaf" server) > "$WERK/karaf.out" 2>&1 < /dev/null &

grens=$((SECONDS + 180))
# ready when the equalization endpoint is published (it starts after the register)
until curl -fsS "http://localhost:$POORT/api/v1/openapi.json" 2>/dev/null | grep -q '"/vereveningen"'; do
  [ $SECONDS -lt $grens ] || { echo "hub antwoordt niet; zie $KARAF/data/log/karaf.log" >&2; exit 1; }
  sleep 0.5
done
PID=$(cat "$KARAF/karaf.pid")

meet() { # meet <label> <aantal> curl-args... : per request time_total in ms, one per line
  local label="$1" aantal="$2"; shift 2
  for _ in $(seq 1 "$aantal"); do
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' "$@"
  done > "$WERK/$label.txt"
  if grep -qv '^20[01] ' "$WERK/$label.txt"; then
    echo "$label: niet elk antwoord was 200/201" >&2; grep -v '^20[01] ' "$WERK/$label.txt" | head -3 >&2; exit 1
  fi
}
POST=(-X POST -H 'Content-Type: application/json' --data-binary "@$WERK/verzoek.json" "http://localhost:$POORT/api/v1/vereveningen")
GET=("http://localhost:$POORT/api/v1/register")

# warm-up: JIT and caches, not measured
meet opwarm-run 30 "${POST[@]}"
meet opwarm-get 100 "${GET[@]}"
meet run "$N" "${POST[@]}"
meet get "$N" "${GET[@]}"
curl -fsS "http://localhost:$POORT/api/v1/vereveningen/1" | python3 -c "import json,sys; r=json.load(sys.stdin); assert len(r['leden'])==342 and r['controle']['somVerevening']==0, 'run klopt niet'"

python3 - "$WERK" "$N" <<'EOF' | tee "$WERK/resultaat.txt"
import statistics, sys
werk, n = sys.argv[1], int(sys.argv[2])
def ms(label):
    return sorted(float(r.split()[1]) * 1000 for r in open(f"{werk}/{label}.txt"))
def p(x, q):
    return x[min(len(x) - 1, int(round(q * (len(x) - 1))))]
run, get = ms("run"), ms("get")
print(f"national run through REST (342 members, 3 keys, band + cap, stored): n={n}")
print(f"  run   p50 {p(run,.5):7.1f} ms  p95 {p(run,.95):7.1f} ms  mean {statistics.mean(run):7.1f} ms  -> {1000/statistics.mean(run):6.1f} runs/s")
print(f"  GET /register (baseline) p50 {p(get,.5):6.2f} ms  p95 {p(get,.95):6.2f} ms")
print(f"  ratio run/baseline (p50): {p(run,.5)/p(get,.5):.0f}x")
EOF
echo "resultaat: $WERK/resultaat.txt"
