#!/usr/bin/env python3
"""Work queue at scale: Tasklist filter queries and the auditor timeline with --tasks open tasks
and --history history rows, before and after the indexes.

The database is a copy of a database with real cases (default: the 1-node timer-storm database,
10,000 cases with a front-desk task and an escalation task each), scaled up with generate.sql.
Measures, through REST as the demo users, POST /engine-rest/filter/{id}/list (first page of 15, as
Tasklist asks) and /count for every filter the user sees, and GET /api/audit/cases/{n} as auditor;
then applies V6__work_queue_indexes.sql (app tables) and act_indexes.sql (engine tables), ANALYZE,
and measures again. JSON: bench/results/scale-work-queue.json.

--properties 1,20 (issue 20) measures instead, with the indexes in place, the same queue spread over
1 and then 20 properties (properties.sql): the demo users work for one of them, the auditor for
all, so each filter also passes the engine's tenant check. JSON:
bench/results/scale-work-queue-properties.json, printed side by side.

The copy of the source database is first migrated by starting a node on it once, so a source made
by an older build works. --seed-cases N creates a missing source database with N cases registered
through POST /api/cases (a small stand-in for the timer-storm database, for trying the script).
"""
import argparse, os, random, re, subprocess, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "resilience"))
import requests
from benchlib import *

HERE = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument("--source", default="bench_b_ts")
p.add_argument("--db", default="bench_b_scale")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--tasks", type=int, default=50000)
p.add_argument("--history", type=int, default=1000000)
p.add_argument("--samples", type=int, default=15)
p.add_argument("--skip-generate", action="store_true")
p.add_argument("--users", default="engineer,clerk,supervisor,guard,manager,auditor")
p.add_argument("--kinds", default="list,count")
p.add_argument("--timeline-samples", type=int, default=20)
# a /count at this scale takes seconds: fewer samples keep the run under half an hour
p.add_argument("--count-samples", type=int, default=3)
p.add_argument("--properties", help="comma list of property counts to compare, e.g. 1,20")
p.add_argument("--seed-cases", type=int, default=0)
a = p.parse_args()
USERS = a.users.split(",")
V6 = os.path.join(ROOT, "src", "main", "resources", "db", "migration", "V6__work_queue_indexes.sql")
ACT = os.path.join(HERE, "act_indexes.sql")


