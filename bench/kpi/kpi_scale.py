#!/usr/bin/env python3
"""KPI dashboard at scale (issue 17, BENCHMARKS item 7): GET /api/reports/kpi over HTTP for one
property's month, one property's year and the company's year (20 properties), on a database holding
--cases cases over the twelve months of 2025 (a fifth of them complaints, one deadline clock each),
as the demo users: `manager` (阳光花园, YG) and `quality` (every property).

Each jar given is measured on the same generated database, one after the other (--jars A,B: e.g.
the build before a change and after it); the first one starts on the fresh database and migrates
it. Reports p50/p95 per scope and the node's RSS after the company-wide queries.
JSON: bench/results/kpi-scale.json.
"""
import argparse, os, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "resilience"))
import requests
import benchlib
from benchlib import *

HERE = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_kpi")
p.add_argument("--port", type=int, default=8291)
p.add_argument("--cases", type=int, default=1000000)
p.add_argument("--samples", type=int, default=5)
p.add_argument("--jars", default=JAR, help="comma-separated jars, each measured in turn; a jar may be"
               " followed by '+' and one application argument, e.g. app.jar+--desk.kpi.rollups=false")
p.add_argument("--skip-generate", action="store_true")
args = p.parse_args()

SCOPES = [
    ("one property, one month", "manager", "from=2025-06&to=2025-06"),
    ("one property, twelve months", "manager", "from=2025-01&to=2025-12"),
    ("20 properties, twelve months", "quality", "from=2025-01&to=2025-12"),
]


def generate():
    recreate_db(args.db)
    first = Node(args.db, args.port, heap="768m").start()  # migrates the database
    first.stop()
    log("20 properties")
    subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", args.db, "-q",
                    "-v", "ON_ERROR_STOP=1", "-v", "properties=20",
                    "-f", os.path.join(ROOT, "bench", "scale", "properties.sql")], check=True,
                   capture_output=True)
    log(f"{args.cases} cases")
    psql(args.db, f"""
      insert into service_case (case_number, status, channel, unit, resident_name, phone, language,
        category, description, location, received_at, registered_by, handling_group, handler,
        handled_at, rework_count, satisfaction, callback_satisfied, archived_at, property_code)
      select 'RS-K-' || g, case when g % 50 = 0 then 'OPEN' else 'ARCHIVED' end,
        (array['phone','walk-in','app','email'])[1 + g % 4], (1 + g % 9) || '-0' || (101 + g % 20),
        '压测', '13800000000', 'zh-CN',
        (array['repair','help','complaint','inquiry','suggestion'])[1 + g % 5], '压测', '压测',
        timestamptz '2025-01-01 00:00+08' + (g::bigint * 31536000 / {args.cases}) * interval '1 second',
        'bench', (array['engineering','security','cleaning'])[1 + g % 3], 'handler' || (g % 40),
        case when g % 10 <> 0 then timestamptz '2025-01-01 00:00+08' + (g::bigint * 31536000 / {args.cases} + 7200) * interval '1 second' end,
        case when g % 97 = 0 then 1 else 0 end,
        (array['very-satisfied','satisfied','basically-satisfied','dissatisfied', null])[1 + g % 5],
        case when g % 3 = 0 then g % 7 <> 0 end,
        case when g % 50 <> 0 then timestamptz '2025-01-01 00:00+08' + (g::bigint * 31536000 / {args.cases} + 86400) * interval '1 second' end,
        (select code from property order by code offset (g % 20) limit 1)
      from generate_series(1, {args.cases}) g""", timeout=3600)
    psql(args.db, """
      insert into complaint (case_id, severity)
      select id, (array['major','important','general',null])[1 + id % 4] from service_case
      where category = 'complaint'""", timeout=3600)
    psql(args.db, """
      insert into deadline_clock (case_id, rule_id, clock_round, started_at, due_at, met_at, breached_at)
      select id, (array['INT-04','CAT-02','CAT-04','SVC-03','HLP-07','CMP-01'])[1 + id % 6], 1,
        received_at, received_at + interval '1 day',
        case when id % 20 <> 0 then received_at + interval '2 hours' end,
        case when id % 20 = 0 then received_at + interval '1 day' end
      from service_case where case_number like 'RS-K-%'""", timeout=3600)
    psql(args.db, "analyze")
    log("generated: " + str(psql(args.db, "select count(*), min(received_at), max(received_at) from service_case")))


def measure(spec):
    jar, _, extra = spec.partition("+")
    benchlib.JAR = jar  # Node starts benchlib.JAR
    node = Node(args.db, args.port, heap="768m", extra=[extra] if extra else []).start()
    try:
        rows = []
        for title, user, query in SCOPES:
            url = f"{node.base}/api/reports/kpi?{query}"
            t = time.time()
            requests.get(url, auth=(user, "demo"), timeout=600)  # warm-up: counts closed months
            first = time.time() - t
            times = []
            for _ in range(args.samples):
                t = time.time()
                r = requests.get(url, auth=(user, "demo"), timeout=600)
                times.append(time.time() - t)
                if r.status_code != 200:
                    raise RuntimeError(f"{url} as {user}: {r.status_code} {r.text[:300]}")
            requests_counted = r.json()["totals"]["requests"]
            rows.append({"scope": title, "user": user, "casesCounted": requests_counted,
                         "first_s": round(first, 3),
                         "p50_s": round(percentile(times, 50), 3), "p95_s": round(percentile(times, 95), 3)})
        rss = int(open(f"/proc/{node.proc.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        return {"jar": spec, "scopes": rows, "rssAfterMiB": rss}
    finally:
        node.stop()


benchlib.JAR = args.jars.split(",")[0].partition("+")[0]
if not args.skip_generate:
    generate()
runs = [measure(jar) for jar in args.jars.split(",")]
for run in runs:
    table(f"KPI at {args.cases} cases — {run['jar']} (RSS after: {run['rssAfterMiB']} MiB)",
          [[s["scope"], s["user"], s["casesCounted"], s["first_s"], s["p50_s"], s["p95_s"]] for s in run["scopes"]],
          ["scope", "user", "cases counted", "first s", "p50 s", "p95 s"])
load = open("/proc/loadavg").read().split()[:3]
write_json("kpi-scale", {"cases": args.cases, "samples": args.samples, "runs": runs, "loadAverage": load})
