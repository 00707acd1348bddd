"""Hostile free text in real Chromium: HTML, script and markdown links typed into the survey (other
text, unit names, respondent agency), into a sheet's header, and into a trend-chart note are shown as
text. No element is created from them and the browser makes no request beyond the app's own host.
Crafted URLs (SQL-looking unit, reversed and absurd dates, huge lists, an unknown page) break nothing.
"""

from __future__ import annotations

import json

import duckdb
import pytest
from playwright.sync_api import sync_playwright

from deploy.chromium import launch
from etl import load, manual, publish
from tests.support import reliability as rel
from tests.support.browser import serve, wait_drawn

pytest_plugins = ["tests.support.sheets_server"]
pytestmark = pytest.mark.browser

EVIL = "evil.invalid"
PAYLOADS = [
    f'<script>window.__pwned="script"</script><img src="http://{EVIL}/1.png" onerror="window.__pwned=1">',
    f"![pixel](http://{EVIL}/2.png) [click me](http://{EVIL}/3) <a href='http://{EVIL}/4'>a</a>",
    f'"><svg onload="window.__pwned=2"><iframe src="//{EVIL}/5"></iframe> javascript:alert(1) www.{EVIL}',
]
UNIT_NAME = f'<img src="http://{EVIL}/u.png" onerror="window.__pwned=3">![u](http://{EVIL}/u2.png)'
NOTE = f'<a href="http://{EVIL}/n">ข่าว</a><img src="//{EVIL}/n.png">'
REACH_KEY = "1HostileHeaderReachabcdefghijklmnopqrstuvwxyz"
HEADER_PAYLOAD = f"![h](http://{EVIL}/h.png) [h](http://{EVIL}/h2)"


@pytest.fixture
def hostile_db(db_path, tmp_path, sheets_server, monkeypatch):
    rows = []
    for i, text in enumerate(PAYLOADS * 3):
        row = rel.survey_row(i, batch=4)
        row[5] = text  # respondent agency
        row[7] = "อื่นๆ: " + text  # other text
        if i % 3 == 0:
            row[6] = text  # unit as typed (unknown, kept and flagged)
        rows.append(row)
    bad = rel.survey_row(99, batch=4)
    bad[0], bad[6] = "31/2/2568", PAYLOADS[0]  # quarantined: its raw row goes to the admin page
    rows.append(bad)
    load.import_files("responses", [str(rel.write_survey(tmp_path / "hostile.csv", 0, extra=rows))], db_path)
    load.import_files("ita", [str(rel.ROOT / "tests" / "fixtures" / "ita_scores.csv")], db_path)
    with publish.staged(db_path) as con:
        con.execute(
            "INSERT INTO units (code, name_th, name_en, abbr, kind) VALUES ('EVIL', ?, ?, ?, 'central')",
            [UNIT_NAME, UNIT_NAME, "<b>x</b>"],
        )
    first = duckdb.connect(str(db_path), read_only=True).execute("SELECT min(submitted_date) FROM responses")
    manual.add_note(first.fetchone()[0], NOTE, NOTE[:80], "tester", db_path)
    # a sheet whose header carries a markdown image: its "column not found" message names that header
    sheets_server.add_spreadsheet(
        REACH_KEY, [("r", [["เดือน", "แพลตฟอร์ม", "ตัวชี้วัด", HEADER_PAYLOAD], ["ต.ค. 2568", "fb", "reach", "1"]])]
    )
    rel.sheet_world(sheets_server, tmp_path, monkeypatch, REACH_KEY)
    sources = tmp_path / "sources.toml"
    sources.write_text(sources.read_text().replace('kind = "responses"', 'kind = "reach"'))
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    rel.bad_input(len(PAYLOADS) * 3 + 4)
    return db_path


INJECTED_JS = """() => {
  const hits = [];
  for (const el of document.querySelectorAll('script, img, a, iframe, svg, object, embed')) {
    const attrs = Array.from(el.attributes).map(a => a.value).join(' ');
    if (attrs.includes('evil') || el.outerHTML.includes('__pwned')) hits.push(el.outerHTML.slice(0, 200));
  }
  return {hits, pwned: window.__pwned === undefined ? null : String(window.__pwned)};
}"""


