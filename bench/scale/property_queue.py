#!/usr/bin/env python3
"""The property's own queue at scale (issue 15, BENCHMARKS.md 4a): the queue of one property for a
clerk of one property (the doubled tenant condition) against the same clerk's team queue and the
property queue of a clerk of two properties, interleaved in one run on one database.

The database is the one work_queue.py --properties N leaves behind (default rsd_15_scale: 50,000
open tasks spread over N properties). A clerk of YG and HL (clerk2) is added for the run. Since
issue 15 a clerk of one property no longer sees the property queue; its query is sent as the filter
sent it (POST /engine-rest/task with the filter's conditions), so the figure it had stays
measurable. JSON: bench/results/scale-property-queue.json.
"""
import argparse, os, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "resilience"))
import requests
from benchlib import *

p = argparse.ArgumentParser()
p.add_argument("--db", default="rsd_15_scale")
p.add_argument("--port", type=int, default=8085)
p.add_argument("--smtp-port", type=int, default=2655)
p.add_argument("--samples", type=int, default=15)
p.add_argument("--property", default="YG")
p.add_argument("--other", default="HL")
p.add_argument("--queue", default="阳光花园 · 本组待办", help="the property queue's name in Tasklist")
a = p.parse_args()

# clerk2: the demo clerk's groups and a second property (rows as Camunda Admin writes them)
psql(a.db, "delete from act_id_membership where user_id_ = 'clerk2'")
psql(a.db, "delete from act_id_user where id_ = 'clerk2'")
psql(a.db, "insert into act_id_user (id_, rev_, first_, last_, pwd_, salt_) "
           "select 'clerk2', 1, 'Clerk', 'Two', pwd_, salt_ from act_id_user where id_ = 'clerk'")
psql(a.db, "insert into act_id_membership (user_id_, group_id_) select 'clerk2', group_id_ "
           "from act_id_membership where user_id_ = 'clerk'")
psql(a.db, f"insert into act_id_membership (user_id_, group_id_) values ('clerk2', 'property-{a.other}') "
           "on conflict do nothing")

sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
node = Node(a.db, a.port, a.smtp_port, heap="768m",
            extra=["--camunda.bpm.job-execution.enabled=false", "--spring.flyway.enabled=false"])
rows = []
try:
    node.start()
    log(f"node ready after {node.ready_after:.1f}s")
    s = requests.Session()

    def filters(user):
        return {f["name"]: f["id"] for f in s.get(node.base + "/engine-rest/filter", params={"resourceType": "Task"},
                                                   auth=(user, "demo"), timeout=60).json()}

    clerk, clerk2 = filters("clerk"), filters("clerk2")
    queue = a.queue
    team = next(n for n in clerk if n.startswith("前台 · 本组待办"))
    groups = [g["id"] for g in s.get(node.base + "/engine-rest/group", params={"member": "clerk"},
                                     auth=("clerk", "demo"), timeout=60).json()]
    page = {"firstResult": 0, "maxResults": 15}
    # the property queue's conditions, as its filter sends them (TasklistFilters.propertyQueues)
    as_filter = {"candidateGroups": groups, "includeAssignedTasks": True, "tenantIdIn": [a.property],
                 "sorting": [{"sortBy": "priority", "sortOrder": "desc"}, {"sortBy": "dueDate", "sortOrder": "asc"}]}
    probes = [
        ("clerk", f"{queue} as its filter ran (one property: tenant twice)", "POST", "/engine-rest/task", as_filter),
        ("clerk", f"{team} /list", "POST", f"/engine-rest/filter/{clerk[team]}/list", {}),
        ("clerk2", f"{queue} /list (two properties)", "POST", f"/engine-rest/filter/{clerk2[queue]}/list", {}),
    ]
    log(f"clerk sees the property queue: {queue in clerk}; clerk2: {queue in clerk2}")
    lat = {i: [] for i in range(len(probes))}
    counts = {}
    for user, _, method, path, body in probes:  # warm-up
        s.post(node.base + path, json=body, params=page, auth=(user, "demo"), timeout=300)
    for _ in range(a.samples):
        for i, (user, _, method, path, body) in enumerate(probes):
            t = time.perf_counter()
            r = s.post(node.base + path, json=body, params=page, auth=(user, "demo"), timeout=300)
            lat[i].append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, f"{user} {path}: {r.status_code} {r.text[:200]}"
            counts[i] = len(r.json())
    for i, (user, name, *_rest) in enumerate(probes):
        rows.append({"user": user, "query": name, "result": counts[i], "p50": round(percentile(lat[i], 50), 1),
                     "p95": round(percentile(lat[i], 95), 1), "max": round(max(lat[i]), 1)})
    table("Property queue (p50 / p95 ms, interleaved)", [(r["user"], r["query"], r["result"], r["p50"], r["p95"])
                                                        for r in rows], ["user", "query", "rows", "p50", "p95"])
    load = os.getloadavg()
    write_json("scale-property-queue", {"benchmark": "property-queue", "db": a.db, "samples": a.samples,
               "clerkSeesPropertyQueue": queue in clerk, "clerk2SeesPropertyQueue": queue in clerk2,
               "readyAfterSeconds": round(node.ready_after, 1), "loadAverage": load, "rows": rows})
finally:
    node.stop()
    sink.stop()
