#!/usr/bin/env python3
"""Resilience: kill -9 of the node during load.

Under intake load the JVM is killed with SIGKILL, then started again on the same database.
Checks: every case acknowledged with 201 exists with its process instance; each still has its
INT-04 timer job in ACT_RU_JOB (and its CAT-04 timer where the case waits for dispatch); the
deadlines still fire: the timers' DUEDATE_ is moved into the past and every INT-04 clock must be
resolved (met or breached) by the restarted node; once the restarted node has delivered the outbox,
the kill duplicated at most the mail in flight (issue 21). JSON: bench/results/resilience-kill9.json.
"""
import argparse, collections, os, sys, time
sys.path.insert(0, os.path.dirname(__file__))
from benchlib import *
from loadgen import Load

p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_b_kill")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--threads", type=int, default=4)
p.add_argument("--load-seconds", type=float, default=20)
a = p.parse_args()

recreate_db(a.db)
sink_file = f"/tmp/bench-smtp-{a.smtp_port}.jsonl"
if os.path.exists(sink_file):
    os.remove(sink_file)  # duplicates are counted per run
sink = SmtpSink(a.smtp_port, sink_file).start()
node = Node(a.db, a.port, a.smtp_port)
checks, figures = [], {}
try:
    node.start()
    load = Load(node.base, threads=a.threads, read_back=False, timeout=30).start()
    time.sleep(a.load_seconds)
    log("kill -9")
    node.kill9()
    load.stop()
    acked = set(load.acked)
    by_status = collections.Counter(str(r["status"]) for r in load.records)
    log(f"{len(acked)} acknowledged before the kill; restarting")
    node = Node(a.db, a.port, a.smtp_port)
    node.start()
    ready = node.ready_after
    inlist = ",".join("'" + c + "'" for c in acked) or "''"
    stored = int(scalar(a.db, f"select count(*) from service_case where case_number in ({inlist})"))
    running = int(scalar(a.db, f"""select count(*) from service_case c join act_ru_execution e
        on e.id_ = c.process_instance_id where c.case_number in ({inlist})"""))
    int04 = int(scalar(a.db, f"""select count(distinct c.id) from service_case c join act_ru_job j
        on j.process_instance_id_ = c.process_instance_id
        where j.handler_cfg_ like '%AcknowledgementDeadline%' and c.case_number in ({inlist})"""))
    waiting_dispatch = int(scalar(a.db, f"""select count(distinct c.id) from service_case c join act_ru_task t
        on t.proc_inst_id_ = c.process_instance_id where t.task_def_key_ = 'Task_AssignHandler' and c.case_number in ({inlist})"""))
    cat04 = int(scalar(a.db, f"""select count(distinct c.id) from service_case c join act_ru_job j
        on j.process_instance_id_ = c.process_instance_id where j.handler_cfg_ like '%DispatchOverdue%' and c.case_number in ({inlist})"""))
    # make the deadlines fall due now and watch the restarted node enforce them
    psql(a.db, f"""update act_ru_job set duedate_ = now() - interval '1 minute' where process_instance_id_ in
        (select process_instance_id from service_case where case_number in ({inlist}))
        and (handler_cfg_ like '%AcknowledgementDeadline%' or handler_cfg_ like '%DispatchOverdue%')""")
    t0 = time.time()
    resolved = 0
    while time.time() - t0 < 300:
        resolved = int(scalar(a.db, f"""select count(*) from deadline_clock d join service_case c on c.id = d.case_id
            where d.rule_id = 'INT-04' and (d.met_at is not null or d.breached_at is not null) and c.case_number in ({inlist})"""))
        if resolved >= len(acked):
            break
        time.sleep(1)
    fire_s = time.time() - t0
    breached_cat04 = int(scalar(a.db, f"""select count(*) from deadline_clock d join service_case c on c.id = d.case_id
            where d.rule_id = 'CAT-04' and d.breached_at is not null and c.case_number in ({inlist})"""))
    mail = mail_duplicates(a.db, sink, faults=1)
    figures = {"loadSeconds": a.load_seconds, "byStatus": dict(by_status), "acknowledged201": len(acked),
               "stored": stored, "processRunning": running, "int04TimerJobs": int04,
               "waitingForDispatch": waiting_dispatch, "cat04TimerJobs": cat04, "cat04Breached": breached_cat04,
               "int04Resolved": resolved, "secondsToFireAll": round(fire_s, 1), "restartReadySeconds": round(ready, 1), "mail": mail}
    checks += [
        ("every 201 case stored", stored == len(acked) and len(acked) > 0, f"{stored}/{len(acked)}"),
        ("every process instance running", running == len(acked), f"{running}/{len(acked)}"),
        ("INT-04 timer job per case", int04 == len(acked), f"{int04}/{len(acked)}"),
        ("CAT-04 timer per case waiting for dispatch", cat04 == waiting_dispatch, f"{cat04}/{waiting_dispatch}"),
        ("INT-04 deadlines fired after restart", resolved == len(acked), f"{resolved}/{len(acked)} in {fire_s:.1f}s"),
        ("CAT-04 deadlines fired after restart", breached_cat04 == waiting_dispatch, f"{breached_cat04}/{waiting_dispatch}"),
        ("outbox delivered after the restart", mail["outboxPendingAtEnd"] == 0, f"{mail['outboxPendingAtEnd']} pending"),
        ("at most the mail in flight duplicated", mail["duplicateMails"] <= mail["faults"],
         f"{mail['duplicateMails']} duplicate(s) of {mail['distinctMessages']} mails, {mail['faults']} fault"),
    ]
finally:
    node.stop()
    sink.stop()
verdict = "PASS" if checks and all(c[1] for c in checks) else "FAIL"
table(f"kill -9 under load — {verdict}", [(c[0], "ok" if c[1] else "FAIL", c[2]) for c in checks], ["check", "result", "figure"])
print("by status:", figures.get("byStatus"))
print("mail:", figures.get("mail"))
write_json("resilience-kill9", {"scenario": "kill9", "verdict": verdict, "figures": figures,
           "checks": [{"check": c[0], "ok": c[1], "figure": c[2]} for c in checks]})
sys.exit(0 if verdict == "PASS" else 1)
