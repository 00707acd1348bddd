"""Serving the app and driving Debian's Chromium with Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(
    db: Path,
    log_path: Path,
    extra_env: dict | None = None,
    extra_args: list[str] | None = None,
    port: int | None = None,
):
    """Run `streamlit run app.py` on a free loopback port; yield its base URL; stop it afterwards."""
    port = port or free_port()
    env = dict(os.environ)
    env.update(ITA_DB=str(db), ITA_NO_AUTH="1")
    env.update(extra_env or {})
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                *(extra_args or []),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(base + "/_stcore/health", timeout=1)
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"streamlit did not start; see {log_path}") from None
                    time.sleep(0.3)
            yield base
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def wait_drawn(page, timeout_s: float = 60) -> None:
    """Finished = the script is not running, and nothing is still a skeleton or a status spinner."""
    page.wait_for_timeout(250)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(
        state="attached", timeout=timeout_s * 1000
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if (
            page.get_by_test_id("stSkeleton").count() == 0
            and page.get_by_test_id("stStatusWidget").count() == 0
        ):
            return
        page.wait_for_timeout(100)
    raise TimeoutError("page still drawing")
