"""Shared fixtures: every test gets its own database path and respondent secret; DuckDB is real."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test reads or writes the developer's data/ita.duckdb or data/secret.key."""
    monkeypatch.setenv("ITA_DB", str(tmp_path / "ita.duckdb"))
    monkeypatch.setenv("ITA_RESPONDENT_SECRET", "test-secret-not-for-production")
    monkeypatch.setenv(
        "ITA_NO_AUTH", "1"
    )  # sign-in has its own tests (test_access_app.py, test_signin_browser.py)
    monkeypatch.setenv("ITA_ROLES", str(tmp_path / "roles.toml"))
    monkeypatch.setenv("ITA_AUDIT_DB", str(tmp_path / "audit.sqlite"))
    monkeypatch.delenv("ITA_NO_AUTH_REAL_DATA", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return Path(os.environ["ITA_DB"])


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The full deterministic demo database, built once per test session."""
    from etl import demo

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    demo.build(path)
    return path


@pytest.fixture
def served_demo(demo_db, monkeypatch) -> Path:
    """The app reads the shared demo database (read-only use: copy it for a test that writes)."""
    monkeypatch.setenv("ITA_DB", str(demo_db))
    return demo_db


@pytest.fixture
def demo_copy(demo_db, db_path) -> Path:
    """A copy of the demo database as the test's own file (ITA_DB), for tests that write to it."""
    import shutil

    shutil.copyfile(demo_db, db_path)
    return db_path


@pytest.fixture
def open_app(monkeypatch):  # noqa: C901 - one factory: each option is one small branch
    """The one way a test opens the app in Streamlit's AppTest:

        at = open_app("views/reach.py", db=demo_db, user="pr@mdes.go.th", roles={"pr": ["pr@mdes.go.th"]},
                      query={"fy": "2569"}, lang="en")

    page: switched to after app.py's first run (None = the landing page). db: served instead of the test's
    own empty file. user: an e-mail signed in through the `[auth]` secrets (sign-in on: no-auth off);
    signed_in=False with no user = sign-in on and nobody signed in. roles: the roles file, as TOML text or
    {role: [emails]}. query/lang: URL query parameters (read once per session). secrets: more st.secrets.
    run=False: set up, not run. Raises if the script raised (check=False to look at at.exception)."""
    from streamlit.testing.v1 import AppTest

    from tests.support.apptest import APP, AUTH

    def make(
        page: str | None = None,
        *,
        db: Path | None = None,
        user: str | None = None,
        signed_in: bool | None = None,
        roles: str | dict[str, list[str]] | None = None,
        query: dict | None = None,
        lang: str | None = None,
        secrets: dict | None = None,
        timeout: float = 90,
        run: bool = True,
        check: bool = True,
    ) -> AppTest:
        if db is not None:
            monkeypatch.setenv("ITA_DB", str(db))
        if roles is not None:
            if not isinstance(roles, str):
                roles = "[roles]\n" + "".join(
                    f"{json.dumps(r)} = {json.dumps(e)}\n" for r, e in roles.items()
                )
            Path(os.environ["ITA_ROLES"]).write_text(roles, encoding="utf-8")
        at = AppTest.from_file(str(APP), default_timeout=timeout)
        if user is not None or signed_in is not None:
            monkeypatch.delenv("ITA_NO_AUTH", raising=False)
            at.secrets.update(AUTH)
            signed = user is not None and signed_in is not False
            at.user = {"is_logged_in": signed, **({"email": user, "email_verified": True} if signed else {})}
        at.secrets.update(secrets or {})
        for key, value in (query or {}).items():
            at.query_params[key] = value
        if lang is not None:
            at.query_params["lang"] = lang
        if not run:
            return at
        at.run()
        if page is not None:
            at.switch_page(page).run()
        if check:
            assert not at.exception, [e.value for e in at.exception]
        return at

    return make


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser), one per test module."""
    from playwright.sync_api import sync_playwright

    from deploy.chromium import launch

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(scope="module")
def app_url(demo_db, tmp_path_factory):
    """The app served on the demo database (no-auth), one server per test module."""
    from tests.support.browser import serve

    with serve(demo_db, tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def provider():
    """A local OpenID Connect provider (tests/support/oidc_provider.py), one per test module."""
    from tests.support.oidc_provider import OIDCProvider

    p = OIDCProvider().start()
    yield p
    p.stop()


def pytest_terminal_summary(terminalreporter):
    """The reliability suite's tally (tests/support/reliability.py), printed when any of its tests ran."""
    from tests.support import reliability

    if not any(reliability.COUNTS.values()):
        return
    terminalreporter.section("reliability")
    for line in reliability.summary_lines():
        terminalreporter.write_line(line)
