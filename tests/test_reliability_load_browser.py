"""Load (soak): concurrent browser sessions on a 1-million-response database, each opening every page
and changing a filter. Starts at 10 sessions and doubles until the page time bends (p95 over 30 s)
or errors appear; p50/p95 page time, errors and the server's peak memory go to bench/RESULTS.md.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import threading
import time
from pathlib import Path

import pytest

from bench import load_db
from deploy.chromium import launch
from tests.support import reliability as rel
from tests.support.browser import serve

pytestmark = [pytest.mark.soak, pytest.mark.browser]

PAGES = [
    "/",
    "/indicator7",
    "/awareness",
    "/data",
    "/help",
    "/privacy",
    "/ita_admin",
    "/awareness?fy=2568&round=6&unit=ADM",
]
STEPS = (10, 20, 40)
RESULTS = rel.ROOT / "bench" / "RESULTS.md"


async def _drawn(page, timeout_s: float = 180) -> None:
    await page.wait_for_timeout(250)
    await page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(
        state="attached", timeout=timeout_s * 1000
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if (
            await page.get_by_test_id("stSkeleton").count() == 0
            and await page.get_by_test_id("stStatusWidget").count() == 0
        ):
            return
        await page.wait_for_timeout(100)
    raise TimeoutError("page still drawing")


async def _session(browser, base: str, times: list, errors: list) -> None:
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    for path in PAGES:
        t0 = time.perf_counter()
        try:
            await page.goto(base + path, timeout=180_000)
            await _drawn(page)
            if (
                await page.get_by_test_id("stException").count()
                or await page.get_by_test_id("stAlertContentError").count()
            ):
                errors.append(f"{path}: error shown")
        except Exception as exc:  # noqa: BLE001 - a timeout is an error to count, not a reason to stop the others
            errors.append(f"{path}: {type(exc).__name__}")
        times.append(time.perf_counter() - t0)
    await context.close()


async def _step(base: str, sessions: int) -> tuple[list, list]:
    from playwright.async_api import async_playwright

    times: list[float] = []
    errors: list[str] = []
    async with async_playwright() as p:
        browser = await launch(p)
        await asyncio.gather(*(_session(browser, base, times, errors) for _ in range(sessions)))
        await browser.close()
    return times, errors


def _server_pid(port: str) -> int:
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmd = (proc / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"streamlit" in b" ".join(cmd) and port.encode() in cmd:
                return int(proc.name)
    raise RuntimeError("server process not found")


def _rss_mb(pid: int) -> float:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", text)[1]) / 1024


def _write_results(rows: list[dict], responses: int) -> None:
    lines = [
        "## Load",
        "",
        f"Concurrent Chromium sessions (one browser, a context each) against `streamlit run app.py` on the "
        f"2-core machine, database of {responses:,} responses (`python -m bench.load_db`). Each session opens "
        f"every page ({', '.join(PAGES)}), the last one changing the filter. Page time = navigation until the "
        "script has finished and nothing is still drawing. `make soak` (tests/test_reliability_load_browser.py) "
        "rewrites this section.",
        "",
        f"Machine load average when measured: {os.getloadavg()[0]:.1f} (2 cores; other work running shares them, "
        "and the sessions' Chromium runs on the same cores as the server).",
        "",
        "| sessions | pages | p50 page (s) | p95 page (s) | max (s) | errors | server peak RSS (MB) | wall (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['sessions']} | {r['pages']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} | "
            f"{r['errors']} | {r['rss']:.0f} | {r['wall']:.0f} |"
        )
    bend = next((r["sessions"] for r in rows if r["p95"] > 30 or r["errors"]), None)
    lines += [
        "",
        f"Where it bends: {'at ' + str(bend) + ' sessions' if bend else 'not reached at ' + str(rows[-1]['sessions'])}.",
        "",
    ]
    section = "\n".join(lines)
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if "## Load" in old:
        head, _, rest = old.partition("## Load")
        tail = rest[rest.find("\n## ") :] if "\n## " in rest else ""
        new = head + section + tail.lstrip("\n")
    else:
        new = (old.rstrip() + "\n\n" if old.strip() else "# Benchmark results\n\n") + section
    RESULTS.write_text(new, encoding="utf-8")


def test_concurrent_sessions_on_a_million_responses(tmp_path_factory):
    folder = tmp_path_factory.mktemp("load")
    db = folder / "ita.duckdb"
    responses = int(os.environ.get("ITA_LOAD_RESPONSES", "1000000"))
    load_db.build(db, responses)
    rows = []
    with serve(db, folder / "streamlit.log") as base:
        pid = _server_pid(base.rsplit(":", 1)[1])
        for sessions in STEPS:
            peak = [_rss_mb(pid)]
            done = threading.Event()

            def sample(peak=peak, done=done):
                while not done.wait(0.5):
                    peak[0] = max(peak[0], _rss_mb(pid))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            t0 = time.monotonic()
            times, errors = asyncio.run(_step(base, sessions))
            done.set()
            sampler.join()
            q = statistics.quantiles(times, n=20)
            rows.append(
                {"sessions": sessions, "pages": len(times), "p50": statistics.median(times), "p95": q[18],
                 "max": max(times), "errors": len(errors), "rss": peak[0], "wall": time.monotonic() - t0}
            )  # fmt: skip
            print(f"\nload: {rows[-1]} {errors[:3]}")
            if rows[-1]["p95"] > 30 or errors:
                break
    _write_results(rows, responses)
    assert rows[0]["errors"] == 0, "ten sessions must be served without an error"
