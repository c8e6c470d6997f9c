#!/usr/bin/env python3
"""Resilience: a fuzzing run of malformed and hostile requests against every endpoint.

Every /api operation of the OpenAPI description (/v3/api-docs) plus the Tasklist/engine REST
endpoints the desk relies on gets: wrong types per field, unknown enum values, missing and unknown
fields, SQL/script/template/log injection strings, huge strings and a huge body, invalid UTF-8
(in the body, the path and the query), malformed and deeply nested JSON, wrong content types and
wrong users, and every write endpoint of /engine-rest tried by users who may not write (an auditor,
and the engineer on a front-desk task). Checks: no 5xx and no dropped connections; every refused
write is a 4xx; no stored garbage: row counts of every
application table before/after are explained by the 2xx answers, and every stored case still
satisfies the intake rules (codes, unit/phone patterns, no NUL/U+FFFD/control characters).
The residents' API (/api/resident, issue 18; no account) gets the same, plus multipart reports with
disguised, truncated, empty, oversized and too many photos, and forged, malformed and hostile tokens:
no 5xx, every photo stored belongs to a 201 report, no link without a 201/200 answer.
JSON: bench/results/resilience-fuzz.json.
"""
import argparse, collections, re, json, os, random, socket, sys, threading, time, uuid
sys.path.insert(0, os.path.dirname(__file__))
import requests
from benchlib import *

p = argparse.ArgumentParser()
p.add_argument("--db", default="bench_b_fuzz")
p.add_argument("--port", type=int, default=8281)
p.add_argument("--smtp-port", type=int, default=2625)
p.add_argument("--threads", type=int, default=4)
p.add_argument("--seed", type=int, default=7)
p.add_argument("--no-start", action="store_true", help="fuzz a node that is already running")
a = p.parse_args()
rnd = random.Random(a.seed)

HOSTILE = ["' OR '1'='1", "'; DROP TABLE service_case; --", "1; select pg_sleep(5)--", "\" OR \"\"=\"",
           "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
           "${jndi:ldap://127.0.0.1:1/a}", "#{7*7}", "{{7*7}}", "${7*7}", "../../../../etc/passwd",
           "..%2f..%2fetc%2fpasswd", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\u202eevil", "\ufeff",
           "😀" * 40, "A" * 5000, "Ω" * 3000, "-1", "0", "99999999999999999999", "1e309", "NaN",
           "null", "true", "[]", "{}", "%s%s%s%n", "RS-20261122-0001' --", "*", "%", "_", "\\", "' ;--"]
WRONG_TYPES = [0, -1, 1.5, 10 ** 30, True, False, None, [], [1, 2], {}, {"$ne": 1}, "x" * 300]
UNKNOWN_ENUMS = ["unknown", "REPAIR", "repair ", "Repair", "emergency!", "zh-TW", "xx", "", " "]
ROLE_FOR = [("/api/cases", "POST", "webform"), ("/api/audit", None, "auditor"), ("/api/answers", "POST", "cshead"),
            ("/api/answers", None, "clerk"), ("/api/rota", "POST", "supervisor"), ("/api/rota", "DELETE", "supervisor"),
            ("/api/reports", None, "cshead"), ("/api/complaints", None, "cshead"), ("/api", None, "clerk")]
