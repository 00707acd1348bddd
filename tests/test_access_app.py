"""AppTest: sign-in gate, deny by default, the per-page guard for every role, no-auth rules, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.roles import ROLES
from dashboard import access
from dashboard.registry import PAGES
from i18n import inert
from runtime import audit
from tests.support.apptest import AUTH, texts

ROLES_TOML = (
    "\n".join(["[roles]"] + [f'{r} = ["{r}@mdes.go.th"]' for r in ROLES]) + '\n[contact]\ntext = "โทร 1111"\n'
)


@pytest.fixture
def signed_in_app(open_app, demo_db):
    """Sign-in on, one account per role (ROLES_TOML); email None = nobody signed in."""

    def make(email: str | None, **options) -> AppTest:
        return open_app(db=demo_db, user=email, signed_in=email is not None, roles=ROLES_TOML, **options)

    return make


def test_signed_out_sees_only_the_sign_in_button(signed_in_app):
    at = signed_in_app(None)
    assert [b.label for b in at.button] == ["เข้าสู่ระบบ"]
    assert len(at.metric) == 0 and len(at.get("plotly_chart")) == 0


def test_signed_in_without_a_role_sees_whom_to_ask_and_no_data(signed_in_app):
    at = signed_in_app("stranger@gmail.com")
    assert inert("stranger@gmail.com") in texts(at) and "โทร 1111" in texts(at)  # shown literally
    assert len(at.metric) == 0 and len(at.get("plotly_chart")) == 0


# Who may open what, written out independently of dashboard/registry.py so a registry change that
# opens a page to the wrong role fails here. (The starting map; analysts see all but admin.)
EXPECTED = {
    "overview": set(ROLES),
    "indicator7": set(ROLES),
    "awareness": set(ROLES),
    "data": {"admin"},
    "import": {"admin", "pr", "acc"},
    "privacy": {"admin"},
    "ita_admin": {"admin"},
    "help": set(ROLES) | {"unit"},
    "my_unit": {"unit"},
    "compliance": {"acc", "executive", "analyst", "admin"},
    "reach": {"pr", "executive", "analyst", "admin"},
    "reports": {"acc", "analyst", "admin"},
    "visitor_mix": set(ROLES),
    "explorer": {"analyst", "admin"},
}


def test_the_expected_map_covers_every_page():
    assert set(EXPECTED) == {p.key for p in PAGES}
    assert all(set(p.roles) == EXPECTED[p.key] for p in PAGES)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.key)
def test_every_page_for_every_role(signed_in_app, role, page):
    at = signed_in_app(f"{role}@mdes.go.th", page=page.path)
    refused = "ไม่มีสิทธิ์เปิดหน้านี้" in texts(at)
    assert refused == (role not in EXPECTED[page.key]), (role, page.key)
    if refused:
        assert len(at.metric) == 0 and len(at.dataframe) == 0 and len(at.get("plotly_chart")) == 0
        assert audit.recent()[0]["action"] == "denied"


def test_views_of_audited_pages_are_logged(signed_in_app):
    signed_in_app("admin@mdes.go.th", page="views/data_admin.py")
    entry = audit.recent()[0]
    assert (entry["who"], entry["action"], entry["target"]) == ("admin@mdes.go.th", "view", "data")


def test_weak_cookie_secret_stops_the_app(signed_in_app):
    at = signed_in_app("admin@mdes.go.th", run=False)
    at.secrets["auth"] = AUTH["auth"] | {"cookie_secret": "changeme"}
    at.run()
    assert "cookie_secret" in texts(at) and len(at.metric) == 0


def test_no_auth_is_refused_on_real_data_without_the_override(open_app, db_path, monkeypatch, tmp_path):
    from etl import load

    csv = tmp_path / "r.csv"
    csv.write_text(
        "ประทับเวลา,หน่วยงานที่ติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต\n"
        "1/11/2568 9:00:00,กองกลาง,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ\n",
        encoding="utf-8",
    )
    load.import_files("responses", [str(csv)], db_path)
    at = open_app()
    assert "ITA_NO_AUTH_REAL_DATA" in texts(at) and len(at.metric) == 0
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    at = open_app()
    assert len(at.metric) >= 3
    assert any("โหมดไม่ต้องเข้าสู่ระบบ" in w.value for w in at.warning), "no-auth mode must say so on every page"


def test_neither_sign_in_nor_no_auth_refuses(open_app, demo_db, monkeypatch):
    monkeypatch.setenv("ITA_DB", str(demo_db))
    monkeypatch.delenv("ITA_NO_AUTH")
    at = open_app()
    assert "[auth]" in texts(at) and len(at.metric) == 0


@pytest.mark.parametrize(
    "secret",
    [
        "0123456789abcdef" * 4,  # 64 characters, 16 distinct: passed the old length-and-distinct check
        "0123456789abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "qwertyuiopasdfghjklzxcvbnm1234567890",
        "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-",
        "changeme",
    ],
)
def test_a_low_entropy_cookie_secret_is_weak(secret):
    assert access.weak_cookie_secret(secret)


def test_generated_cookie_secrets_pass():
    import secrets

    assert not any(access.weak_cookie_secret(secrets.token_hex(32)) for _ in range(500))
    assert not any(access.weak_cookie_secret(secrets.token_urlsafe(32)) for _ in range(500))


def _real_rows(tmp_path):
    csv = tmp_path / "real.csv"
    csv.write_text(
        "ประทับเวลา,หน่วยงานที่ติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต\n"
        "1/11/2568 9:00:00,กองกลาง,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ\n",
        encoding="utf-8",
    )
    return csv


@pytest.mark.parametrize("kind_file", ["responses", "cli"])
def test_real_rows_are_refused_by_a_demo_database(open_app, kind_file, db_path, tmp_path):
    """No-auth mode serves a demo database to anyone: real rows must never land in one."""
    import subprocess
    import sys

    from etl import demo, load

    demo.build(db_path, scale=0.02)
    before = db_path.read_bytes()
    if kind_file == "cli":
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "etl",
                "import",
                "responses",
                str(_real_rows(tmp_path)),
                "--db",
                str(db_path),
            ],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 2
        assert "--db" in done.stderr and "demo" in done.stderr and "ข้อมูลตัวอย่าง" in done.stderr
    else:
        with pytest.raises(load.InputProblem, match="start a new database"):
            load.import_files("responses", [str(_real_rows(tmp_path))], db_path)
    assert db_path.read_bytes() == before
    at = open_app()
    assert any("ข้อมูลตัวอย่าง" in w.value for w in at.warning)  # still the demo, banner and all


def test_ita_scores_entered_in_the_app_are_refused_by_a_demo_database(db_path):
    from etl import demo, manual

    demo.build(db_path, scale=0.02)
    with pytest.raises(manual.InputProblem, match="demo"):
        manual.save_scores(2569, {7: 84.0}, "admin@x", db_path)


@pytest.mark.parametrize(("address", "expected"), [(None, "127.0.0.1"), ("0.0.0.0", "0.0.0.0")])
def test_make_run_listens_on_this_machine_unless_told(address, expected, tmp_path):
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "ADDRESS"} | ({"ADDRESS": address} if address else {})
    env["ITA_DB"] = str(tmp_path / "none.duckdb")
    done = subprocess.run(
        ["make", "-n", "-W", ".venv/.runtime", "run"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        env=env,
    )
    line = next(ln for ln in done.stdout.splitlines() if "streamlit run" in ln)
    assert f"--server.address {expected}" in line


@pytest.mark.parametrize("claim", [False, "false", None])
def test_an_unverified_or_unproven_email_is_refused(claim, signed_in_app):
    at = signed_in_app("admin@mdes.go.th", run=False)
    at.user = {"is_logged_in": True, "email": "admin@mdes.go.th", "email_verified": claim}
    at.run()
    assert "ยังไม่ได้ยืนยันอีเมล" in texts(at) and len(at.metric) == 0
    assert audit.recent()[0]["action"] == "denied"


def test_a_provider_that_never_sends_the_claim_can_be_allowed(signed_in_app, tmp_path, monkeypatch):
    settings = tmp_path / "settings.toml"
    settings.write_text("[signin]\nallow_missing_email_verified = true\n", encoding="utf-8")
    monkeypatch.setenv("ITA_SETTINGS", str(settings))
    at = signed_in_app("admin@mdes.go.th", run=False)
    at.user = {"is_logged_in": True, "email": "admin@mdes.go.th"}
    at.run()
    assert len(at.metric) >= 3
    at.user = {"is_logged_in": True, "email": "admin@mdes.go.th", "email_verified": False}
    at.run()
    assert len(at.metric) == 0


def test_the_audit_log_lists_the_latest_entry_first_within_one_second(monkeypatch):
    """Entries are stamped to the second: a page view and the purge it led to share one stamp."""
    from datetime import datetime

    monkeypatch.setattr(audit, "bangkok_now", lambda: datetime(2026, 12, 2, 9, 0, 0))
    audit.record("admin@mdes.go.th", ["admin"], "view", "privacy")
    audit.record("admin@mdes.go.th", ["admin"], "purge", "responses")
    assert [e["action"] for e in audit.recent()[:2]] == ["purge", "view"]
