"""Serving the app to a browser test and waiting for a page to finish drawing. Chromium itself is
launched by deploy/chromium.py (shared with bench/)."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

from deploy.serve import free_port, replica


@contextmanager
def serve(
    db: Path,
    log_path: Path,
    extra_env: dict | None = None,
    extra_args: list[str] | None = None,
    port: int | None = None,
):
    """`streamlit run app.py` without sign-in on a free loopback port (deploy/serve.py's replica); yield
    its base URL; stop it afterwards."""
    port = port or free_port()
    env = {"ITA_NO_AUTH": "1", **(extra_env or {})}
    args = ["--browser.gatherUsageStats", "false", *(extra_args or [])]
    with replica(db, port, log_path, env, args):
        yield f"http://127.0.0.1:{port}"


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