USERS = ["clerk", "webform", "auditor", "supervisor", "engineer", "cshead", "quality", "manager"]
REFUSED_USERS = ["auditor", "engineer"]  # read only; another group than the front desk's task
# every write endpoint of /engine-rest ({task} etc. are a seed case's front-desk task and its ids);
# the same list as EngineRestRefusalTest
REFUSED_WRITES = [
    ("POST", "/task/{task}/claim", {"userId": "{user}"}), ("POST", "/task/{task}/unclaim", {}),
    ("POST", "/task/{task}/complete", {"variables": {}}), ("POST", "/task/{task}/submit-form", {"variables": {}}),
    ("POST", "/task/{task}/resolve", {}), ("POST", "/task/{task}/assignee", {"userId": "{user}"}),
    ("POST", "/task/{task}/delegate", {"userId": "{user}"}), ("POST", "/task/{task}/bpmnError", {"errorCode": "x"}),
    ("POST", "/task/{task}/bpmnEscalation", {"escalationCode": "x"}), ("PUT", "/task/{task}", {"name": "changed"}),
    ("DELETE", "/task/{task}", None), ("POST", "/task/create", {"id": "stray-task", "name": "stray"}),
    ("POST", "/task/{task}/identity-links", {"groupId": "auditor", "type": "candidate"}),
    ("POST", "/task/{task}/identity-links/delete", {"groupId": "front-desk", "type": "candidate"}),
    ("PUT", "/task/{task}/variables/caseId", {"value": 1, "type": "Long"}),
    ("POST", "/task/{task}/variables", {"modifications": {"x": {"value": 1}}}),
    ("DELETE", "/task/{task}/variables/caseId", None), ("PUT", "/task/{task}/localVariables/x", {"value": 1}),
    ("POST", "/task/{task}/comment/create", {"message": "x"}), ("DELETE", "/task/{task}/comment", None),
    ("DELETE", "/task/{task}/attachment/none", None), ("DELETE", "/process-instance/{instance}", None),
    ("PUT", "/process-instance/{instance}/suspended", {"suspended": True}),
    ("POST", "/process-instance/{instance}/modification", {"instructions": [{"type": "cancel", "activityId": "Task_FrontDeskReview"}]}),
    ("POST", "/process-instance/{instance}/variables", {"modifications": {"x": {"value": 1}}}),
    ("PUT", "/process-instance/{instance}/variables/caseId", {"value": 1, "type": "Long"}),
    ("DELETE", "/process-instance/{instance}/variables/caseId", None),
    ("POST", "/process-instance/delete", {"processInstanceIds": ["{instance}"]}),
    ("PUT", "/process-instance/suspended", {"processInstanceIds": ["{instance}"], "suspended": True}),
    ("POST", "/process-definition/key/resident-request/start", {"variables": {}}),
    ("POST", "/process-definition/key/resident-request/submit-form", {"variables": {}}),
    ("DELETE", "/process-definition/{definition}", None),
    ("PUT", "/process-definition/{definition}/suspended", {"suspended": True}),
    ("PUT", "/process-definition/{definition}/history-time-to-live", {"historyTimeToLive": 1}),
    ("POST", "/process-definition/{definition}/restart", {"processInstanceIds": ["{instance}"]}),
    ("POST", "/message", {"messageName": "x", "businessKey": "y"}), ("POST", "/execution/{instance}/signal", {}),
    ("PUT", "/job/none/retries", {"retries": 1}), ("DELETE", "/incident/none", None),
    ("POST", "/filter/create", {"resourceType": "Task", "name": "mine", "query": {}}),
    ("POST", "/user/create", {"profile": {"id": "intruder"}, "credentials": {"password": "x"}}),
    ("PUT", "/user/clerk/profile", {"id": "clerk", "firstName": "x"}), ("DELETE", "/user/clerk", None),
    ("POST", "/user/clerk/unlock", {}), ("POST", "/group/create", {"id": "intruders"}),
    ("DELETE", "/group/front-desk", None), ("PUT", "/group/front-desk/members/{user}", None),
    ("POST", "/authorization/create", {"type": 1, "permissions": ["ALL"], "userId": "{user}", "resourceType": 0, "resourceId": "*"}),
    ("DELETE", "/history/process-instance/{instance}", None), ("POST", "/history/cleanup", {}),
    ("POST", "/decision-definition/key/triage/evaluate", {"variables": {"category": {"value": "repair"}, "subcategory": {"value": ""}}}),
    ("POST", "/modification/execute", {"processDefinitionId": "{definition}", "instructions": [{"type": "cancel", "activityId": "Task_FrontDeskReview"}], "processInstanceIds": ["{instance}"]}),
    ("POST", "/condition", {"variables": {}}),
]


def role(path, method):
    for prefix, m, user in ROLE_FOR:
        if path.startswith(prefix) and (m is None or m == method):
            return user
    return "clerk"


def valid_case():
    return case_body(rnd.randrange(1000))