def psql_file(path, *vars):
    cmd = ["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", a.db, "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    for v in vars:
        cmd += ["-v", v]
    r = subprocess.run(cmd + ["-f", path], capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(r.stderr)
    return r.stdout


def measure(node, label):
    s = requests.Session()
    rows = []
    for user in USERS:
        filters = s.get(node.base + "/engine-rest/filter", params={"resourceType": "Task"}, auth=(user, "demo"), timeout=60).json()
        for f in filters:
            for kind in a.kinds.split(","):
                url = f"{node.base}/engine-rest/filter/{f['id']}/{kind}"
                params = {"firstResult": 0, "maxResults": 15} if kind == "list" else None
                samples = a.samples if kind == "list" else a.count_samples
                if samples > 3:
                    s.post(url, json={}, params=params, auth=(user, "demo"), timeout=300)  # warm-up
                lat, n = [], None
                for _ in range(samples):
                    t = time.perf_counter()
                    r = s.post(url, json={}, params=params, auth=(user, "demo"), timeout=300)
                    lat.append((time.perf_counter() - t) * 1000)
                    if r.status_code != 200:
                        raise RuntimeError(f"{user} {f['name']} {kind}: {r.status_code} {r.text[:200]}")
                    n = r.json()["count"] if kind == "count" else len(r.json())
                rows.append({"phase": label, "user": user, "query": f"{f['name']} /{kind}", "result": n,
                             "p50": round(percentile(lat, 50), 1), "p95": round(percentile(lat, 95), 1), "max": round(max(lat), 1)})
    numbers = [r[0] for r in psql(a.db, "select case_number from service_case order by random() limit %d" % a.timeline_samples)]
    lat = []
    for n in numbers:
        t = time.perf_counter()
        r = s.get(f"{node.base}/api/audit/cases/{n}", auth=("auditor", "demo"), timeout=120)
        lat.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.text[:200]
    rows.append({"phase": label, "user": "auditor", "query": "GET /api/audit/cases/{n} (timeline)", "result": len(numbers),
                 "p50": round(percentile(lat, 50), 1), "p95": round(percentile(lat, 95), 1), "max": round(max(lat), 1)})
    table(f"Work queue at scale — {label}", [(r["user"], r["query"], r["result"], r["p50"], r["p95"], r["max"]) for r in rows],
          ["user", "query", "rows/count", "p50 ms", "p95 ms", "max ms"])
    return rows


def seed_source():
    """A source database with a.seed_cases real cases, each waiting at the front desk."""
    if scalar("postgres", f"select 1 from pg_database where datname='{a.source}'"):
        return
    log(f"creating {a.source} with {a.seed_cases} cases")
    psql("postgres", f'create database "{a.source}"')
    node = Node(a.source, a.port, a.smtp_port, heap="768m", extra=["--camunda.bpm.job-execution.enabled=false"]).start()
    try:
        s = requests.Session()
        for i in range(a.seed_cases):
            r = post_case(s, node.base, case_body(i), key=f"scale-seed-{i}")
            assert r.status_code == 201, r.text[:200]
    finally:
        node.stop()


def migrate():
    """Brings the copy to this build's schema and provisioning (tenants, demo users) once."""
    # out of order: the copy lacks V6 on purpose (its indexes are dropped for the "before" phase)
    node = Node(a.db, a.port, a.smtp_port, heap="768m",
                extra=["--camunda.bpm.job-execution.enabled=false", "--spring.flyway.out-of-order=true"]).start()
    node.stop()


if a.skip_generate:
    # the nodes below run with Flyway off: an existing database is brought to this build's schema first
    sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
    try:
        migrate()
    finally:
        sink.stop()
else:
    if a.seed_cases:
        seed_source()
    psql("postgres", f'drop database if exists "{a.db}" with (force)')
    psql("postgres", f'create database "{a.db}" template "{a.source}"')
    sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
    try:
        migrate()
    finally:
        sink.stop()
    t0 = time.time()
    print(psql_file(os.path.join(HERE, "generate.sql"), f"tasks={a.tasks}", f"history={a.history}"))
    log(f"generated in {time.time()-t0:.0f}s")
    # start from the product's indexes: drop ours if a previous run left them
    for path in (V6, ACT):
        for name in re.findall(r"create index (?:concurrently )?if not exists (\w+)", open(path).read(), re.I):
            psql(a.db, f"drop index if exists {name}")
        for name in re.findall(r"create statistics if not exists (\w+)", open(path).read(), re.I):
            psql(a.db, f"drop statistics if exists {name}")
    psql(a.db, "delete from desk_schema_history where version = '6'")
scale = {"openTasks": int(scalar(a.db, "select count(*) from act_ru_task")),
         "historyRows": int(scalar(a.db, """select (select count(*) from act_hi_actinst) + (select count(*) from act_hi_taskinst)
            + (select count(*) from act_hi_varinst) + (select count(*) from act_hi_detail) + (select count(*) from act_hi_identitylink)
            + (select count(*) from act_hi_procinst)""")),
         "cases": int(scalar(a.db, "select count(*) from service_case"))}
log(f"scale: {scale}")
sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
NODE_FLAGS = ["--camunda.bpm.job-execution.enabled=false", "--spring.flyway.enabled=false"]
if a.properties:
    # with the indexes: the figure that matters is the tenant check's cost on the indexed queue
    rows, counts = [], [int(n) for n in a.properties.split(",")]
    try:
        psql_file(V6)
        psql_file(ACT)
        psql(a.db, "analyze")
        for n in counts:
            log(psql_file(os.path.join(HERE, "properties.sql"), f"properties={n}"))
            # properties.sql rewrites every task, execution and case: without a vacuum each re-spread
            # leaves the tables' dead rows for the next phase (or autovacuum mid-measurement) to pay for
            psql(a.db, "vacuum (analyze) act_ru_task, act_ru_execution, service_case")
            node = Node(a.db, a.port, a.smtp_port, heap="768m", extra=NODE_FLAGS)
            node.start()
            try:
                rows += measure(node, f"{n} properties")
            finally:
                node.stop()
    finally:
        sink.stop()
    labels = [f"{n} properties" for n in counts]
    side = {}
    for r in rows:
        side.setdefault((r["user"], r["query"]), {})[r["phase"]] = r
    table("Work queue: filter times by number of properties (p50 / p95 ms)",
          [(u, q, *[f'{c[l]["result"]}: {c[l]["p50"]} / {c[l]["p95"]}' if l in c else "-" for l in labels])
           for (u, q), c in side.items()], ["user", "query", *labels])
    write_json("scale-work-queue-properties", {"benchmark": "work-queue-by-properties", "scale": scale,
               "properties": counts, "samplesPerQuery": a.samples, "samplesPerCount": a.count_samples, "rows": rows})
    sys.exit(0)
# the job executor is off: the measurement is the queries, not the timers of 10,000 cases
node = Node(a.db, a.port, a.smtp_port, heap="768m", extra=["--camunda.bpm.job-execution.enabled=false", "--spring.flyway.enabled=false"])
before = after = []
try:
    node.start()
    before = measure(node, "before")
    node.stop()
    t0 = time.time()
    psql_file(V6)
    psql_file(ACT)
    psql(a.db, "analyze")
    log(f"indexes built in {time.time()-t0:.0f}s")
    node = Node(a.db, a.port, a.smtp_port, heap="768m", extra=["--camunda.bpm.job-execution.enabled=false", "--spring.flyway.enabled=false"])
    node.start()
    after = measure(node, "after")
finally:
    node.stop()
    sink.stop()
worst_before = max(r["p95"] for r in before if "filter" not in r["query"]) if before else None
target_ok = all(r["p95"] < 150 for r in after if "timeline" not in r["query"]) if after else False
write_json("scale-work-queue", {"benchmark": "work-queue-at-scale", "scale": scale, "samplesPerQuery": a.samples, "samplesPerCount": a.count_samples,
           "before": before, "after": after, "targetFilterP95Below150ms": target_ok})
