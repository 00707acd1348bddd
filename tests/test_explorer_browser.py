"""The explorer in real headless Chromium: a shared link shows the same rows, only one page reaches
the browser, tables have no CSV button of their own, and downloads are safe and audited."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from datetime import date
from urllib.parse import parse_qs, urlsplit

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from core.thaidate import format_datetime
from dashboard.explorer import PAGE_SIZE
from queries import explore
from tests.support.browser import serve, wait_drawn

pytestmark = pytest.mark.browser

LINK = {
    "fy": "2569",
    "ds": "responses",
    "where": "unit_code.eq.ADM",
    "sort": "submitted_at:asc",
    "cols": "submitted_at,unit_code,respondent_agency",
    "pg": "2",
}
FY2569 = {"start": date(2025, 10, 1), "end": date(2026, 9, 30), "units": None, "visitor_type": None}


@pytest.fixture(scope="module")
def served(demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("explorer")
    audit = folder / "audit.sqlite"
    with serve(demo_db, folder / "streamlit.log", {"ITA_AUDIT_DB": str(audit)}) as url:
        yield url, audit


def _query(db, query: dict, page: int):
    view = explore.parse_view(query)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = explore.rows(con, view, FY2569, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return rows, explore.count(con, view, FY2569)
    finally:
        con.close()


def _link(url: str, query: dict) -> str:
    return f"{url}/explorer?" + "&".join(f"{k}={v}" for k, v in query.items())


def test_a_shared_link_shows_the_same_rows_and_only_one_page(served, browser, demo_db, artifacts):
    url, _ = served
    page = browser.new_page(viewport={"width": 1366, "height": 1000})
    page.goto(_link(url, LINK))
    wait_drawn(page)
    want, total = _query(demo_db, LINK, 2)
    assert total > 3 * PAGE_SIZE
    assert page.get_by_role("heading", name=f"พบ {total:,} แถว").is_visible()
    grid = page.locator("[role='grid']").first
    assert grid.get_attribute("aria-rowcount") == str(PAGE_SIZE + 1)  # header + one page, not {total}
    shown = [[c.inner_text() for c in row.locator("td").all()] for row in grid.locator("tbody tr").all()[:8]]
    expected = [
        [
            format_datetime(r.submitted_at.to_pydatetime(), "th"),  # BE with Thai months, Bangkok time
            r.unit_code,
            "" if pd.isna(r.respondent_agency) else str(r.respondent_agency),
        ]
        for r in want.head(8).itertuples()
    ]
    assert shown == expected
    kept = parse_qs(urlsplit(page.url).query)
    assert {k: kept[k][0] for k in LINK} == LINK  # the link stays as shared
    page.get_by_test_id("stDataFrame").hover()
    page.wait_for_timeout(300)
    toolbar = [
        b.get_attribute("aria-label") for b in page.get_by_test_id("stBaseButton-elementToolbar").all()
    ]
    assert toolbar and not any("download" in (label or "").lower() for label in toolbar), toolbar
    page.screenshot(path=str(artifacts / "explorer-shared-link.png"), full_page=True)
    page.close()


def _entries(audit) -> list[dict]:
    con = sqlite3.connect(audit)
    try:
        rows = con.execute("SELECT action, target, detail FROM audit_log ORDER BY rowid").fetchall()
    finally:
        con.close()
    return [{"action": a, "target": t, **json.loads(d)} for a, t, d in rows]


def test_exports_are_safe_typed_and_audited(served, browser, demo_db, tmp_path):
    url, audit = served
    query = {"fy": "2569", "ds": "submissions", "where": "unit_code.eq.ADM"}
    _, total = _query(demo_db, query, 1)
    page = browser.new_page(viewport={"width": 1366, "height": 1000}, accept_downloads=True)
    page.goto(_link(url, query))
    wait_drawn(page)

    def download(label: str, menu: bool = True):
        if menu:
            page.get_by_test_id("stPopover").last.locator("button").first.click()
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name=label).last.click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        page.keyboard.press("Escape")
        return path

    xlsx = download("ดาวน์โหลด Excel")
    with zipfile.ZipFile(xlsx) as z:
        assert not any(
            re.search(rb"<f[ >]", z.read(n)) for n in z.namelist() if n.startswith("xl/worksheets/")
        )
    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value == "รหัส" and sheet.freeze_panes == "A2" and sheet.max_row == total + 1

    csv = download("ดาวน์โหลด CSV")
    assert csv.read_bytes()[:3] == b"\xef\xbb\xbf" and "ADM" in csv.read_text(encoding="utf-8-sig")

    book = download("ดาวน์โหลดทั้งหน้า (Excel)", menu=False)
    workbook = load_workbook(book)
    assert workbook.sheetnames[0] == "รายการส่งออกจากแดชบอร์ด ITA" and len(workbook.sheetnames) == 2
    cover = {r[0].value: r[1].value for r in workbook.worksheets[0].iter_rows()}
    assert cover["ช่วงเวลา"].startswith("ปีงบประมาณ 2569") and cover["แหล่งข้อมูล"]
    assert workbook.worksheets[1].max_row == total + 1
    page.close()

    entries = [e for e in _entries(audit) if e["action"] == "export"]
    formats = [e["format"] for e in entries]
    assert formats[-3:] == ["xlsx", "csv", "xlsx_view"]
    first = entries[-3]
    assert first["rows"] == total and first["dataset"] == "submissions"
    assert first["view"]["where"] == "unit_code.eq.ADM" and first["start"] == "2025-10-01"
    assert entries[-1]["rows"] == total and entries[-1]["page"] == "explorer"