records, lock = [], threading.Lock()


def record(kind, method, path, status, note=""):
    with lock:
        records.append({"kind": kind, "method": method, "path": path[:120], "status": status, "note": note[:200]})


def send(s, kind, method, path, user="clerk", body=None, raw=None, ctype="application/json", params=None, headers=None):
    h = {"Idempotency-Key": str(uuid.uuid4())}
    if headers:
        h.update(headers)
    data = raw
    if body is not None and raw is None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    if data is not None and ctype:
        h["Content-Type"] = ctype
    auth = (user, "demo") if user else None
    try:
        r = s.request(method, base + path, data=data, params=params, headers=h, auth=auth, timeout=60)
        record(kind, method, path, r.status_code, r.text[:200] if r.status_code >= 500 else "")
        return r
    except requests.RequestException as e:
        record(kind, method, path, "ERR:" + type(e).__name__)
        return None


def raw_http(kind, request_bytes):
    """Sends raw bytes (invalid UTF-8 in the request line or headers) and reads the status."""
    try:
        with socket.create_connection(("127.0.0.1", a.port), timeout=30) as sock:
            sock.sendall(request_bytes)
            sock.shutdown(socket.SHUT_WR)  # a truncated body ends here instead of leaving the server waiting
            resp = sock.recv(4096)
        # closing a connection whose body was cut short, without an answer, is a correct reaction
        status = int(resp.split(b" ", 2)[1]) if resp.startswith(b"HTTP/") else ("closed" if resp == b"" else "ERR:garbled")
    except (OSError, ValueError, IndexError) as e:
        status = "ERR:" + type(e).__name__
    record(kind, "RAW", request_bytes[:60].decode("latin-1"), status)


def skeleton(schema, components):
    if "$ref" in schema:
        return skeleton(components[schema["$ref"].split("/")[-1]], components)
    t = schema.get("type")
    if t == "object" or "properties" in schema:
        return {k: skeleton(v, components) for k, v in schema.get("properties", {}).items()}
    if "enum" in schema:
        return schema["enum"][0]
    return {"integer": 1, "number": 1, "boolean": True, "array": []}.get(t, "x")


def body_mutations(valid):
    yield "valid-with-extra-field", dict(valid, zzUnknown="x")
    for field in list(valid):
        for v in WRONG_TYPES:
            yield f"wrong-type:{field}", dict(valid, **{field: v})
        for v in HOSTILE:
            yield f"hostile:{field}", dict(valid, **{field: v})
        for v in UNKNOWN_ENUMS:
            yield f"unknown-enum:{field}", dict(valid, **{field: v})
        missing = dict(valid)
        missing.pop(field)
        yield f"missing:{field}", missing


