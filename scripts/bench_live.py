"""The live-update benchmark's client (run by scripts/bench-live): signs the demo accounts in,
opens many event streams (`GET /api/v1/events`) on one server, and measures the server's resident
memory per open stream, how long a decision takes to reach its student's stream, and that no
other stream hears of it. Python 3 standard library only: raw HTTP/1.1 over asyncio sockets.

    python3 scripts/bench_live.py --port PORT --pid SERVER_PID --logins LOGINS.jsonl
        [--connections 2000] [--decisions 100]

LOGINS.jsonl is `vaardig demo --json` output. The first assessor listed decides, on the first
student listed (both of the demo's first cohort); every other account but the deciding assessor
holds the other streams: nothing the decisions do is for them. The assessor holds none, since a
decision rightly tells its own streams (`queue`).
"""

import argparse
import asyncio
import collections
import json
import math
import os
import statistics
import sys
import time

HOST = "127.0.0.1"
# The skill decided on: the first skill of module M IT 020 of BO-IT-002, the programme of the
# demo's first cohort. One skill of six, so no unit becomes ready and no coordinator is told.
SKILL = "BO-IT-002.M-IT-020.7.1"
# Streams opened at once (each is a signed-in request: one database read).
OPENING_AT_ONCE = 64
EVENT_TIMEOUT_S = 10.0


class Failure(Exception):
    pass


# --- HTTP/1.1 -------------------------------------------------------------------------------


async def read_head(reader):
    """Status and headers (lower-case name -> list of values) of a response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
        raise Failure(f"not an HTTP/1.x response: {lines[0]!r}")
    headers = collections.defaultdict(list)
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()].append(value.strip())
    return int(parts[1]), headers


def is_chunked(headers):
    return any("chunked" in value.lower() for value in headers.get("transfer-encoding", []))


async def chunks(reader):
    """The chunks of a chunked body, as they arrive; ends after the last chunk."""
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                pass
            return
        data = await reader.readexactly(size)
        await reader.readexactly(2)
        yield data


async def read_body(reader, headers):
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"][0]))
    if is_chunked(headers):
        return b"".join([data async for data in chunks(reader)])
    return await reader.read()


def request_bytes(port, method, path, body=None, cookie=None, accept="application/json"):
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{port}", f"Accept: {accept}"]
    if cookie:
        lines.append(f"Cookie: {cookie}")
    payload = b""
    if body is not None:
        payload = json.dumps(body).encode()
        lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


class Http:
    """One kept-alive connection for plain requests, opened again when the server closed it."""

    def __init__(self, port, cookie=None):
        self.port, self.cookie = port, cookie
        self.reader = self.writer = None

    async def request(self, method, path, body=None):
        for attempt in (1, 2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
            try:
                self.writer.write(request_bytes(self.port, method, path, body, self.cookie))
                await self.writer.drain()
                status, headers = await read_head(self.reader)
                payload = await read_body(self.reader, headers)
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt == 2:
                    raise
                continue
            if any(value.lower() == "close" for value in headers.get("connection", [])):
                self.close()
            return status, headers, payload

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def sign_in(port, email, password):
    """Signs in (argon2: once per account); answers the account and its session cookie."""
    http = Http(port)
    try:
        status, headers, payload = await http.request(
            "POST", "/api/v1/session", {"email": email, "password": password}
        )
    finally:
        http.close()
    if status != 200:
        raise Failure(f"signing in {email}: {status} {payload[:300]!r}")
    cookies = [value.split(";", 1)[0] for value in headers.get("set-cookie", [])]
    cookies = [cookie for cookie in cookies if cookie.partition("=")[2]]
    if not cookies:
        raise Failure(f"signing in {email}: no session cookie")
    return json.loads(payload), "; ".join(cookies)


# --- Event streams ----------------------------------------------------------------------------


class Stream:
    """One open `GET /api/v1/events`: counts the events after `ready`, each with when its chunk
    arrived (`time.perf_counter`); `inbox` (when set) receives them too."""

    def __init__(self, account, cookie, inbox=None):
        self.account, self.cookie, self.inbox = account, cookie, inbox
        self.events = []
        self.closed = False
        self.writer = None
        self.task = None

    async def open(self, port):
        reader, self.writer = await asyncio.open_connection(HOST, port)
        self.writer.write(request_bytes(port, "GET", "/api/v1/events", cookie=self.cookie, accept="text/event-stream"))
        await self.writer.drain()
        status, headers = await read_head(reader)
        if status != 200:
            body = await read_body(reader, headers)
            raise Failure(f"stream of {self.account['email']}: {status} {body[:300]!r}")
        content_type = ",".join(headers.get("content-type", []))
        if not content_type.startswith("text/event-stream"):
            raise Failure(f"stream of {self.account['email']}: content-type {content_type!r}")
        ready = asyncio.get_running_loop().create_future()
        self.task = asyncio.create_task(self.run(reader, headers, ready))
        await asyncio.wait_for(ready, EVENT_TIMEOUT_S)

    async def run(self, reader, headers, ready):
        pending = None  # the event named by the last `event:` line, and when it arrived
        buffer = b""
        try:
            source = chunks(reader) if is_chunked(headers) else raw(reader)
            async for data in source:
                arrived = time.perf_counter()
                buffer += data
                *lines, buffer = buffer.split(b"\n")
                for line in lines:
                    line = line.rstrip(b"\r").decode()
                    if not line:  # the end of an event
                        if pending is not None:
                            self.dispatch(*pending, ready)
                        pending = None
                    elif line.startswith(":"):  # a keep-alive comment
                        continue
                    else:
                        field, _, value = line.partition(":")
                        if field == "event":
                            pending = (value[1:] if value.startswith(" ") else value, arrived)
                        elif pending is None:  # data without a name: a "message" event
                            pending = ("message", arrived)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self.closed = True
            if not ready.done():
                ready.set_exception(Failure(f"stream of {self.account['email']} closed before `ready`"))

    def dispatch(self, name, arrived, ready):
        if name == "ready" and not ready.done():
            ready.set_result(None)
            return
        self.events.append((name, arrived))
        if self.inbox is not None:
            self.inbox.put_nowait((name, arrived))

    def close(self):
        if self.task is not None:
            self.task.cancel()
        if self.writer is not None:
            self.writer.close()


async def raw(reader):
    while data := await reader.read(65536):
        yield data


async def open_streams(port, owners):
    """Opens one stream per (account, cookie) in `owners`, OPENING_AT_ONCE at a time."""
    gate = asyncio.Semaphore(OPENING_AT_ONCE)
    streams = [Stream(account, cookie) for account, cookie in owners]

    async def open_one(stream):
        async with gate:
            await stream.open(port)

    await asyncio.gather(*(open_one(stream) for stream in streams))
    return streams


# --- Measures ------------------------------------------------------------------------------------


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise Failure(f"no {field} for process {pid}")


def open_sockets(pid):
    """The sockets the process holds (its database files and the like left out)."""
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except FileNotFoundError:
            pass
    return count


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def p99(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


async def settle(pid, seconds=1.0):
    """Waits until the server's resident memory stops moving (or `seconds` at most)."""
    last = status_kib(pid, "VmRSS")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await asyncio.sleep(0.25)
        now = status_kib(pid, "VmRSS")
        if now == last:
            break
        last = now
    return last


