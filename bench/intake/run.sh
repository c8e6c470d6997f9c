#!/usr/bin/env bash
# Issue 7 items 1 and 6: intake throughput/latency at stepped rates (Gatling, Java DSL) against a
# running node on PostgreSQL, the same for a mix with Tasklist queries and case look-ups, and the
# node's heap/RSS at idle and under load plus its time to ready.
#
#   bench/intake/run.sh            # from the repository root (or anywhere: it cds there)
#
# Environment (defaults in brackets):
#   PG_HOST [127.0.0.1] PG_PORT [5432] PG_USER [postgres]  BENCH_DB [bench_a]  (dropped and recreated)
#   BENCH_PORT [8181]  RATES ["25 50 100 150 200 300"]  STEP_SECONDS [30]
#   BENCH_JVM [image]: the node as docker/Dockerfile runs it (docker/jvm.options, the unpacked jar
#     with its class-data sharing archive from docker/cds.sh, MALLOC_ARENA_MAX=2); plain: the fat
#     jar with -Xmx$BENCH_XMX (768m) and G1, as benchmarked before issue 15
#   BENCH_XMX [image: docker/jvm.options' heap; plain: 768m]  BENCH_JAVA_OPTS [] (added last, e.g.
#     -XX:NativeMemoryTracking=summary: its summary is written to target/bench-intake/nmt.txt)
#   MODES ["intake mix"]  BENCH_LOCK [/tmp/bench.lock]  (held with flock from start-up to the last step)
#   BENCH_JAR [target/resident-service-desk-*.jar] (another build to compare, with BENCH_BUILD=never)
#   BENCH_BUILD [auto|always|never]  WARMUP_SECONDS [30] WARMUP_RATE [20] (mix before the steps, not recorded)
# Stepping stops for a mode when p99 > 1000 ms or more than 1 % of requests fail.
# Writes bench/results/$RESULT.json (RESULT [intake]) and prints a table. Only 127.0.0.1 is ever contacted.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

PG_HOST=${PG_HOST:-127.0.0.1}; PG_PORT=${PG_PORT:-5432}; PG_USER=${PG_USER:-postgres}
BENCH_DB=${BENCH_DB:-bench_a}; BENCH_PORT=${BENCH_PORT:-8181}; BENCH_XMX=${BENCH_XMX:-}; BENCH_JVM=${BENCH_JVM:-image}
RATES=${RATES:-"25 50 100 150 200 300"}; STEP_SECONDS=${STEP_SECONDS:-30}; MODES=${MODES:-"intake mix"}
BENCH_LOCK=${BENCH_LOCK:-/tmp/bench.lock}; BENCH_BUILD=${BENCH_BUILD:-auto}; WARMUP_SECONDS=${WARMUP_SECONDS:-30}; WARMUP_RATE=${WARMUP_RATE:-20}
BASE=http://127.0.0.1:$BENCH_PORT
OUT=$ROOT/bench/results; WORK=$ROOT/target/bench-intake
mkdir -p "$OUT" "$WORK"
JAR=${BENCH_JAR:-$(ls target/resident-service-desk-*.jar 2>/dev/null | grep -v plain | head -1 || true)}

# ---- build ---------------------------------------------------------------------------------------
if [[ $BENCH_BUILD == always || ( $BENCH_BUILD == auto && ( -z $JAR || ! -f target/test-classes/com/residentdesk/bench/IntakeSimulation.class ) ) ]]; then
  echo "== building (package + bench test sources)"
  ./mvnw -q -DskipTests package
  ./mvnw -q -Pbench -Dexec.skip -DskipTests test-compile
  JAR=$(ls target/resident-service-desk-*.jar | grep -v plain | head -1)
fi

# the steps run Maven offline (no repository checks between steps): fetch the Gatling plugin once
if [[ ! -d ${HOME}/.m2/repository/io/gatling/gatling-maven-plugin ]]; then
  echo "== fetching the Gatling Maven plugin"
  ./mvnw -q -Pbench -Dexec.skip dependency:resolve-plugins
fi

# ---- database ------------------------------------------------------------------------------------
echo "== recreating database $BENCH_DB"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $BENCH_DB with (force)" \
  -c "create database $BENCH_DB"

