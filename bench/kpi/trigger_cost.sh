#!/usr/bin/env bash
# Issue 17: what the KPI roll-up triggers (V144, kpi_rollup_mark) cost each intake. Runs the
# overhead bench (bench/overhead/run.sh: the real IntakeService.submit against the bare engine,
# PostgreSQL) twice on fresh databases: A with the triggers (and PostgreSQL's own statistics of
# the trigger function: calls and ms per intake), B with the three triggers dropped before the
# run. Writes bench/results/kpi-trigger-cost-{with,without}.json and prints both tables.
#
#   bench/kpi/trigger_cost.sh
#
# Environment as bench/overhead/run.sh (BENCH_DB, recreated for each run; COUNT, WARMUP, THREADS, XMX).
set -euo pipefail
cd "$(dirname "$0")/../.."
export BENCH_DB=${BENCH_DB:-bench_kpi_triggers}
BENCH_OUT=bench/results/kpi-trigger-cost-with.json bench/overhead/run.sh
BENCH_OUT=bench/results/kpi-trigger-cost-without.json KPI_TRIGGERS=off \
  bench/overhead/run.sh
python3 - <<'PY'
import json
a = json.load(open("bench/results/kpi-trigger-cost-with.json"))
b = json.load(open("bench/results/kpi-trigger-cost-without.json"))
print("| KPI triggers | real mean ms | p50 ms | p95 ms | intakes/s (concurrent) | bare mean ms |")
print("|---|---:|---:|---:|---:|---:|")
for name, r in (("with", a), ("dropped", b)):
    s = r["real"]["sequential"]
    print(f"| {name} | {s['meanMs']} | {s['p50Ms']} | {s['p95Ms']} | {r['real']['concurrentPerSecond']} | {r['bare']['sequential']['meanMs']} |")
print("trigger function (with):", a["kpiTriggers"])
PY