async def progress_and_notifications(inbox):
    """When the first `progress` and the first `notifications` event in `inbox` arrived."""
    seen = {}
    while "progress" not in seen or "notifications" not in seen:
        name, arrived = await inbox.get()
        seen.setdefault(name, arrived)
    return seen["progress"], seen["notifications"]


async def time_decisions(assessor, student_id, inbox, count, first):
    """Records `count` decisions on the target's skill, "achieved" and "not yet" in turn, each
    awaited until its answer and both its events (`progress`, `notifications`) reached the
    target's stream. Answers the latencies (s) from just before the request is sent to the
    `progress` event, to the `notifications` event, and to the answer."""
    progress, notifications, answers = [], [], []
    for i in range(first, first + count):
        verdict = "achieved" if i % 2 == 0 else "not_yet"
        body = {"student_id": student_id, "skill_ids": [SKILL], "decision": verdict,
                "comment": f"Benchmark {i}: nog te tonen." if verdict == "not_yet" else "", "evidence_ids": []}
        while not inbox.empty():
            inbox.get_nowait()
        heard = asyncio.ensure_future(asyncio.wait_for(progress_and_notifications(inbox), EVENT_TIMEOUT_S))
        await asyncio.sleep(0)  # the waiter takes its place before anything can arrive
        sent = time.perf_counter()
        status, _, payload = await assessor.request("POST", "/api/v1/decisions", body)
        answered = time.perf_counter()
        if status != 201:
            heard.cancel()
            raise Failure(f"decision {i} ({verdict}): {status} {payload[:300]!r}")
        try:
            progress_at, notifications_at = await heard
        except asyncio.TimeoutError:
            raise Failure(f"decision {i}: the target's stream heard nothing within {EVENT_TIMEOUT_S:.0f} s")
        progress.append(progress_at - sent)
        notifications.append(notifications_at - sent)
        answers.append(answered - sent)
    return progress, notifications, answers


def report_latency(label, latencies):
    progress, notifications, answers = latencies
    print(f"{label}: decision -> `progress` event: median {ms(statistics.median(progress))}, "
          f"p99 {ms(p99(progress))}; -> `notifications`: median {ms(statistics.median(notifications))}, "
          f"p99 {ms(p99(notifications))}; the request's answer: median {ms(statistics.median(answers))} "
          f"({len(progress)} decisions)")


