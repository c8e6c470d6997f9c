"""Shared helpers of the bench scripts (resilience, timerstorm, scale): PostgreSQL via psql,
starting/stopping application nodes, the SMTP sink, HTTP with Basic auth, tables and JSON."""
import collections, json, os, platform, signal, socket, subprocess, sys, time, uuid
import requests

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.environ.get("BENCH_JAR", os.path.join(ROOT, "target", "resident-service-desk-0.1.0-SNAPSHOT.jar"))
PG = dict(host=os.environ.get("PG_HOST", "127.0.0.1"), port=os.environ.get("PG_PORT", "5432"),
          user=os.environ.get("PG_USER", "postgres"))
RESULTS = os.path.join(ROOT, "bench", "results")
LOGDIR = os.environ.get("BENCH_LOGDIR", "/tmp")


def psql(db, sql, timeout=600):
    """Runs SQL with psql; returns rows as lists of strings (unaligned, '|' separated)."""
    r = subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db,
                        "-v", "ON_ERROR_STOP=1", "-AtX", "-F", "\x1f", "-c", sql],
                       capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError("psql failed: " + r.stderr.strip())
    return [line.split("\x1f") for line in r.stdout.splitlines() if line != ""]


def scalar(db, sql):
    rows = psql(db, sql)
    return rows[0][0] if rows else None


def recreate_db(db):
    psql("postgres", f'drop database if exists "{db}" with (force)')
    psql("postgres", f'create database "{db}"')


class Node:
    """One application node (java -jar) on a port, logging to LOGDIR/bench-<db>-<port>.log."""

    def __init__(self, db, port, smtp_port=2525, extra=(), env=None, heap=None):
        self.db, self.port, self.smtp_port, self.extra, self.env, self.heap = db, port, smtp_port, list(extra), env or {}, heap
        self.proc = None
        self.log = os.path.join(LOGDIR, f"bench-{db}-{port}.log")
        self.base = f"http://127.0.0.1:{port}"

    def start(self, wait=True, timeout=240):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                # a node left from an earlier run would answer in this one's place, on another database
                raise RuntimeError(f"port {self.port} is already taken; stop what listens there (pkill -f bench.db=)")
        env = dict(os.environ)
        env.update({"SPRING_PROFILES_ACTIVE": "postgres,demo",
                    "DB_URL": f"jdbc:postgresql://{PG['host']}:{PG['port']}/{self.db}",
                    "DB_USER": PG["user"], "MAIL_HOST": "127.0.0.1", "MAIL_PORT": str(self.smtp_port)})
        env.update(self.env)
        # -Dbench.db names the database on the command line, so a leftover node can be found and stopped
        cmd = ["java", f"-Dbench.db={self.db}"] + ([f"-Xmx{self.heap}"] if self.heap else []) + ["-jar", JAR,
               f"--server.port={self.port}", "--desk.outbox.poll-interval=PT1S"] + self.extra
        self.started_at = time.time()
        self.proc = subprocess.Popen(cmd, env=env, stdout=open(self.log, "ab"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        if wait:
            self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout=240):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"node {self.port} exited with {self.proc.returncode}; see {self.log}")
            try:
                r = requests.get(self.base + "/actuator/health/readiness", auth=("admin", "admin"), timeout=2)
                if r.status_code == 200:
                    self.ready_after = time.time() - self.started_at
                    return self.ready_after
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"node {self.port} not ready after {timeout}s; see {self.log}")

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()


class SmtpSink:
    def __init__(self, port, out):
        self.port, self.out, self.proc = port, out, None

    def start(self):
        self.proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench", "resilience", "smtp_sink.py"),
                                      "--port", str(self.port), "--out", self.out], start_new_session=True)
        import socket
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("SMTP sink did not start")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait()

    def received(self):
        if not os.path.exists(self.out):
            return []
        with open(self.out, encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]


