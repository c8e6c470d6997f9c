#!/usr/bin/env python3
"""Timer storm: N open cases whose INT-04 deadlines all fall due at once.

Setup (once, --template db): N requests are registered through POST /api/cases for unit 2-1201,
which has no e-mail address, so nobody acknowledges them and every INT-04 timer ends in a breach.
Run: the template is copied (CREATE DATABASE ... TEMPLATE), 1 or 2 nodes start on the copy (job
executor on each, backoff configured), every INT-04 timer job's DUEDATE_ is moved into the past in
one UPDATE, and the clock runs until every breach is recorded (deadline_clock.breached_at) and every
breach message is in the outbox. Duplicate effects counted: breach events/escalation tasks per case,
outbox rows per case and recipient, jobs executed successfully twice (ACT_HI_JOB_LOG).
JSON: bench/results/timerstorm-<nodes>node.json.
"""
import argparse, os, sys, threading, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "resilience"))
import requests
from benchlib import *

p = argparse.ArgumentParser()
p.add_argument("--cases", type=int, default=10000)
p.add_argument("--template", default="bench_b_ts_template")
p.add_argument("--db", default="bench_b_ts")
p.add_argument("--nodes", type=int, default=1)
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--create-threads", type=int, default=6)
p.add_argument("--heap", default="768m")
p.add_argument("--timeout", type=int, default=900)
# The job executor runs with the product's own settings (camunda.bpm.job-execution in
# src/main/resources/application.yaml) unless told otherwise: each --job passes one setting to every
# node, e.g. --job=--camunda.bpm.job-execution.core-pool-size=6. Until issue 15 the script always
# passed core/max pool 4, queue 20, 20 jobs per acquisition, wait 1-5 s, back-off 40-400 ms, lock 5 min.
p.add_argument("--job", action="append", default=[])
p.add_argument("--jfr", help="directory for a Java Flight Recording of each node (profile settings)")
# A node that has been up for hours has its hot code compiled; one that has just started compiles
# it while the storm drains. --warm-up N builds the template with N more cases, lets N of their
# deadlines fall due first and waits until those breaches are recorded and their e-mails delivered;
# then the measured storm of --cases deadlines starts on the warm node. JSON: timerstorm-<n>node-warm.json.
p.add_argument("--warm-up", type=int, default=0)
a = p.parse_args()
if a.warm_up and a.template == p.get_default("template"):
    a.template += f"_warm{a.warm_up}"  # the cold storm's template fires all its deadlines: keep it as it is
TIMER = "handler_cfg_ like '%AcknowledgementDeadline%'"
BREACHED = "select count(*) from deadline_clock where rule_id='INT-04' and breached_at is not null"
MESSAGES = "select count(*) from outbox_message where purpose='DEADLINE_BREACH'"
DELIVERED = MESSAGES + " and sent_at is not null"


def counts():
    """Breaches, breach messages and delivered ones, in one statement (one snapshot)."""
    return tuple(int(x) for x in psql(a.db, f"select ({BREACHED}), ({MESSAGES}), ({DELIVERED})")[0])


def create_template():
    exists = scalar("postgres", f"select 1 from pg_database where datname='{a.template}'")
    if exists:
        n = int(scalar(a.template, "select count(*) from service_case"))
        if n >= a.cases + a.warm_up:
            log(f"template {a.template} has {n} cases")
            return
        psql("postgres", f'drop database "{a.template}"')
    psql("postgres", f'create database "{a.template}"')
    sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
    node = Node(a.template, a.port, a.smtp_port, heap=a.heap).start()
    todo, lock, done, fails = list(range(a.cases + a.warm_up)), threading.Lock(), [0], [0]
    body = case_body(0, unit=("2-1201", "李娜", "13800001201"))

    def worker():
        s = requests.Session()
        while True:
            with lock:
                if not todo:
                    return
                i = todo.pop()
            b = dict(body, description=f"storm case {i}")
            r = post_case(s, node.base, b, key=f"storm-{i}")
            with lock:
                if r.status_code == 201:
                    done[0] += 1
                else:
                    fails[0] += 1
                    todo.append(i)
    t0 = time.time()
    ths = [threading.Thread(target=worker) for _ in range(a.create_threads)]
    [t.start() for t in ths]
    while any(t.is_alive() for t in ths):
        time.sleep(10)
        log(f"created {done[0]} ({done[0]/(time.time()-t0):.0f}/s), {fails[0]} retried")
    node.stop()
    sink.stop()
    log(f"template ready: {done[0]} cases in {time.time()-t0:.0f}s")


create_template()
psql("postgres", f'drop database if exists "{a.db}" with (force)')
psql("postgres", f'create database "{a.db}" template "{a.template}"')
# The template's deadline clocks started when its cases were registered, maybe hours ago: their
# warnings (desk.deadline.warnings, 50 % and 80 % of the hour) would fall due during a later run and
# the warning scan would compete with the storm. Move them as if the cases had just been
# registered, so every run starts from the state of a fresh template whatever its age.
psql(a.db, """update deadline_clock set started_at = started_at + d, due_at = due_at + d
    from (select now() - max(started_at) d from deadline_clock) s where warnings_sent = 0""")
