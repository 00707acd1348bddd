"""Shared fixtures: every test gets its own database path and respondent secret; DuckDB is real."""

from __future__ import annotations

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
    )  # sign-in has its own tests (test_access.py, test_signin_browser.py)
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


def pytest_terminal_summary(terminalreporter):
    """The reliability suite's tally (tests/support/reliability.py), printed when any of its tests ran."""
    from tests.support import reliability

    if not any(reliability.COUNTS.values()):
        return
    terminalreporter.section("reliability")
    for line in reliability.summary_lines():
        terminalreporter.write_line(line)
