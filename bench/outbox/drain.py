#!/usr/bin/env python3
"""Outbox delivery rate: how fast one node hands a backlog of queued mails to an SMTP server.

A node starts on a fresh database with the SMTP sink; --messages outbox rows are inserted
(as if the SMTP server had been down while they queued) and made due at once; the figure is the
time until the last one is marked SENT, and the messages per second. Each message is sent and
committed in its own transaction since issue 21 (a batch of 20 shared one before): run it with
BENCH_JAR pointing at either build to compare. JSON in bench/results/outbox-drain.json.
"""
import argparse, collections, os, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "resilience"))
from benchlib import *

p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_outbox_drain")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--messages", type=int, default=2000)
p.add_argument("--result", default="outbox-drain")
a = p.parse_args()

sink_file = f"/tmp/bench-smtp-{a.smtp_port}.jsonl"
if os.path.exists(sink_file):
    os.remove(sink_file)
recreate_db(a.db)
sink = SmtpSink(a.smtp_port, sink_file).start()
node = Node(a.db, a.port, a.smtp_port)
figures = {}
try:
    node.start()
    psql(a.db, f"""insert into outbox_message (dedupe_key, purpose, recipient, subject, body, status,
        attempts, next_attempt_at, created_at)
        select 'drain-' || g, 'DEADLINE_BREACH', 'drain' || g || '@example.com', 'Drain ' || g,
        repeat('x', 400), 'PENDING', 0, now() + interval '1 day', now() from generate_series(1, {a.messages}) g""")
    cpu_before = cpu_seconds()
    t0 = time.time()
    psql(a.db, "update outbox_message set next_attempt_at = now() where dedupe_key like 'drain-%'")
    while time.time() - t0 < 600:
        left = int(scalar(a.db, "select count(*) from outbox_message where dedupe_key like 'drain-%' and status = 'PENDING'"))
        if left == 0:
            break
        time.sleep(0.2)
    seconds = time.time() - t0
    cpu = cpu_used_since(cpu_before)
    time.sleep(2)
    got = [m for m in sink.received() if m["rcpt"] and "drain" in m["rcpt"][0]]
    mids = collections.Counter(m["messageId"] for m in got)
    figures = {"messages": a.messages, "pendingAtEnd": left, "seconds": round(seconds, 1),
               "messagesPerSecond": round(a.messages / seconds, 1), "delivered": len(got),
               "duplicates": sum(n - 1 for n in mids.values() if n > 1), "jar": os.path.basename(JAR),
               # the node's CPU per message is the figure a change to the sending code moves: the rate
               # is bound by one durable commit per message as much as by CPU
               "nodeCpuMsPerMessage": round(1000 * cpu.get("java", 0) / a.messages, 2), "cpuSeconds": cpu}
finally:
    node.stop()
    sink.stop()
table("Outbox drain", [(k, v) for k, v in figures.items()], ["figure", "value"])
write_json(a.result, {"scenario": "outbox-drain", "figures": figures})