# The same for the engine's INT-04 timers: a template older than their hour has them due already, and
# the nodes would fire them as soon as they start, before the storm is timed and while its baseline
# counts are read (the two-node run of 2026-11-27 14:45 read 0 breaches and then 4 messages, and
# waited for 4 messages it had counted twice). They fall due at the storm's UPDATE below.
psql(a.db, f"update act_ru_job set duedate_ = now() + interval '1 hour' where {TIMER}")
# A live database has planner statistics (autovacuum analyzes a table once a tenth of it changed);
# a template built in 90 s and copied has none, and without them PostgreSQL reads the variables of
# an execution through a BitmapAnd with every "task_id_ is null" row (2.6 ms instead of 0.06 ms,
# a third of PostgreSQL's CPU in the storm before 2026-11-27 noon). Analyze the copy as autovacuum
# would have analyzed the real database.
psql(a.db, "analyze")
cases = int(scalar(a.db, "select count(*) from service_case"))
timers = int(scalar(a.db, f"select count(*) from act_ru_job where {TIMER}"))
members = int(scalar(a.db, """select count(*) from act_id_membership m join act_id_user u on u.id_ = m.user_id_
    where m.group_id_ = 'supervisor' and coalesce(u.email_, '') <> ''"""))
# A breach is mailed to the supervisors who work for the case's property (its Camunda tenant), directly or
# through a group that is a member of the tenant (StaffNotifier).
expected_msgs = int(scalar(a.db, f"""select coalesce(sum(j.timers * s.supervisors), 0) from
    (select tenant_id_, count(*) timers from act_ru_job where {TIMER} group by tenant_id_) j
    join (select tm.tenant_id_, count(distinct u.id_) supervisors from act_id_tenant_member tm
          left join act_id_membership gm on gm.group_id_ = tm.group_id_
          join act_id_user u on u.id_ = coalesce(tm.user_id_, gm.user_id_)
          join act_id_membership sm on sm.user_id_ = u.id_ and sm.group_id_ = 'supervisor'
          where coalesce(u.email_, '') <> '' group by tm.tenant_id_) s on s.tenant_id_ = j.tenant_id_"""))
sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
def jfr_env(port):
    if not a.jfr:
        return {}
    os.makedirs(a.jfr, exist_ok=True)
    return {"JAVA_TOOL_OPTIONS": f"-XX:StartFlightRecording=settings=profile,filename={a.jfr}/storm-{a.nodes}node-{port}.jfr"}


nodes = [Node(a.db, a.port + i, a.smtp_port, heap=a.heap, env=jfr_env(a.port + i),
              extra=a.job + [f"--camunda.bpm.generic-properties.properties.hostname=node-{a.port + i}"]) for i in range(a.nodes)]