APP_PID=
SAMPLER_PID=
cleanup() {
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# one sample: epoch ms, RSS MiB, heap used MiB, heap committed MiB
sample() {
  local pid=$1 rss heap
  rss=$(awk '/^VmRSS:/ {print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)
  # G1: " garbage-first heap   total 262144K, used 81234K [...]"; Parallel: one such line for
  # PSYoungGen and one for ParOldGen, summed
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -E '^ *(garbage-first heap|PSYoungGen|ParOldGen) +total' | tr '\n' ';' || true)
  awk -v t="$(date +%s%3N)" -v rss="${rss:-0}" -v h="$heap" 'BEGIN {
    n = split(h, lines, ";"); c = 0; u = 0
    for (i = 1; i <= n; i++) { if (lines[i] == "") continue
      x = lines[i]; sub(/.*total /, "", x); sub(/K.*/, "", x); c += x
      y = lines[i]; sub(/.*used /, "", y); sub(/K.*/, "", y); u += y }
    printf "%s %.1f %.1f %.1f\n", t, rss / 1024, u / 1024, c / 1024 }'
}

# ---- the whole run holds the lock (fd 9) from start-up to the last sample: a run released between
# steps stalled behind another benchmark for 20 minutes with its node half-loaded -------------------
exec 9>"$BENCH_LOCK"
echo "== starting the node ($BENCH_JVM JVM${BENCH_XMX:+, -Xmx$BENCH_XMX}, port $BENCH_PORT); waiting for the lock"
flock 9
if [[ $BENCH_JVM == image ]]; then
  # as docker/Dockerfile runs it: the unpacked jar with its class-data sharing archive, the JVM
  # options of docker/jvm.options and glibc's malloc arenas capped (MALLOC_ARENA_MAX)
  APP=$WORK/app
  if [[ ! -s $APP/app.jsa || $JAR -nt $APP/app.jsa || docker/jvm.options -nt $APP/app.jsa || docker/cds.sh -nt $APP/app.jsa ]]; then
    echo "== class-data sharing archive for $JAR (docker/cds.sh, a training start on H2)"
    docker/cds.sh "$JAR" "$APP"
  fi
  NODE=(env MALLOC_ARENA_MAX=2 java @docker/jvm.options -XX:SharedArchiveFile="$APP/app.jsa" -Xlog:cds=info:file="$WORK/cds.log"
    ${BENCH_XMX:+-Xms$BENCH_XMX -Xmx$BENCH_XMX} ${BENCH_JAVA_OPTS:-} -jar "$APP/app.jar")
else
  # the node as benchmarked before issue 15: the fat jar, -Xmx only
  NODE=(java -Xmx"${BENCH_XMX:-768m}" -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -jar "$JAR")
fi
T0=$(date +%s%3N)
SPRING_PROFILES_ACTIVE=postgres,demo DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB DB_USER=$PG_USER \
  "${NODE[@]}" --server.port="$BENCH_PORT" \
  --desk.front-desk-hours.opens=00:00 --desk.front-desk-hours.closes=00:00 >"$WORK/app.log" 2>&1 &
APP_PID=$!
READY_MS=
for _ in $(seq 600); do
  # as the demo administrator, who exists once the engine does: the demo users (clerk) come with the
  # provisioning, and five refused probes before it would lock the probe's address out for 15 min
  if curl -fsS -u admin:admin -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; then READY_MS=$(( $(date +%s%3N) - T0 )); break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "the node died; see $WORK/app.log"; tail -40 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
[[ -n $READY_MS ]] || { echo "not ready after 120 s"; exit 1; }
SPRING_STARTED=$(grep -oE 'Started ResidentServiceDeskApplication in [0-9.]+ seconds' "$WORK/app.log" | grep -oE '[0-9.]+ seconds' | cut -d' ' -f1 || true)
echo "   ready in $READY_MS ms (Spring: ${SPRING_STARTED:-?} s)"
if [[ $BENCH_JVM == image ]] && grep -qE 'UseSharedSpaces:|mismatch|Unmapping region #[01] ' "$WORK/cds.log"; then
  echo "   WARNING: the class-data sharing archive was not used; see $WORK/cds.log"
fi

# ---- idle ----------------------------------------------------------------------------------------
sleep 15
IDLE=$(sample "$APP_PID")
read -r _ IDLE_RSS IDLE_USED IDLE_COMMITTED <<<"$IDLE"
echo "   idle: RSS ${IDLE_RSS} MiB, heap used ${IDLE_USED} MiB of ${IDLE_COMMITTED} MiB committed"

