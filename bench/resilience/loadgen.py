"""A small closed-loop load generator: N threads POST /api/cases (and optionally GET the case
back) until stopped; every response is recorded with its time, status and content type."""
import threading, time, uuid
import requests
from benchlib import case_body, post_case


class Load:
    def __init__(self, base, threads=4, read_back=True, pause=0.0, timeout=60):
        self.base, self.threads, self.read_back, self.pause, self.timeout = base, threads, read_back, pause, timeout
        self.records, self.acked, self.stop_flag, self.lock = [], [], threading.Event(), threading.Lock()
        self.workers = []

    def _run(self, n):
        s = requests.Session()
        i = 0
        while not self.stop_flag.is_set():
            i += 1
            key = f"load-{n}-{i}-{uuid.uuid4()}"
            t = time.time()
            try:
                r = post_case(s, self.base, case_body(n * 1000000 + i), key=key, timeout=self.timeout)
                rec = {"t": t, "dt": time.time() - t, "op": "POST", "status": r.status_code,
                       "ctype": r.headers.get("Content-Type", ""), "body": r.text[:300], "key": key}
                if r.status_code == 201:
                    rec["case"] = r.json()["caseNumber"]
                    with self.lock:
                        self.acked.append(rec["case"])
            except requests.RequestException as e:
                rec = {"t": t, "dt": time.time() - t, "op": "POST", "status": "ERR:" + type(e).__name__, "key": key}
                s = requests.Session()
            with self.lock:
                self.records.append(rec)
            if self.read_back and rec.get("case"):
                t = time.time()
                try:
                    r = s.get(self.base + "/api/cases/" + rec["case"], auth=("clerk", "demo"), timeout=self.timeout)
                    g = {"t": t, "dt": time.time() - t, "op": "GET", "status": r.status_code,
                         "ctype": r.headers.get("Content-Type", ""), "body": r.text[:300]}
                except requests.RequestException as e:
                    g = {"t": t, "dt": time.time() - t, "op": "GET", "status": "ERR:" + type(e).__name__}
                    s = requests.Session()
                with self.lock:
                    self.records.append(g)
            if self.pause:
                time.sleep(self.pause)

    def start(self):
        for n in range(self.threads):
            th = threading.Thread(target=self._run, args=(n,), daemon=True)
            th.start()
            self.workers.append(th)
        return self

    def stop(self):
        self.stop_flag.set()
        for th in self.workers:
            th.join(self.timeout + 5)