def mail_duplicates(db, sink, faults, timeout=120):
    """Waits until the node has delivered the outbox (nothing PENDING), then counts the messages the
    SMTP sink received more than once (same Message-ID, derived from the outbox row). A fault may
    duplicate at most the message in flight on each node (issue 21)."""
    t0, pending = time.time(), None
    while time.time() - t0 < timeout:
        pending = int(scalar(db, "select count(*) from outbox_message where status='PENDING'"))
        if pending == 0:
            break
        time.sleep(1)
    time.sleep(3)  # anything sent twice would arrive now
    got = sink.received()
    mids = collections.Counter(m["messageId"] for m in got)
    dupes = sum(n - 1 for n in mids.values() if n > 1)
    return {"mailsDelivered": len(got), "distinctMessages": len(mids), "outboxPendingAtEnd": pending,
            "faults": faults, "duplicateMails": dupes,
            "duplicatesPerFault": round(dupes / faults, 2) if faults else None,
            "duplicatedMessageIds": sorted(k for k, n in mids.items() if n > 1)[:20]}


UNITS = [("1-0101", "张伟", "13800000101"), ("1-0502", "王芳", "13800000502"), ("2-1201", "李娜", "13800001201"),
         ("3-0808", "John Smith", "13800000808"), ("5-1603", "刘洋", "13800001603")]


def case_body(i, unit=None, category="repair", subcategory="small", channel="app", email=None):
    u = unit or UNITS[i % len(UNITS)]
    body = {"channel": channel, "unit": u[0], "residentName": u[1], "phone": u[2], "category": category,
            "subcategory": subcategory, "description": f"bench request {i}: 厨房水龙头漏水", "location": "厨房"}
    if email:
        body["email"] = email
    return body


def post_case(session, base, body, key=None, timeout=30):
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    return session.post(base + "/api/cases", json=body, headers=headers, auth=("webform", "demo"), timeout=timeout)


def cpu_seconds():
    """CPU seconds (user + system) used so far by the machine's processes, per kind: the node's JVMs
    ("java"), PostgreSQL's backends ("postgres"), the benchmark's own Python and SMTP sink
    ("python"), everything else ("other"). The difference of two readings says where a run's CPU went."""
    hz, used = os.sysconf("SC_CLK_TCK"), collections.Counter()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        kind = next((k for k in ("java", "postgres", "python") if name.startswith(k)), "other")
        used[kind] += (int(fields[11]) + int(fields[12])) / hz
    return used


def cpu_used_since(before):
    """CPU seconds per kind since a cpu_seconds() reading (processes that ended in between are not counted)."""
    now = cpu_seconds()
    return {k: round(now[k] - before.get(k, 0), 1) for k in sorted(now, key=now.get, reverse=True) if now[k] - before.get(k, 0) > 0}


def percentile(values, p):
    if not values:
        return None
    v = sorted(values)
    k = max(0, min(len(v) - 1, int(round(p / 100.0 * len(v) + 0.5)) - 1))
    return v[k]


def machine():
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f.readline().split(":")[1].strip()
    except OSError:
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":")[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    return {"host": platform.node(), "cpus": os.cpu_count(), "cpu": cpu, "mem": mem,
            "os": platform.platform(), "python": platform.python_version(),
            "postgres": scalar("postgres", "show server_version")}


def table(title, rows, headers):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    out = [f"\n{title}", "| " + " | ".join(str(h).ljust(w) for h, w in zip(headers, widths)) + " |",
           "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    text = "\n".join(out)
    print(text, flush=True)
    return text


def write_json(name, data):
    os.makedirs(RESULTS, exist_ok=True)
    data = dict(data)
    data.setdefault("machine", machine())
    data.setdefault("finishedAt", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    path = os.path.join(RESULTS, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    print(f"wrote {path}")
    return path


def log(msg):
    print(time.strftime("%H:%M:%S"), msg, flush=True)
