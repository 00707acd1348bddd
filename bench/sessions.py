"""Many viewers at once, headless: N concurrent sessions speaking Streamlit's own websocket protocol.

    .venv/bin/python -m bench.sessions --url http://127.0.0.1:8501 --sessions 10 --seconds 30 \
        --pages overview,awareness,compliance --json [--server-pid PID ...]

Each simulated viewer does what a browser does, without drawing anything (so every second measured is
the server's): a *visit* is a GET of the page (through a proxy this is what picks the replica and sets
its sticky cookie), a new websocket session on ``/_stcore/stream`` whose first ``rerun_script`` names
the first page by its URL path, then in-app navigation to each further page by its
``page_script_hash`` (taken from the ``navigation`` message, as the frontend does), sending back the
query string the app wrote. A page's *server time* is from sending the request to the
``script_finished`` message (a run that ends early for a rerun is followed to its final run). A run
that shows an exception element or an error message, ends with a compile error, or takes longer than the timeout counts
as an error. Viewers start new visits until ``--seconds`` have passed (or each makes exactly ``visits``).

With ``--server-pid`` the CPU seconds (user + system, from /proc through psutil) and peak RSS of those
processes (and their children) are sampled, so CPU per view is reported as well: it is far less
sensitive to other load on a shared machine than latency. The client's own CPU (``client_cores``: its
CPU seconds over the wall time) is reported too: on the same machine, it is CPU the servers did not get.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import threading
import time
import urllib.request
from dataclasses import dataclass, field

import psutil
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect

FINISHED = ForwardMsg.ScriptFinishedStatus
DEFAULT_PAGES = "overview,indicator7,awareness,visitor_mix,reach,compliance,data"


@dataclass
class Tally:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    visits: int = 0

    def ok(self, page: str, seconds: float) -> None:
        self.times.setdefault(page, []).append(seconds)

    def fail(self, page: str, why: str) -> None:
        self.errors[page] = self.errors.get(page, 0) + 1
        if len(self.messages) < 20:
            self.messages.append(f"{page}: {why}")


class PageError(Exception):
    pass


class Session:
    """One websocket session: ask for a run, read forward messages until its script has finished."""

    def __init__(self, ws, default_page: str = "overview"):
        self.ws = ws
        self.default_page = default_page  # the page at "/" (its url_pathname is empty)
        self.pages: dict[str, str] = {}  # url path -> page_script_hash
        self.query = ""
        self.elements: list = []

    async def run(self, *, page_name: str = "", page_hash: str = "", timeout: float = 120) -> None:
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query
        cs.page_name = page_name
        cs.page_script_hash = page_hash
        cs.context_info.timezone = "Asia/Bangkok"
        cs.context_info.locale = "th-TH"
        self.elements = []  # this run's new elements, for callers that read what the page showed
        await self.ws.send(msg.SerializeToString())
        deadline = time.monotonic() + timeout
        problem = None
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise PageError(f"no script_finished within {timeout:.0f} s")
            data = await asyncio.wait_for(self.ws.recv(), left)
            fm = ForwardMsg()
            fm.ParseFromString(data)
            kind = fm.WhichOneof("type")
            if kind != "script_finished":
                problem = self._read(fm, kind, problem)
            elif _finished(fm.script_finished, problem):
                return
            # else FINISHED_EARLY_FOR_RERUN: the app asked for a rerun; the final run follows.

    def _read(self, fm: ForwardMsg, kind: str | None, problem: str | None) -> str | None:
        """Take in one message before script_finished; the run's problem so far (the first one counts,
        but "page not found" wins)."""
        if kind == "navigation":
            self.pages = {
                (p.url_pathname or self.default_page): p.page_script_hash for p in fm.navigation.app_pages
            }
        elif kind == "page_info_changed":
            self.query = fm.page_info_changed.query_string
        elif kind == "page_not_found":
            problem = "page not found"
        elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
            element = fm.delta.new_element
            self.elements.append(element)
            problem = problem or _element_problem(element)
        return problem


def _element_problem(element) -> str | None:
    """What is wrong when the page shows this element: a traceback, or the app's friendly error."""
    if element.WhichOneof("type") == "exception":
        return f"exception {element.exception.type}: {element.exception.message[:200]}"
    if element.WhichOneof("type") == "alert" and element.alert.format == Alert.ERROR:
        return f"error shown: {element.alert.body[:200]}"  # "page failed" instead of a traceback
    return None


def _finished(status, problem: str | None) -> bool:
    """True when the run finished for good (PageError if it failed); False for a run cut for a rerun."""
    if status == FINISHED.FINISHED_WITH_COMPILE_ERROR:
        raise PageError("compile error")
    if status == FINISHED.FINISHED_SUCCESSFULLY:
        if problem:
            raise PageError(problem)
        return True
    return False


def _visit_cookie(base: str) -> str:
    """GET the page as a browser would first; return its cookies (a proxy's sticky cookie) as a header."""
    with urllib.request.urlopen(base + "/", timeout=30) as r:
        r.read()
        cookies = r.headers.get_all("Set-Cookie") or []
    return "; ".join(c.split(";", 1)[0] for c in cookies)