def test_hostile_text_is_inert_in_chromium(hostile_db, tmp_path, artifacts):
    foreign: list[str] = []
    with serve(hostile_db, tmp_path / "streamlit.log", extra_env=dict(__import__("os").environ)) as base:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.on(
                "request",
                lambda r: None if r.url.startswith((base, "data:", "blob:")) else foreign.append(r.url),
            )
            findings = {}
            for path in (
                "/awareness?unit=EVIL&start=2000-01-01&end=2200-12-31",
                "/indicator7",
                "/data",
                "/help",
            ):
                page.goto(base + path)
                wait_drawn(page)
                page.wait_for_timeout(300)
                findings[path] = page.evaluate(INJECTED_JS)
                assert page.get_by_test_id("stException").count() == 0, path
                page.screenshot(
                    path=str(artifacts / f"hostile-{path.strip('/').split('?')[0] or 'awareness'}.png")
                )
            # the unit's name is shown, as the very text that was typed
            page.goto(base + "/awareness?unit=EVIL&start=2000-01-01&end=2200-12-31")
            wait_drawn(page)
            # the chosen unit's chip in the sidebar multiselect shows its abbreviation as typed, as text
            shown = page.get_by_test_id("stSidebar").text_content()
            assert "<b>x</b>" in shown, shown[-800:]
            # the admin's refresh meets the hostile header: its message is shown, inert
            page.goto(base + "/data")
            wait_drawn(page)
            page.get_by_role("button", name="ดึงข้อมูลตอนนี้").click()
            wait_drawn(page)
            page.wait_for_timeout(500)
            findings["/data after refresh"] = page.evaluate(INJECTED_JS)
            # the failure's whole reason, in the page's language (Thai), shown as the text it is
            assert page.get_by_text("ไม่พบคอลัมน์ 'value'", exact=False).count() >= 1
            page.screenshot(path=str(artifacts / "hostile-refresh-message.png"), full_page=True)
            _visit_crafted(page, base, [CRAFTED[1], CRAFTED[4]])  # SQL-looking, reversed, huge list
            findings["crafted"] = page.evaluate(INJECTED_JS)
            browser.close()
    injected = {k: v for k, v in findings.items() if v["hits"] or v["pwned"]}
    assert injected == {}, json.dumps(injected, ensure_ascii=False, indent=1)
    assert foreign == [], foreign


CRAFTED = [
    "unit=%27%20OR%201%3D1%20--&visitor=%3Cscript%3E",
    "unit=ADM%27%3B%20DROP%20TABLE%20responses%3B%20--&start=2026-09-30&end=2025-10-01",
    "start=0001-01-01&end=9999-12-31&fy=-1&round=7",
    "fy=99999999999999999999&start=2025-13-45",
    "&".join(["unit=ADM"] * 1500),
    "lang=../../etc/passwd&visitor=" + "x" * 5000,
]


def _visit_crafted(page, base: str, queries: list[str]) -> None:
    for query in queries:
        for path in (f"/awareness?{query}", f"/no-such-page?{query}"):
            rel.bad_input()
            page.goto(base + path)
            wait_drawn(page)
            assert page.get_by_test_id("stException").count() == 0, path[:200]
            metrics = page.get_by_test_id("stMetricValue").count()
            empty = page.get_by_text("ไม่มีคำตอบในช่วงที่เลือก").count()
            assert metrics >= 3 or empty == 1, page.inner_text("body")[:500]


@pytest.mark.soak
def test_every_crafted_link(demo_db, tmp_path):
    """Through the whole stack (Tornado, the URL state, the SQL runner): a page, never an error."""
    before = rel.fingerprint(demo_db)
    with serve(demo_db, tmp_path / "streamlit.log") as base:
        with sync_playwright() as p:
            browser = launch(p)
            _visit_crafted(browser.new_page(), base, CRAFTED)
            browser.close()
    assert rel.fingerprint(demo_db) == before
