"""Serving the app to a browser test (with or without sign-in), signing a person in, and waiting for a page
to finish drawing. Chromium itself is launched by deploy/chromium.py (shared with bench/)."""

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


@contextmanager
def serve_signed_in(db: Path, folder: Path, provider, roles: str):
    """`serve` with sign-in on against `provider` (tests/support/oidc_provider.py): the `[auth]` secrets,
    the roles file (TOML text) and the audit log written into folder; yield its base URL."""
    port = free_port()
    secrets = folder / "secrets.toml"
    secrets.write_text(
        f"""[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "9c2f7e1a4b8d03c6e5f7a9b1d3c5e7f9a0b2c4d6e8f0a1b3"
client_id = "{provider.client_id}"
client_secret = "{provider.client_secret}"
server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"
""",
        encoding="utf-8",
    )
    roles_file = folder / "roles.toml"
    roles_file.write_text(roles, encoding="utf-8")
    env = {
        "ITA_NO_AUTH": "0",
        "ITA_ROLES": str(roles_file),
        "ITA_AUDIT_DB": str(folder / "audit.sqlite"),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    with serve(db, folder / "streamlit.log", env, ["--secrets.files", str(secrets)], port) as url:
        yield url


def sign_in(browser, provider, url: str, email: str, height: int = 900):
    """A new browser context signed in at url as email through `provider`'s sign-in: (context, page)."""
    context = browser.new_context(viewport={"width": 1366, "height": height})
    page = context.new_page()
    provider.next_email = email
    page.goto(url)
    wait_drawn(page)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(url + "/**", timeout=60_000)
    wait_drawn(page)
    return context, page


def timed_goto(page, url: str, charts: int = 0) -> float:
    """Open url and wait until it is drawn (and its first `charts` plotly charts are there): the seconds."""
    t0 = time.monotonic()
    page.goto(url)
    wait_drawn(page)
    if charts:
        page.locator(".js-plotly-plot").nth(charts - 1).wait_for(timeout=30_000)
    return time.monotonic() - t0


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