def raw_bodies(valid):
    js = json.dumps(valid, ensure_ascii=False).encode()
    yield "not-json", b"this is not json", "application/json"
    yield "truncated-json", js[: len(js) // 2], "application/json"
    yield "empty-body", b"", "application/json"
    yield "json-array", b"[" + js + b"]", "application/json"
    yield "json-string", b'"hello"', "application/json"
    yield "deep-nesting", b"[" * 50000 + b"]" * 50000, "application/json"
    yield "deep-object", b'{"a":' * 20000 + b"1" + b"}" * 20000, "application/json"
    yield "huge-body-8MB", b'{"description":"' + b"A" * (8 * 1024 * 1024) + b'"}', "application/json"
    yield "huge-field-1MB", json.dumps(dict(valid, description="B" * (1024 * 1024))).encode(), "application/json"
    yield "invalid-utf8", js.replace("厨房".encode(), b"\xff\xfe\xc3\x28"), "application/json"
    yield "invalid-utf8-overlong", js.replace(b"bench", b"\xc0\xaf\xe0\x80\xaf"), "application/json"
    yield "lone-surrogate", js.replace(b"bench", b"\\ud800"), "application/json"
    yield "nul-escape", js.replace(b"bench", b"\\u0000"), "application/json"
    yield "duplicate-keys", js[:-1] + b',"category":"nonsense"}', "application/json"
    yield "latin1-declared", js, "application/json; charset=ISO-8859-1"
    yield "wrong-ctype-text", js, "text/plain"
    yield "wrong-ctype-xml", b"<case><unit>1</unit></case>", "application/xml"
    yield "wrong-ctype-form", b"unit=1-0101&category=repair", "application/x-www-form-urlencoded"
    yield "multipart-garbage", b"--x\r\nContent-Disposition: form-data; name=a\r\n\r\nb\r\n--x--", "multipart/form-data; boundary=x"
    yield "no-ctype", js, None


# ---- the residents' API (issue 18): multipart reports, photos, tokens ------------------------------
def _png(width, height):
    import struct, zlib
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG_1PX = _png(2, 2)
BAD_PHOTOS = [("script.jpg", "image/jpeg", b"<script>alert(1)</script>"),
              ("empty.png", "image/png", b""),
              ("truncated.png", "image/png", PNG_1PX[:30]),
              ("header-only.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 40),
              ("jpeg-garbage.jpg", "image/jpeg", b"\xff\xd8\xff" + os.urandom(4000)),
              ("exif-loop.jpg", "image/jpeg", b"\xff\xd8\xff\xe1\x00\x1eExif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + b"\x00" * 12 + b"\xff\xd9"),
              ("giant-dims.png", "image/png", PNG_1PX[:16] + bytes.fromhex("7fffffff7fffffff") + PNG_1PX[24:]),
              ("fake.heic", "image/heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"Exif\x00\x00MM\x00*\xff\xff\xff\xff"),
              ("exe.png", "image/png", b"MZ" + os.urandom(2000)),
              ("big.jpg", "image/jpeg", b"\xff\xd8\xff" + b"\x00" * (9 * 1024 * 1024))]


def resident_valid(property_code, unit):
    return {"property": property_code, "unit": unit, "residentName": "王芳", "phone": "13800000502",
            "category": "repair", "subcategory": "small", "description": "bench fuzz 厨房漏水",
            "location": "厨房", "language": "zh-CN"}


def send_resident(s, kind, method, path, report=None, photos=(), raw_report=None, json_body=None, token=None, headers=None):
    h = {"Accept-Language": "zh-CN", "Idempotency-Key": str(uuid.uuid4())}
    if token is not None:
        h["X-Resident-Token"] = token
    h.update(headers or {})
    try:
        if method == "POST" and path == "/api/resident/reports":
            files = []
            if report is not None or raw_report is not None:
                part = raw_report if raw_report is not None else json.dumps(report, ensure_ascii=False).encode()
                files.append(("report", ("report.json", part, "application/json")))
            files += [("photos", p) for p in photos]
            r = s.post(base + path, files=files or None, headers=h, timeout=60)
        elif json_body is not None:
            r = s.request(method, base + path, data=json.dumps(json_body, ensure_ascii=False).encode(),
                          headers=dict(h, **{"Content-Type": "application/json"}), timeout=60)
        else:
            r = s.request(method, base + path, headers=h, timeout=60)
        record(kind, method, path, r.status_code, r.text[:200] if r.status_code >= 500 else "")
        return r
    except (requests.RequestException, ValueError) as e:
        record(kind, method, path, "ERR:" + type(e).__name__)
        return None


def fuzz_residents(s, property_code, unit):
    """About 600 requests at /api/resident; returns the photos and links the 2xx answers stored."""
    valid = resident_valid(property_code, unit)
    stored = {"photos": 0, "links": 0, "reports": 0}

    def report(kind, **kw):
        r = send_resident(s, "resident:" + kind, "POST", "/api/resident/reports", **kw)
        if r is not None and r.status_code == 201:
            stored["reports"] += 1
            stored["links"] += 1
            stored["photos"] += r.json().get("photos", 0)
        return r

    for kind, body in body_mutations(valid):
        report(kind.split(":")[0], report=body)
    for kind, raw, ctype in raw_bodies(valid):
        if kind.startswith("huge-body"):
            continue
        report("raw-part:" + kind, raw_report=raw)
    report("no-report-part", photos=[("a.png", PNG_1PX, "image/png")])
    for name, ctype, data in BAD_PHOTOS:
        report("bad-photo", report=valid, photos=[(name, data, ctype)])
    report("seven-photos", report=valid, photos=[(f"p{i}.png", PNG_1PX, "image/png") for i in range(7)])
    report("photo-wrong-declared-type", report=valid, photos=[("a.gif", PNG_1PX, "image/gif")])
    ok = report("valid", report=valid, photos=[("a.png", PNG_1PX, "image/png")])
    token = ok.json()["token"] if ok is not None and ok.status_code == 201 else "x" * 43
    forged = [rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") * 43, "",
              token[:-1], token + "A", token.upper(), "' OR '1'='1", "A" * 10000, "%00" * 20,
              "../../etc/passwd", "null", "Bearer " + token, token.encode().hex()[:43]]
    for t in forged:
        for path in ("/api/resident/case", "/api/resident/case/photos/1"):
            send_resident(s, "resident:forged-token", "GET", path, token=t)
        send_resident(s, "resident:forged-token", "POST", "/api/resident/case/confirmation",
                      json_body={"fixed": True, "satisfaction": "satisfied"}, token=t)
    for pid in ["0", "-1", "99999999999999999999", "abc", "1%00", "%FF", "1.5"]:
        send_resident(s, "resident:photo-id", "GET", "/api/resident/case/photos/" + pid, token=token)
    for kind, body in body_mutations({"fixed": True, "satisfaction": "satisfied", "comment": "ok"}):
        send_resident(s, "resident:confirm-" + kind.split(":")[0], "POST", "/api/resident/case/confirmation",
                      json_body=body, token=token)
    for kind, body in body_mutations({"appealText": "不同意"}):
        send_resident(s, "resident:appeal-" + kind.split(":")[0], "POST", "/api/resident/case/appeal",
                      json_body=body, token=token)
    for kind, body in body_mutations({"caseNumber": "RS-YG-20261126-0001", "phoneLastFour": "0502"}):
        r = send_resident(s, "resident:access-" + kind.split(":")[0], "POST", "/api/resident/access", json_body=body)
        if r is not None and r.status_code == 200:
            stored["links"] += 1
    for code in HOSTILE[:12] + ["YG", "yg", ""]:
        send_resident(s, "resident:property", "GET", "/api/resident/properties/" + requests.utils.quote(code, safe=""))
    return stored


def table_counts():
    tables = [r[0] for r in psql(a.db, "select tablename from pg_tables where schemaname='public' and tablename not like 'act_%' and tablename <> 'desk_schema_history'")]
    return {t: int(scalar(a.db, f'select count(*) from "{t}"')) for t in tables}


base = f"http://127.0.0.1:{a.port}"
node = sink = None
checks, figures = [], {}
try:
    if not a.no_start:
        recreate_db(a.db)
        sink = SmtpSink(a.smtp_port, f"/tmp/bench-smtp-{a.smtp_port}.jsonl").start()
        # one address sends every report: lift the residents' per-address limit for the run
        node = Node(a.db, a.port, a.smtp_port, extra=["--desk.resident.reports-per-hour=1000000"]).start()
    s = requests.Session()
    seed_cases = []
    for i in range(5):
        r = post_case(s, base, case_body(i))
        seed_cases.append(r.json()["caseNumber"])
    time.sleep(2)
    api = s.get(base + "/v3/api-docs", auth=("clerk", "demo"), timeout=30).json()
    components = api.get("components", {}).get("schemas", {})
    before = table_counts()
    # operations: OpenAPI + the engine REST endpoints that Tasklist and the channels use
    ops = []
    for path, item in api["paths"].items():
        for method, op in item.items():
            ops.append((method.upper(), path, op))
    engine_ops = [("GET", "/engine-rest/task", {"parameters": [{"name": "candidateGroup", "in": "query"}, {"name": "maxResults", "in": "query"}, {"name": "sortBy", "in": "query"}]}),
                  ("POST", "/engine-rest/task", {"requestBody": {"x": 1}}),
                  ("GET", "/engine-rest/filter", {"parameters": [{"name": "resourceType", "in": "query"}]}),
                  ("POST", "/engine-rest/filter/{id}/list", {"parameters": [{"name": "id", "in": "path"}, {"name": "firstResult", "in": "query"}]}),
                  ("POST", "/engine-rest/process-definition/key/{key}/start", {"parameters": [{"name": "key", "in": "path"}], "requestBody": {"x": 1}}),
                  ("POST", "/engine-rest/task/{id}/complete", {"parameters": [{"name": "id", "in": "path"}], "requestBody": {"x": 1}}),
                  ("GET", "/engine-rest/process-instance/{id}", {"parameters": [{"name": "id", "in": "path"}]}),
                  ("GET", "/engine-rest/history/process-instance", {"parameters": [{"name": "businessKey", "in": "query"}, {"name": "startedAfter", "in": "query"}]})]
    ops += engine_ops
    counts_by_op = collections.Counter()
    jobs = []  # (kind, method, path, user, body, raw, ctype, params)
    for method, path, op in ops:
        user = role(path, method)
        params = [pp for pp in op.get("parameters", []) if pp.get("in") in ("path", "query")]
        good_path = path
        for pp in params:
            if pp["in"] == "path":
                v = seed_cases[0] if "case" in pp["name"].lower() else ("1-0101" if pp["name"] == "unit" else "1")
                good_path = good_path.replace("{" + pp["name"] + "}", v)
        # path parameters
        for pp in params:
            if pp["in"] != "path":
                continue
            for v in HOSTILE + ["%FF%FE", "%C3%28", "%00", "%2e%2e%2f", "-1", "1.5", "9" * 40]:
                pv = requests.utils.quote(v, safe="%") if not v.startswith("%") else v
                jobs.append(("path-param", method, path.replace("{" + pp["name"] + "}", pv[:3000]), user, None, None, None, None))
        # query parameters
        for pp in params:
            if pp["in"] != "query":
                continue
            for v in HOSTILE + WRONG_TYPES[:4] + UNKNOWN_ENUMS + ["2026-13-45", "2026-11-01T25:00", "-5", "100000"]:
                jobs.append(("query-param", method, good_path, user, None, None, None, {pp["name"]: str(v)}))
            jobs.append(("query-invalid-utf8", method, good_path + f"?{pp['name']}=%FF%FE%C3%28", user, None, None, None, None))
        # bodies
        if "requestBody" in op:
            if path == "/api/cases":
                valid = valid_case()
            elif "content" in op["requestBody"]:
                sch = next(iter(op["requestBody"]["content"].values())).get("schema", {})
                valid = skeleton(sch, components)
                if not isinstance(valid, dict):
                    valid = {"value": valid}
            else:
                valid = {"variables": {"caseId": {"value": 1, "type": "Long"}}}
            for kind, body in body_mutations(valid):
                jobs.append(("body:" + kind.split(":")[0], method, good_path, user, body, None, None, None))
            for kind, raw, ctype in raw_bodies(valid):
                jobs.append(("raw:" + kind, method, good_path, user, None, raw, ctype, None))
        # wrong users and wrong methods
        for u in USERS + [None]:
            jobs.append(("wrong-user", method, good_path, u, None, None, None, None))
        for m in ("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"):
            if m != method:
                jobs.append(("wrong-method", m, good_path, user, None, None, None, None))
    # every /engine-rest write, as users who may not make it, on a seed case's front-desk task
    # the seed case's first task: the front desk's, or the control centre's after front-desk hours
    task = s.get(base + "/engine-rest/task", params={"processInstanceBusinessKey": seed_cases[1]},
                 auth=("admin", "admin"), timeout=30).json()[0]
    ids = {"{task}": task["id"], "{instance}": task["processInstanceId"], "{definition}": task["processDefinitionId"]}
    for user in REFUSED_USERS:
        for method, template, body in REFUSED_WRITES:
            path, text = template, json.dumps(body) if body is not None else None
            for key, value in dict(ids, **{"{user}": user}).items():
                path = path.replace(key, value)
                text = text.replace(key, value) if text else text
            jobs.append(("refused-write", method, "/engine-rest" + path, user, None,
                         text.encode() if text else None, "application/json" if text else None, None))
    rnd.shuffle(jobs)
    log(f"{len(jobs)} HTTP requests over {len(ops)} operations, {a.threads} threads")
    t0 = time.time()
    q, qlock = list(jobs), threading.Lock()

    def worker():
        ss = requests.Session()
        while True:
            with qlock:
                if not q:
                    return
                kind, method, path, user, body, raw, ctype, params = q.pop()
            send(ss, kind, method, path, user=user, body=body, raw=raw, ctype=ctype if (body is not None or raw is not None) else None, params=params)

    ths = [threading.Thread(target=worker) for _ in range(a.threads)]
    [t.start() for t in ths]
    [t.join() for t in ths]
    properties = s.get(base + "/api/resident/properties", timeout=30).json()
    # the demo's 阳光花园 has the units of case_body(); a report must name a unit of the register
    codes = [p["code"] for p in properties]
    resident_stored = fuzz_residents(requests.Session(), "YG" if "YG" in codes else (codes or ["MAIN"])[0],
                                     case_body(0)["unit"])
    # raw requests: invalid UTF-8 in the request line and headers, bad framing
    auth = b"Authorization: Basic " + __import__("base64").b64encode(b"clerk:demo") + b"\r\n"
    for raw in [b"GET /api/cases/\xff\xfe HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
                b"GET /api/cases?category=\xc3\x28 HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
                b"GET /api/cases HTTP/1.1\r\nHost: x\r\nX-Bad: \xff\xfe\r\n" + auth + b"\r\n",
                b"POST /api/cases HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n" + auth + b"\r\n",
                b"POST /api/cases HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Type: application/json\r\n" + auth + b"\r\n{\"a\"",
                b"POST /api/cases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n" + auth + b"\r\nzz\r\n",
                b"GET /api/cases/../../etc/passwd HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
                b"GET /api/cases/%2e%2e/%2e%2e/actuator HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
                b"GET /api/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \xff\xfe\xfd\r\n\r\n",
                b"GET /api/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + b"A" * 20000 + b"\r\n\r\n",
                b"\xff\xfe GARBAGE\r\n\r\n"] * 5:
        raw_http("raw-http", raw)
    elapsed = time.time() - t0
    time.sleep(3)
    after = table_counts()
    by_status = collections.Counter(str(r["status"]) for r in records)
    fivexx = [r for r in records if isinstance(r["status"], int) and r["status"] >= 500]
    errs = [r for r in records if str(r["status"]).startswith("ERR")]
    created_cases = sum(1 for r in records if r["method"] == "POST" and r["path"] in ("/api/cases", "/api/resident/reports")
                        and r["status"] == 201)
    resident = [r for r in records if r["kind"].startswith("resident:")]
    delta = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t, 0)}
    ok_2xx_writes = collections.Counter(r["path"].split("?")[0] for r in records
                                        if r["method"] in ("POST", "PUT", "DELETE", "PATCH") and isinstance(r["status"], int) and 200 <= r["status"] < 300)
    garbage = psql(a.db, r"""select case_number, 'bad code/pattern' from service_case where
          channel not in ('phone','email','walk-in','letter','online','app','security-control','patrol','suggestion-box')
       or category not in ('medical-emergency','repair','complaint','inquiry','public-safety','disaster','everyday-help','challenge','suggestion','special-service')
       or unit !~ '^[0-9A-Za-z-]{1,20}$' or phone !~ '^\+?[0-9 -]{5,20}$' or language not in ('zh-CN','en')
       or (subcategory is not null and subcategory !~ '^[a-z0-9-]*$')
      union all select case_number, 'control char / U+FFFD / blank' from service_case where
          description ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\ufffd]' or resident_name ~ '[\x01-\x1f\ufffd]' or location ~ '[\x01-\x1f\ufffd]'
       or btrim(description) = '' or btrim(resident_name) = '' or btrim(location) = ''
      union all select case_number, 'too long' from service_case where length(description) > 2000 or length(location) > 200""")
    unexplained = {t: d for t, d in delta.items() if t not in ("service_case", "case_event", "deadline_clock", "outbox_message",
                   "intake_idempotency", "case_number_counter", "audit_read", "case_photo", "resident_link")}
    figures = {"requests": len(records), "operations": len(ops), "seconds": round(elapsed, 1), "byStatus": dict(by_status),
               "fiveXX": fivexx[:200], "fiveXXByPathAndKind": dict(collections.Counter(
                   (r["method"] + " " + re.sub(r"/engine-rest/(task|filter|process-instance)/[^/]+", r"/engine-rest/\1/{id}", r["path"].split("?")[0]) + " [" + r["kind"] + "]") for r in fivexx)), "connectionErrors": errs[:30], "rowDeltas": delta, "casesCreated201": created_cases,
               "successfulWritesByPath": dict(ok_2xx_writes), "garbageRows": garbage[:30],
               "residentRequests": len(resident), "residentStored": resident_stored,
               "byKind": {k: dict(collections.Counter(str(r["status"]) for r in records if r["kind"] == k))
                          for k in sorted({r["kind"] for r in records})}}
    checks += [
        ("thousands of requests", len(records) >= 2000, f"{len(records)} requests, {len(ops)} operations"),
        ("no 5xx on /api (the desk's code)", not [r for r in fivexx if not r["path"].startswith("/engine-rest")],
         f"{sum(1 for r in fivexx if not r['path'].startswith('/engine-rest'))} x 5xx"),
        ("no 5xx on /engine-rest (Camunda REST)", not [r for r in fivexx if r["path"].startswith("/engine-rest")],
         f"{sum(1 for r in fivexx if r['path'].startswith('/engine-rest'))} x 5xx"),
        ("no dropped connections", not errs, f"{len(errs)} errors"),
        ("every refused /engine-rest write is a 4xx",
         all(isinstance(r["status"], int) and 400 <= r["status"] < 500 for r in records if r["kind"] == "refused-write"),
         f"{sum(1 for r in records if r['kind'] == 'refused-write')} writes by {', '.join(REFUSED_USERS)}: "
         + json.dumps(dict(collections.Counter(str(r['status']) for r in records if r['kind'] == 'refused-write')))),
        ("new cases == 201 answers", delta.get("service_case", 0) == created_cases, f"{delta.get('service_case', 0)} rows / {created_cases} x 201"),
        ("no other table changed without a 2xx write", all(ok_2xx_writes for _ in unexplained) if unexplained else True, json.dumps(unexplained)),
        ("no malformed case stored", not garbage, f"{len(garbage)} rows"),
        ("residents' API: hundreds of requests, valid reports accepted, no 5xx, no dropped connection",
         len(resident) >= 300 and resident_stored["reports"] > 0 and not [r for r in resident if not (isinstance(r["status"], int) and r["status"] < 500)],
         f"{len(resident)} requests: " + json.dumps(dict(collections.Counter(str(r['status']) for r in resident)))),
        ("every stored photo and link belongs to a 2xx answer",
         delta.get("case_photo", 0) == resident_stored["photos"]
         and resident_stored["links"] <= delta.get("resident_link", 0) <= resident_stored["links"] + created_cases,
         f"{delta.get('case_photo', 0)} photos / {resident_stored['photos']} in 201s; "
         f"{delta.get('resident_link', 0)} links / {resident_stored['links']} given out + one per new case's acknowledgement"),
    ]
finally:
    if node:
        node.stop()
    if sink:
        sink.stop()
verdict = "PASS" if checks and all(c[1] for c in checks) else "FAIL"
table(f"Fuzzing — {verdict}", [(c[0], "ok" if c[1] else "FAIL", c[2]) for c in checks], ["check", "result", "figure"])
print("by status:", figures.get("byStatus"))
for k, v in sorted(figures.get("fiveXXByPathAndKind", {}).items()):
    print(f"5xx x{v}: {k}")
for r in figures.get("connectionErrors", [])[:10]:
    print("err:", r)
write_json("resilience-fuzz", {"scenario": "fuzz", "verdict": verdict, "figures": figures,
           "checks": [{"check": c[0], "ok": c[1], "figure": c[2]} for c in checks]})
sys.exit(0 if verdict == "PASS" else 1)
