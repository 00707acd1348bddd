"""Values from the data never reach markdown: a hostile register row shows as typed, as text, and no
browser request leaves 127.0.0.1 on pages that hold it."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from streamlit.testing.v1 import AppTest

from etl import publish
from i18n import inert

HOSTILE_LINK = "![t](http://evil.example/t.png)"
HOSTILE_EVIDENCE = "javascript:fetch('http://evil.example/x')"
MARKDOWN_ELEMENTS = (
    "markdown",
    "caption",
    "warning",
    "error",
    "info",
    "success",
    "title",
    "header",
    "subheader",
)


@pytest.fixture
def hostile_db(demo_db, tmp_path, monkeypatch):
    """The demo, plus a submission whose link and measure evidence are hostile markdown."""
    db = tmp_path / "hostile.duckdb"
    shutil.copyfile(demo_db, db)
    with publish.staged(db) as con:
        con.execute(
            "INSERT INTO submissions VALUES ('ADM', 'form1', 2569, '6', ?, ?, 'hostile', 999, true)",
            [datetime(2026, 4, 1, 9, 0), HOSTILE_LINK],
        )
        con.execute(
            "INSERT INTO submission_measures VALUES ('ADM', 'form1', 2569, '6', ?, 1, ?, ?)",
            [datetime(2026, 4, 1, 9, 0), HOSTILE_LINK, HOSTILE_EVIDENCE],
        )
    monkeypatch.setenv("ITA_DB", str(db))
    return db


def _markdown_bodies(at: AppTest) -> list[str]:
    bodies = []
    for kind in MARKDOWN_ELEMENTS:
        bodies += [str(getattr(e, "value", "")) for e in at.get(kind)]
    return bodies


def test_rejected_links_reach_no_markdown_element_and_show_as_text(open_app, hostile_db):
    at = open_app("views/compliance.py")
    at.selectbox(key="c_unit").set_value("ADM").run()
    assert not at.exception, [e.value for e in at.exception]
    at.selectbox(key="c_form1").set_value("2026-04-01 09:00:00").run()  # the hostile form 1's measures
    assert not at.exception, [e.value for e in at.exception]
    for body in _markdown_bodies(at):
        assert HOSTILE_LINK not in body and "evil.example" not in body, body
    texts = [e.value for e in at.text]
    assert any(HOSTILE_LINK in v for v in texts), "a rejected link is shown, as plain text"
    assert any(HOSTILE_EVIDENCE in v for v in texts), "so is rejected evidence"


@pytest.mark.parametrize(
    "value",
    [
        HOSTILE_LINK,
        "[x](javascript:alert(1))",
        ":red[big] :material/home:",
        "$x^2$",
        "<img src=x>",
        "**b** _i_ `c`",
    ],
)
def test_inert_escapes_every_markdown_character(value):
    escaped = inert(value)
    for c in value:
        if not c.isalnum() and not c.isspace() and ord(c) < 128:
            assert "\\" + c in escaped, (c, escaped)
    assert escaped.replace("\\", "") == value.replace("\\", "")


@pytest.mark.browser
def test_no_request_leaves_the_machine_on_pages_with_hostile_data(hostile_db, tmp_path):
    from urllib.parse import urlparse

    from playwright.sync_api import sync_playwright

    from deploy.chromium import launch
    from tests.support.browser import serve, wait_drawn

    outside = []
    with serve(hostile_db, tmp_path / "streamlit.log") as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1366, "height": 2400})
        page.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:")
                else None
            ),
        )
        for path in (
            "/compliance?fy=2569&round=6&unit=ADM",
            "/compliance?fy=2569&round=6",
            "/explorer",
            "/data",
        ):
            page.goto(url + path)
            wait_drawn(page)
            page.wait_for_timeout(1500)
        browser.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"


H = "![h](http://evil.example/h.png)"


@pytest.fixture
def hostile_everywhere(hostile_db, tmp_path):
    """Hostile markdown in every stored text a page may show: unit names, free text, sources, notes."""
    with publish.staged(hostile_db) as con:
        con.execute("UPDATE units SET name_th = name_th || ?, abbr = ? WHERE code = 'ADM'", [H, "ก" + H])
        con.execute(
            "UPDATE responses SET other_text = ?, respondent_agency = ?, unit_raw = ? "
            "WHERE response_id IN (SELECT response_id FROM responses ORDER BY response_id LIMIT 50)",
            [H, H, H],
        )
        con.execute("UPDATE load_batches SET source = ?, message = ?", [H, H])
        con.execute("INSERT INTO annotations VALUES (DATE '2026-01-15', ?, ?, 'x', now())", [H, H])
    return hostile_db


@pytest.mark.parametrize(
    "page",
    [
        "overview",
        "indicator7",
        "awareness",
        "visitor_mix",
        "reach",
        "compliance",
        "reports",
        "explorer",
        "data",
        "privacy",
        "ita_admin",
        "help",
    ],
)
def test_no_page_renders_a_stored_value_as_markdown(open_app, page, hostile_everywhere):
    from dashboard.registry import PAGES

    spec = next(p for p in PAGES if p.key == page)
    at = open_app(spec.path, timeout=120)
    for body in _markdown_bodies(at):
        assert H not in body and "evil.example" not in body, f"{page}: {body[:200]}"
    SHOWN[page] = any(H in str(getattr(e, "value", "")) for e in at.get("text")) or any(
        H in e.value.to_csv() for e in at.dataframe if hasattr(e.value, "to_csv")
    )


SHOWN: dict[str, bool] = {}


def test_the_hostile_values_were_on_the_pages_scanned():
    """Runs after the scan (same module, file order): the scan saw the values it guards against."""
    assert len(SHOWN) == 12 and sum(SHOWN.values()) >= 3, SHOWN