# ---- one step: Gatling at a fixed arrival rate, sampling the node meanwhile -----------------------
STEPS_JSON=$WORK/steps.jsonl; : >"$STEPS_JSON"
run_step() {
  local mode=$1 rate=$2 samples stats
  samples=$WORK/samples-$mode-$rate.txt; : >"$samples"
  stats=$WORK/stats-$mode-$rate.json; rm -f "$stats"
  ( while true; do sample "$APP_PID" >>"$samples"; sleep 2; done ) &
  SAMPLER_PID=$!
  ./mvnw -q -o -Pbench -Dexec.skip gatling:test -Dbench.mode="$mode" -Dbench.rate="$rate" -Dbench.duration="$STEP_SECONDS" \
    -Dbench.baseUrl="$BASE" -Dbench.statsOut="$stats" >"$WORK/gatling-$mode-$rate.log" 2>&1 || true
  kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
  if [[ ! -s $stats ]]; then
    echo "   no results for $mode@$rate; see $WORK/gatling-$mode-$rate.log"; tail -20 "$WORK/gatling-$mode-$rate.log"; return 1
  fi
  python3 - "$stats" "$samples" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$STEPS_JSON" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1])); secs = doc["seconds"]
def row(name, rs):
    ok = sorted(r[1] for r in rs if r[2]); ko = sum(1 for r in rs if not r[2])
    allt = sorted(r[1] for r in rs if r[1] >= 0)
    def pct(p): return allt[min(len(allt) - 1, int(len(allt) * p))] if allt else 0
    return {"name": name, "requests": len(rs), "ok": len(ok), "ko": ko,
            "perSecond": round(len(rs) / secs, 1), "okPerSecond": round(len(ok) / secs, 1),
            "p50Ms": pct(0.50), "p95Ms": pct(0.95), "p99Ms": pct(0.99), "maxMs": allt[-1] if allt else 0,
            "meanMs": round(sum(allt) / len(allt), 1) if allt else 0}
res = doc["results"]
per = [row(n, [r for r in res if r[0] == n]) for n in sorted({r[0] for r in res})]
allr = row("all", res)
samples = [l.split() for l in open(sys.argv[2]) if l.strip()]
rss = [float(s[1]) for s in samples]; used = [float(s[2]) for s in samples]; com = [float(s[3]) for s in samples]
intake = next((p for p in per if p["name"] == "intake"), {"ok": 0})
print(json.dumps({"mode": doc["mode"], "targetRate": doc["rate"], "seconds": secs, "all": allr, "requests": per,
    # sustained cases/s: successful intake POSTs over the injection window
    "casesPerSecond": round(intake["ok"] / secs, 1), "loadAvgAfter": sys.argv[3],
    "rssMaxMb": max(rss, default=0), "heapUsedMaxMb": max(used, default=0), "heapCommittedMaxMb": max(com, default=0)}))
PY
  tail -1 "$STEPS_JSON" | python3 -c '
import json,sys; s=json.loads(sys.stdin.read()); a=s["all"]
print("   %-6s %5.0f/s -> %6.1f req/s ok, %5.1f cases/s, p50 %d p95 %d p99 %d ms, ko %d/%d, RSS max %.0f MiB, heap max %.0f MiB" % (
  s["mode"], s["targetRate"], a["okPerSecond"], s["casesPerSecond"], a["p50Ms"], a["p95Ms"], a["p99Ms"], a["ko"], a["requests"], s["rssMaxMb"], s["heapUsedMaxMb"]))'
}

# warm-up (not recorded): JIT and connection pools, every endpoint of the mix
if (( WARMUP_SECONDS > 0 )); then
  echo "== warm-up: mix at ${WARMUP_RATE}/s for ${WARMUP_SECONDS}s (not recorded)"
  ./mvnw -q -o -Pbench -Dexec.skip gatling:test -Dbench.mode=mix -Dbench.rate="$WARMUP_RATE" -Dbench.duration="$WARMUP_SECONDS" \
    -Dbench.baseUrl="$BASE" >"$WORK/gatling-warmup.log" 2>&1 || true
  sleep 5
fi

for mode in $MODES; do
  echo "== $mode: stepped rates $RATES (each ${STEP_SECONDS}s)"
  for rate in $RATES; do
    rc=0; run_step "$mode" "$rate" || rc=$?
    [[ $rc -eq 0 ]] || break
    if tail -1 "$STEPS_JSON" | python3 -c 'import json,sys; a=json.loads(sys.stdin.read())["all"]; sys.exit(0 if a["p99Ms"] > 1000 or a["ko"] > 0.01*max(1,a["requests"]) else 1)'; then
      echo "   degraded (p99 > 1 s or > 1 % errors): stop stepping $mode"; break
    fi
    sleep 5   # let the engine settle (flushes, autovacuum) between steps
  done
done