samples, checks, figures = [], [], {}
try:
    for n in nodes:
        n.start(wait=False)
    for n in nodes:
        n.wait_ready()
    log(f"{a.nodes} node(s) ready; {cases} cases, {timers} INT-04 timers, {members} supervisor(s) with e-mail")
    if a.warm_up:
        w0 = time.time()
        psql(a.db, f"""update act_ru_job set duedate_ = now() - interval '1 second' where id_ in
            (select id_ from act_ru_job where {TIMER} order by id_ limit {a.warm_up})""")
        while time.time() - w0 < a.timeout:
            breached, messages, delivered = counts()
            if breached >= a.warm_up and delivered >= messages:
                break
            time.sleep(1)
        log(f"warm-up: {scalar(a.db, BREACHED)} breaches recorded and their e-mails delivered in {time.time() - w0:.1f}s")
        timers = int(scalar(a.db, f"select count(*) from act_ru_job where {TIMER}"))
        expected_msgs -= int(scalar(a.db, MESSAGES))
    # what the warm-up left is not the measured storm's
    # one snapshot: the warm-up's e-mails may still be going out
    b0, m0, d0 = counts()
    load_before = os.getloadavg()
    cpu_before = cpu_seconds()
    t0 = time.time()
    psql(a.db, f"update act_ru_job set duedate_ = now() - interval '1 second' where {TIMER}")
    breached = msgs = 0
    while time.time() - t0 < a.timeout:
        breached = int(scalar(a.db, BREACHED)) - b0
        msgs = int(scalar(a.db, MESSAGES)) - m0
        samples.append((round(time.time() - t0, 1), breached, msgs))
        if breached >= timers and msgs >= expected_msgs:
            break
        time.sleep(1)
    elapsed = time.time() - t0
    cpu = cpu_used_since(cpu_before)
    # the outbox delivers the breach e-mails on the same cores while the storm drains
    delivered = int(scalar(a.db, DELIVERED)) - d0
    load_after = os.getloadavg()
    # and until the last of those e-mails has left: the supervisors' side of the storm
    sent_all = None
    while time.time() - t0 < a.timeout:
        if int(scalar(a.db, DELIVERED)) - d0 >= expected_msgs:
            sent_all = round(time.time() - t0, 1)
            break
        time.sleep(1)
    cpu_until_sent = cpu_used_since(cpu_before)
    first_breach, last_breach = psql(a.db, "select min(breached_at), max(breached_at) from deadline_clock where rule_id='INT-04'"
                                       f" and breached_at >= to_timestamp({t0})")[0]
    dup_breach_events = int(scalar(a.db, """select count(*) from (select case_id from case_event where title = 'Deadline missed: INT-04'
        group by case_id having count(*) > 1) x"""))
    dup_tasks = int(scalar(a.db, """select count(*) from (select proc_inst_id_ from act_ru_task where task_def_key_='Task_HandleEscalation'
        group by proc_inst_id_ having count(*) > 1) x"""))
    dup_msgs = int(scalar(a.db, """select count(*) from (select case_id, recipient from outbox_message where purpose='DEADLINE_BREACH'
        group by case_id, recipient having count(*) > 1) x"""))
    dup_jobs = int(scalar(a.db, """select count(*) from (select job_id_ from act_hi_job_log where job_def_configuration_ like '%AcknowledgementDeadline%'
        or job_def_id_ in (select id_ from act_ru_jobdef where job_configuration_ like '%AcknowledgementDeadline%')
        group by job_id_ having sum(case when job_state_ = 2 then 1 else 0 end) > 1) x"""))
    failed_job_attempts = int(scalar(a.db, "select count(*) from act_hi_job_log where job_state_ = 1"))
    optimistic = sum(open(n.log, errors="replace").read().count("OptimisticLockingException") for n in nodes)
    left = int(scalar(a.db, f"select count(*) from act_ru_job where {TIMER}"))
    incidents = int(scalar(a.db, "select count(*) from act_ru_incident"))
    per_node = psql(a.db, """select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_""")
    figures = {"nodes": a.nodes, "cases": cases, "warmUpBreaches": a.warm_up, "timers": timers, "supervisorsWithEmail": members,
               "secondsUntilAllRecorded": round(elapsed, 1), "breachesRecorded": breached, "breachMessages": msgs,
               "expectedMessages": expected_msgs, "throughputBreachesPerSecond": round(breached / elapsed, 1) if elapsed else None,
               "firstBreachAt": first_breach, "lastBreachAt": last_breach, "timerJobsLeft": left, "incidents": incidents,
               "duplicateBreachEvents": dup_breach_events, "duplicateEscalationTasks": dup_tasks,
               "duplicateMessages": dup_msgs, "jobsExecutedTwice": dup_jobs, "failedJobAttempts": failed_job_attempts,
               "optimisticLockingLogLines": optimistic, "successfulJobsPerHost": per_node,
               "jobExecution": a.job or "the product's defaults (application.yaml)",
               "cpuSecondsDuringStorm": cpu, "breachMessagesDeliveredMeanwhile": delivered,
               "secondsUntilAllMessagesDelivered": sent_all, "cpuSecondsUntilAllDelivered": cpu_until_sent,
               "loadAverageBefore": [round(x, 2) for x in load_before], "loadAverageAfter": [round(x, 2) for x in load_after],
               "jar": JAR,
               "samples": samples[:: max(1, len(samples) // 60)]}
    checks += [
        ("every breach recorded", breached == timers and timers >= a.cases, f"{breached}/{timers} in {elapsed:.1f}s"),
        ("every breach message in the outbox", msgs == expected_msgs, f"{msgs}/{expected_msgs}"),
        ("no duplicate breach (case events, tasks)", dup_breach_events == 0 and dup_tasks == 0, f"{dup_breach_events} / {dup_tasks}"),
        ("no duplicate outbox rows", dup_msgs == 0, str(dup_msgs)),
        ("no job executed twice", dup_jobs == 0, str(dup_jobs)),
        ("no incidents", incidents == 0, str(incidents)),
    ]
    log(f"load average (1/5/15 min) before {load_before}, after {load_after}")
    log(f"CPU seconds while draining ({elapsed:.0f} s on {os.cpu_count()} cores): {cpu}; {delivered} breach e-mails delivered meanwhile")
    log(f"every breach e-mail delivered after {sent_all} s; CPU seconds until then: {cpu_until_sent}")
finally:
    for n in nodes:
        n.stop()
    sink.stop()
verdict = "PASS" if checks and all(c[1] for c in checks) else "FAIL"
table(f"Timer storm, {a.nodes} node(s) — {verdict}", [(c[0], "ok" if c[1] else "FAIL", c[2]) for c in checks], ["check", "result", "figure"])
table("progress", [s for s in samples[:: max(1, len(samples) // 12)]] + [samples[-1]] if samples else [], ["s", "breaches", "messages"])
write_json(f"timerstorm-{a.nodes}node" + ("-warm" if a.warm_up else ""), {"benchmark": "timer-storm", "verdict": verdict, "figures": figures,
           "checks": [{"check": c[0], "ok": c[1], "figure": c[2]} for c in checks]})
sys.exit(0 if verdict == "PASS" else 1)