async def viewer(
    base: str,
    pages: list[str],
    stop_at: float,
    tally: Tally,
    timeout: float,
    default_page: str,
    visits: int | None,
) -> None:
    ws_url = base.replace("http", "ws", 1) + "/_stcore/stream"
    done = 0
    while (done < visits) if visits else (time.monotonic() < stop_at):
        done += 1
        page = pages[0]
        try:
            cookie = await asyncio.to_thread(_visit_cookie, base)
            headers = {"Cookie": cookie} if cookie else {}
            t0 = time.perf_counter()
            async with connect(
                ws_url,
                subprotocols=["streamlit"],
                additional_headers=headers,
                max_size=None,
                open_timeout=timeout,
                ping_interval=None,
            ) as ws:
                session = Session(ws, default_page)
                await session.run(page_name="" if page == default_page else page, timeout=timeout)
                tally.ok(page, time.perf_counter() - t0)
                tally.visits += 1
                for page in pages[1:]:
                    if not visits and time.monotonic() >= stop_at:
                        break
                    if page not in session.pages:
                        raise PageError(f"no page {page!r} in the navigation")
                    t0 = time.perf_counter()
                    await session.run(page_hash=session.pages[page], timeout=timeout)
                    tally.ok(page, time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - every failure counts as an error of that page
            tally.fail(page, f"{type(exc).__name__}: {exc}")
            await asyncio.sleep(0.5)


class ProcSampler:
    """CPU seconds and peak RSS of the server processes (and children), sampled every 200 ms."""

    def __init__(self, pids: list[int]):
        self.procs = [psutil.Process(p) for p in pids]
        self.peak: dict[int, int] = {p: 0 for p in pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _tree(self, proc):
        try:
            return [proc, *proc.children(recursive=True)]
        except psutil.Error:
            return [proc]

    def cpu(self) -> float:
        total = 0.0
        for proc in self.procs:
            for p in self._tree(proc):
                try:
                    t = p.cpu_times()
                    total += t.user + t.system
                except psutil.Error:
                    pass
        return total

    def _loop(self):
        while not self._stop.wait(0.2):
            for proc in self.procs:
                rss = 0
                for p in self._tree(proc):
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak[proc.pid] = max(self.peak[proc.pid], rss)

    def __enter__(self):
        self.cpu0 = self.cpu()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.cpu_used = self.cpu() - self.cpu0


def pctl(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def measure(
    url: str,
    sessions: int,
    seconds: float,
    pages: list[str],
    server_pids: list[int] | None = None,
    timeout: float = 120,
    default_page: str = "overview",
    visits: int | None = None,
) -> dict:
    """Run the viewers; return per-page p50/p95, views/s, errors, server CPU per view and peak RSS."""
    url = url.rstrip("/")
    tally = Tally()
    load0 = os.getloadavg()
    sampler = ProcSampler(server_pids) if server_pids else None

    async def main():
        stop_at = time.monotonic() + seconds
        await asyncio.gather(
            *(viewer(url, pages, stop_at, tally, timeout, default_page, visits) for _ in range(sessions))
        )

    t0, client0 = time.perf_counter(), time.process_time()
    if sampler:
        with sampler:
            asyncio.run(main())
    else:
        asyncio.run(main())
    wall, client_cpu = time.perf_counter() - t0, time.process_time() - client0
    views = sum(len(v) for v in tally.times.values())
    out = {
        "url": url,
        "sessions": sessions,
        "seconds": seconds,
        "wall_s": round(wall, 2),
        "pages": {},
        "views": views,
        "visits": tally.visits,
        "views_per_s": round(views / wall, 3),
        "errors": sum(tally.errors.values()),
        "error_messages": tally.messages,
        "loadavg_start": [round(x, 2) for x in load0],
        "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        # This client's own CPU: on a shared machine it is what the servers could not use.
        "client_cpu_s": round(client_cpu, 2),
        "client_cores": round(client_cpu / wall, 2),
    }
    for page in pages:
        times = tally.times.get(page, [])
        out["pages"][page] = {
            "n": len(times),
            "p50_s": round(pctl(times, 50), 3) if times else None,
            "p95_s": round(pctl(times, 95), 3) if times else None,
            "max_s": round(max(times), 3) if times else None,
            "errors": tally.errors.get(page, 0),
        }
    if sampler:
        out["server_cpu_s"] = round(sampler.cpu_used, 2)
        out["cpu_per_view_ms"] = round(1000 * sampler.cpu_used / views, 1) if views else None
        out["rss_peak_mb"] = {str(p): round(v / 2**20) for p, v in sampler.peak.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True, help="base URL of the app or of the proxy in front of it")
    ap.add_argument("--sessions", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument(
        "--pages", default=DEFAULT_PAGES, help="URL paths, comma-separated; the first opens a visit"
    )
    ap.add_argument("--server-pid", type=int, action="append", default=[], help="a server process to measure")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--default-page", default="overview", help="the name given to the page at /")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    pages = [p.strip() for p in args.pages.split(",") if p.strip()]
    res = measure(
        args.url, args.sessions, args.seconds, pages, args.server_pid, args.timeout, args.default_page
    )
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        for page, s in res["pages"].items():
            print(f"{page:14} n={s['n']:4} p50={s['p50_s']} p95={s['p95_s']} errors={s['errors']}")
        print(f"views/s={res['views_per_s']} errors={res['errors']} cpu/view={res.get('cpu_per_view_ms')} ms")
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
