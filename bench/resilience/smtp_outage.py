#!/usr/bin/env python3
"""Resilience: SMTP down for a while.

The SMTP sink is stopped, cases that queue an acknowledgement e-mail are registered, the outbox
must hold them (PENDING, failed attempts counted); the sink is started again and every message
must be delivered exactly once (one SMTP transaction per outbox row, Message-ID derived from the
row, no Message-ID twice). Verdict PASS/FAIL; JSON in bench/results/resilience-smtp-outage.json.
"""
import argparse, collections, os, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import requests
from benchlib import *

p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_b_smtp")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--cases", type=int, default=300)
p.add_argument("--outage", type=int, default=20, help="seconds SMTP stays down after the last case")
a = p.parse_args()

sink_file = f"/tmp/bench-smtp-{a.smtp_port}.jsonl"
if os.path.exists(sink_file):
    os.remove(sink_file)
recreate_db(a.db)
sink = SmtpSink(a.smtp_port, sink_file)
node = Node(a.db, a.port, a.smtp_port,
            extra=["--desk.outbox.retry-base=PT2S", "--desk.outbox.retry-max=PT10S"])
checks, result = [], {}
try:
    log("starting node (SMTP sink down)")
    node.start()
    s = requests.Session()
    acked, t0 = [], time.time()
    for i in range(a.cases):
        # units 1-0101 / 1-0502 / 3-0808 / 5-1603 have an address; 2-1201 gets one in the request
        r = post_case(s, node.base, case_body(i, email=f"resident{i}@example.com"))
        if r.status_code == 201:
            acked.append(r.json()["caseNumber"])
    log(f"{len(acked)} cases acknowledged with 201 in {time.time()-t0:.1f}s; SMTP down for {a.outage}s more")
    time.sleep(a.outage)
    pending = int(scalar(a.db, "select count(*) from outbox_message where status='PENDING'"))
    failed_attempts = int(scalar(a.db, "select coalesce(sum(attempts),0) from outbox_message"))
    total_rows = int(scalar(a.db, "select count(*) from outbox_message"))
    checks.append(("all 201s", len(acked) == a.cases, f"{len(acked)}/{a.cases}"))
    checks.append(("messages queued while SMTP down", pending == total_rows and total_rows >= len(acked),
                   f"{pending} pending of {total_rows} rows"))
    checks.append(("delivery was attempted and failed", failed_attempts > 0, f"{failed_attempts} failed attempts"))
    log("SMTP sink back")
    sink.start()
    t1 = time.time()
    while time.time() - t1 < 180:
        if int(scalar(a.db, "select count(*) from outbox_message where status='PENDING'")) == 0:
            break
        time.sleep(1)
    drain = time.time() - t1
    time.sleep(3)  # anything sent twice would arrive now
    still = int(scalar(a.db, "select count(*) from outbox_message where status='PENDING'"))
    rows = int(scalar(a.db, "select count(*) from outbox_message"))
    ids = {r[0] for r in psql(a.db, "select id from outbox_message")}
    got = sink.received()
    mids = collections.Counter(m["messageId"] for m in got)
    dupes = {k: v for k, v in mids.items() if v > 1}
    expected = {f"<outbox-{i}@resident-service-desk>" for i in ids}
    missing = expected - set(mids)
    unknown = set(mids) - expected
    checks.append(("outbox drained after SMTP returned", still == 0, f"{still} pending after {drain:.1f}s"))
    checks.append(("every row delivered", not missing, f"{len(expected)-len(missing)}/{len(expected)}"))
    checks.append(("none delivered twice", not dupes and len(got) == len(set(mids)), f"{len(dupes)} Message-IDs more than once"))
    checks.append(("nothing unknown delivered", not unknown, f"{len(unknown)} unknown"))
    result = {"cases": a.cases, "acknowledged": len(acked), "outboxRows": rows, "outageSeconds": a.outage,
              "failedAttemptsDuringOutage": failed_attempts, "drainSeconds": round(drain, 1),
              "smtpTransactions": len(got), "duplicates": len(dupes), "missing": len(missing)}
finally:
    node.stop()
    sink.stop()
verdict = "PASS" if checks and all(c[1] for c in checks) else "FAIL"
table(f"SMTP outage — {verdict}", [(c[0], "ok" if c[1] else "FAIL", c[2]) for c in checks], ["check", "result", "figure"])
write_json("resilience-smtp-outage", {"scenario": "smtp-outage", "verdict": verdict, "figures": result,
           "checks": [{"check": c[0], "ok": c[1], "figure": c[2]} for c in checks]})
sys.exit(0 if verdict == "PASS" else 1)