# ---- after load ----------------------------------------------------------------------------------
sleep 10
AFTER=$(sample "$APP_PID")
# with -XX:NativeMemoryTracking=summary in BENCH_JAVA_OPTS: where the RSS goes, beside the results
jcmd "$APP_PID" VM.native_memory summary >"$WORK/nmt.txt" 2>/dev/null || true
CASES=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -tAc "select count(*) from service_case" 2>/dev/null || echo "?")
cleanup; APP_PID=

python3 - "$STEPS_JSON" "$OUT/${RESULT:-intake}.json" <<PY
import json, sys, os, platform, subprocess, datetime
steps = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
cpu = next((l.split(":",1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
idle = "$IDLE".split(); after = "$AFTER".split()
def best(mode):
    ok = [s for s in steps if s["mode"] == mode]
    good = [s for s in ok if s["all"]["p99Ms"] < 100 and s["all"]["ko"] == 0]
    return {"maxCasesPerSecondAtP99Below100ms": max((s["casesPerSecond"] for s in good), default=0),
            "maxCasesPerSecondAnyLatency": max((s["casesPerSecond"] for s in ok), default=0)}
doc = {"benchmark": "intake", "timestamp": datetime.datetime.utcnow().isoformat() + "Z",
  "machine": {"cpu": cpu, "cpus": os.cpu_count(), "memGb": round(os.sysconf("SC_PAGE_SIZE")*os.sysconf("SC_PHYS_PAGES")/2**30, 1),
              "os": platform.platform(), "java": subprocess.run(["java","-version"],capture_output=True,text=True).stderr.splitlines()[0],
              "note": "load generator, node and PostgreSQL share the same 2 cores"},
  "node": {"jvm": "$BENCH_JVM", "xmx": "$BENCH_XMX", "javaOpts": "${BENCH_JAVA_OPTS:-}", "db": "postgresql://$PG_HOST:$PG_PORT/$BENCH_DB", "port": $BENCH_PORT},
  "stepSeconds": $STEP_SECONDS,
  "startup": {"timeToReadyMs": $READY_MS, "springStartedSeconds": "${SPRING_STARTED:-}" or None},
  "memory": {"idle": {"rssMb": float(idle[1]), "heapUsedMb": float(idle[2]), "heapCommittedMb": float(idle[3])},
             "underLoadMax": {"rssMb": max((s["rssMaxMb"] for s in steps), default=0),
                              "heapUsedMb": max((s["heapUsedMaxMb"] for s in steps), default=0),
                              "heapCommittedMb": max((s["heapCommittedMaxMb"] for s in steps), default=0)},
             "afterLoad": {"rssMb": float(after[1]), "heapUsedMb": float(after[2]), "heapCommittedMb": float(after[3])}},
  "casesStored": "$CASES",
  "summary": {m: best(m) for m in sorted({s["mode"] for s in steps})},
  "targets": {"casesPerSecond": 300, "p99Ms": 100, "rssMb": 1024},
  "steps": steps}
json.dump(doc, open(sys.argv[2], "w"), indent=2)
print()
print("Machine: %s, %d CPUs; node: $BENCH_JVM JVM ${BENCH_XMX:+-Xmx$BENCH_XMX}; time to ready %d ms" % (cpu, os.cpu_count(), $READY_MS))
print()
print("| mode | target /s | ok req/s | cases/s | p50 ms | p95 ms | p99 ms | max ms | errors | RSS max MiB | heap used max MiB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for s in steps:
    a = s["all"]
    print("| %s | %g | %.1f | %.1f | %d | %d | %d | %d | %d/%d | %.0f | %.0f |" % (s["mode"], s["targetRate"], a["okPerSecond"], s["casesPerSecond"],
          a["p50Ms"], a["p95Ms"], a["p99Ms"], a["maxMs"], a["ko"], a["requests"], s["rssMaxMb"], s["heapUsedMaxMb"]))
print()
print("| mix request | target /s | ok req/s | p50 ms | p95 ms | p99 ms |")
print("|---|---:|---:|---:|---:|---:|")
for s in steps:
    if s["mode"] == "mix":
        for r in s["requests"]:
            print("| %s | %g | %.1f | %d | %d | %d |" % (r["name"], s["targetRate"], r["okPerSecond"], r["p50Ms"], r["p95Ms"], r["p99Ms"]))
m = doc["memory"]
print()
print("| memory | RSS MiB | heap used MiB | heap committed MiB |")
print("|---|---:|---:|---:|")
for k in ("idle", "underLoadMax", "afterLoad"):
    print("| %s | %.0f | %.0f | %.0f |" % (k, m[k]["rssMb"], m[k]["heapUsedMb"], m[k]["heapCommittedMb"]))
print()
print("summary:", json.dumps(doc["summary"]))
print("written", sys.argv[2])
PY
