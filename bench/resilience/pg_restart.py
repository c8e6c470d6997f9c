#!/usr/bin/env python3
"""Resilience: PostgreSQL restarted during load.

Under a steady intake load (POST /api/cases + GET of the new case), PostgreSQL is stopped for
--outage seconds and started again with pg_ctlcluster (run the script under flock /tmp/bench.lock:
it affects every user of the server). Checks: while it is down every answer is a 503 with an
application/problem+json body (never another 5xx, never a hang beyond the client timeout); the
node recovers without a restart (201s again); every case acknowledged with 201 is in the database
with its process instance; once the outbox is delivered, the restart duplicated at most the mail in
flight (one per node: each message is sent and marked in its own transaction, issue 21). JSON in
bench/results/resilience-pg-restart.json.
"""
import argparse, collections, os, subprocess, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import requests
from benchlib import *
from loadgen import Load

p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_b_pg")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--threads", type=int, default=4)
p.add_argument("--outage", type=float, default=12, help="seconds PostgreSQL stays stopped (<30)")
p.add_argument("--cluster", default="15 main")
p.add_argument("--extra", action="append", default=[], help="extra --key=value for the node")
a = p.parse_args()
assert a.outage < 30

def ctl(action):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect"] + a.cluster.split() + [action], check=True)

recreate_db(a.db)
sink_file = f"/tmp/bench-smtp-{a.smtp_port}.jsonl"
if os.path.exists(sink_file):
    os.remove(sink_file)  # duplicates are counted per run
sink = SmtpSink(a.smtp_port, sink_file).start()
node = Node(a.db, a.port, a.smtp_port, extra=a.extra)
checks, figures = [], {}
try:
    log("starting node")
    node.start()
    load = Load(node.base, threads=a.threads, timeout=60).start()
    time.sleep(10)
    log("stopping PostgreSQL")
    down_at = time.time()
    ctl("stop")
    time.sleep(a.outage)
    ctl("start")
    up_at = time.time()
    log(f"PostgreSQL started again after {up_at-down_at:.1f}s")
    # recovery: first 201 whose request was sent after PostgreSQL came back
    recovered_at = None
    while time.time() - up_at < 90:
        with load.lock:
            ok = [r for r in load.records if r["t"] >= up_at and r["status"] == 201]
        if ok:
            recovered_at = min(r["t"] + r["dt"] for r in ok)
            break
        time.sleep(0.5)
    time.sleep(10)
    load.stop()
    node_alive = node.proc.poll() is None
    mail = mail_duplicates(a.db, sink, faults=1)
    recs = load.records
    during = [r for r in recs if down_at <= r["t"] < up_at]
    by_status = collections.Counter(str(r["status"]) for r in recs)
    bad_5xx = [r for r in recs if isinstance(r["status"], int) and r["status"] >= 500 and r["status"] != 503]
    bad_503 = [r for r in recs if r["status"] == 503 and not (r["ctype"].startswith("application/problem+json") and '"status":503' in r.get("body", ""))]
    errs = [r for r in recs if str(r["status"]).startswith("ERR")]
    n503 = sum(1 for r in recs if r["status"] == 503)
    acked = set(load.acked)
    inlist = ",".join("'" + c + "'" for c in acked) or "''"
    stored = {r[0] for r in psql(a.db, f"select case_number from service_case where case_number in ({inlist})")}
    with_pi = int(scalar(a.db, f"""select count(*) from service_case c join act_hi_procinst p
        on p.proc_inst_id_ = c.process_instance_id where c.case_number in ({inlist})"""))
    lost = acked - stored
    max_dt_down = max((r["dt"] for r in during), default=0)
    figures = {"requests": len(recs), "byStatus": dict(by_status), "outageSeconds": round(up_at - down_at, 1),
               "requestsSentWhileDown": len(during), "answered503": n503,
               "maxLatencyOfRequestsSentWhileDownSeconds": round(max_dt_down, 2),
               "recoverySecondsAfterStart": round(recovered_at - up_at, 1) if recovered_at else None,
               "acknowledged201": len(acked), "stored": len(stored), "withProcessInstance": with_pi,
               "lost": sorted(lost)[:20], "other5xxSamples": [r.get("body", "")[:200] for r in bad_5xx[:3]],
               "clientErrors": len(errs), "mail": mail}
    checks += [
        ("503 answers while down", n503 > 0, f"{n503} x 503"),
        ("every 503 has a problem body", not bad_503, f"{len(bad_503)} without"),
        ("no other 5xx", not bad_5xx, f"{len(bad_5xx)} other 5xx"),
        ("no client timeouts/resets", not errs, f"{len(errs)} errors"),
        ("recovered without restart", recovered_at is not None and node_alive,
         f"{figures['recoverySecondsAfterStart']} s after PostgreSQL start"),
        ("nothing acknowledged lost", not lost and with_pi == len(acked), f"{len(stored)}/{len(acked)} stored, {with_pi} with process"),
        ("outbox delivered after the restart", mail["outboxPendingAtEnd"] == 0, f"{mail['outboxPendingAtEnd']} pending"),
        ("at most the mail in flight duplicated", mail["duplicateMails"] <= mail["faults"],
         f"{mail['duplicateMails']} duplicate(s) of {mail['distinctMessages']} mails, {mail['faults']} fault"),
    ]
finally:
    node.stop()
    sink.stop()
    if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode != 0:
        ctl("start")
verdict = "PASS" if checks and all(c[1] for c in checks) else "FAIL"
table(f"PostgreSQL restart under load — {verdict}", [(c[0], "ok" if c[1] else "FAIL", c[2]) for c in checks], ["check", "result", "figure"])
print("by status:", figures.get("byStatus"))
print("mail:", figures.get("mail"))
write_json("resilience-pg-restart", {"scenario": "pg-restart", "verdict": verdict, "figures": figures,
           "checks": [{"check": c[0], "ok": c[1], "figure": c[2]} for c in checks]})
sys.exit(0 if verdict == "PASS" else 1)
