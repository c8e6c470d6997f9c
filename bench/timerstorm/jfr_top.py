#!/usr/bin/env python3
"""Where a node's CPU went during a storm, from its Java Flight Recording (timer_storm.py --jfr DIR).

Reads the execution samples (`jfr print --events jdk.ExecutionSample`) and prints the share of
samples per top frame (self time) and per first desk/engine/library layer found walking up from
the top of each stack (inclusive, coarse). Indicative only: samples of running Java threads, not
PostgreSQL's CPU, nor the time threads waited for the database.

    python3 bench/timerstorm/jfr_top.py /tmp/storm-jfr/storm-1node-8481.jfr [--top 25]
"""
import argparse, collections, re, subprocess

p = argparse.ArgumentParser()
p.add_argument("file")
p.add_argument("--top", type=int, default=25)
a = p.parse_args()

out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", a.file],
                     capture_output=True, text=True, check=True).stdout
FRAME = re.compile(r"^\s+([\w$.<>/]+)\(")
# the first of these found from the top of a stack names the sample's layer
LAYERS = [("PostgreSQL JDBC driver", "org.postgresql."), ("Hikari pool", "com.zaxxer."),
          ("MyBatis (engine's SQL mapping)", "org.apache.ibatis."), ("Hibernate", "org.hibernate."),
          ("JUEL expressions", "org.camunda.bpm.impl.juel."), ("engine history", "org.camunda.bpm.engine.impl.history."),
          ("engine persistence", "org.camunda.bpm.engine.impl.db."), ("engine", "org.camunda."),
          ("the desk's code", "com.residentdesk."), ("Spring", "org.springframework."),
          ("Tomcat / HTTP", "org.apache.catalina."), ("Jakarta Mail", "org.eclipse.angus."),
          ("JDK", "java."), ("JDK internals", "jdk."), ("JDK internals", "sun.")]
samples, top, layer = 0, collections.Counter(), collections.Counter()
for event in out.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for m in map(FRAME.match, event.splitlines()) if m]
    if not frames:
        continue
    samples += 1
    top[frames[0]] += 1
    for f in frames:
        hit = next((name for name, prefix in LAYERS if f.startswith(prefix) and not name.startswith("JDK")), None)
        if hit:
            layer[hit] += 1
            break
    else:
        layer["JDK / other"] += 1
print(f"{samples} execution samples in {a.file}")
print("\nfirst layer from the top of the stack:")
for name, n in layer.most_common():
    print(f"  {100 * n / samples:5.1f} %  {name}")
print(f"\ntop {a.top} frames (self):")
for f, n in top.most_common(a.top):
    print(f"  {100 * n / samples:5.1f} %  {f}")