async def main(args):
    logins = [json.loads(line) for line in open(args.logins) if line.strip()]
    assessor_login = next(login for login in logins if login["role"] == "assessor")
    target_login = next(login for login in logins if login["role"] == "student")
    other_logins = [login for login in logins if login not in (assessor_login, target_login)]
    if args.connections < 2 or not other_logins:
        raise Failure("needs at least 2 connections and an account besides the target and the assessor")

    # Sign in one at a time: attempts in flight count as failures of the address until they pass.
    accounts = {}
    for login in [assessor_login, target_login, *other_logins]:
        accounts[login["email"]] = await sign_in(args.port, login["email"], login["password"])
    assessor_account, assessor_cookie = accounts[assessor_login["email"]]
    target_account, target_cookie = accounts[target_login["email"]]
    student_id = target_account["id"]
    assessor = Http(args.port, assessor_cookie)

    # One decision with no stream open, so whatever the first decision sets up is not counted.
    status, _, payload = await assessor.request("POST", "/api/v1/decisions", {
        "student_id": student_id, "skill_ids": [SKILL], "decision": "achieved", "comment": "", "evidence_ids": []})
    if status != 201:
        raise Failure(f"warm-up decision: {status} {payload[:300]!r}")

    inbox = asyncio.Queue()
    target = Stream(target_account, target_cookie, inbox)
    await target.open(args.port)
    alone = await time_decisions(assessor, student_id, inbox, args.decisions, 0)

    # Requests at once, as many as streams open at once, so the database pool has grown before
    # the memory is measured.
    async def me():
        http = Http(args.port, target_cookie)
        try:
            await http.request("GET", "/api/v1/me")
        finally:
            http.close()
    await asyncio.gather(*(me() for _ in range(OPENING_AT_ONCE)))

    others = [accounts[login["email"]] for login in other_logins]
    owners = [others[i % len(others)] for i in range(args.connections - 1)]
    await asyncio.sleep(0.5)
    rss_before = await settle(args.pid)
    sockets_before = open_sockets(args.pid)
    opening = time.perf_counter()
    streams = await open_streams(args.port, owners)
    opened_in = time.perf_counter() - opening
    rss_after = await settle(args.pid, 3.0)
    sockets_after = open_sockets(args.pid)
    added = len(streams)
    per_stream = (rss_after - rss_before) / added

    crowded = await time_decisions(assessor, student_id, inbox, args.decisions, args.decisions)
    await asyncio.sleep(1.0)  # anything misdelivered has time to arrive

    print(f"{args.connections} connections: 1 to the target student ({target_login['email']}), "
          f"{added} over {len(others)} other accounts (opened in {opened_in:.1f} s)")
    print(f"server RSS: {mib(rss_before)} with 1 connection -> {mib(rss_after)} with {args.connections}, "
          f"{per_stream:.1f} KiB per connection (server sockets {sockets_before} -> {sockets_after}, "
          f"peak RSS {mib(status_kib(args.pid, 'VmHWM'))})")
    print(f"timed: POST /api/v1/decisions by {assessor_login['email']} on {SKILL} of the target, "
          f"achieved and not_yet in turn, from just before the request is sent to the event's arrival")
    report_latency("with 1 connection open", alone)
    report_latency(f"with {args.connections} connections open", crowded)
    heard = collections.Counter(name for name, _ in target.events)
    decisions = 2 * args.decisions
    print(f"target's stream: {heard['progress']} progress, {heard['notifications']} notifications, "
          f"{sum(heard.values()) - heard['progress'] - heard['notifications']} other events ({decisions} decisions)")
    misdelivered = collections.Counter(
        (stream.account["email"], name) for stream in streams for name, _ in stream.events)
    print(f"events on other connections: {sum(misdelivered.values())}")
    for (email, name), count in sorted(misdelivered.items()):
        print(f"  {email}: {count} x {name}")
    lost = sum(stream.closed for stream in streams) + target.closed
    if lost:
        print(f"connections the server closed during the run: {lost}")

    # Closing the other streams: how soon the server lets go of them.
    closing = time.monotonic()
    for stream in streams:
        stream.close()
    sockets = open_sockets(args.pid)
    while sockets > sockets_before and time.monotonic() - closing < args.close_wait:
        await asyncio.sleep(0.1)
        sockets = open_sockets(args.pid)
    waited = time.monotonic() - closing
    if sockets <= sockets_before:
        verdict = f"the server closed them within {waited:.1f} s"
    else:
        verdict = f"the server still held {sockets - sockets_before} of them after {waited:.0f} s"
    print(f"after closing {added} connections: {verdict} (server sockets {sockets_after} -> {sockets}; "
          f"RSS {mib(status_kib(args.pid, 'VmRSS'))})")
    target.close()
    assessor.close()

    wrong = (heard["progress"] != decisions or heard["notifications"] != decisions
             or sum(heard.values()) != 2 * decisions or misdelivered or lost)
    return 1 if wrong else 0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True, help="the server's process id")
    parser.add_argument("--logins", required=True, help="`vaardig demo --json` output")
    parser.add_argument("--connections", type=int, default=2000)
    parser.add_argument("--decisions", type=int, default=100, help="timed decisions, with 1 and with all connections")
    parser.add_argument("--close-wait", type=float, default=20.0,
                        help="seconds to wait for the server to drop closed streams (its keep-alive is 15 s)")
    return parser.parse_args()


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main(parse_args())))
    except Failure as failure:
        print(f"bench-live: {failure}", file=sys.stderr)
        sys.exit(2)
