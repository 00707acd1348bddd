"""The reach page in real headless Chromium: Thai, the queried total, charts, and a real DOCX download."""

from __future__ import annotations

import pytest
from docx import Document
from playwright.sync_api import sync_playwright

from deploy.chromium import launch
from reports.docx_forms import thai_digits
from tests.support.browser import serve, timed_goto
from tests.support.oracle import ask

pytestmark = pytest.mark.browser


def test_reach_page_draws_and_downloads_the_report(demo_db, tmp_path_factory, artifacts, tmp_path):
    summary = ask(demo_db, "reach_summary", month="2026-09-01")
    monthly = ask(demo_db, "reach_monthly", month="2026-09-01")
    total = f"{summary['reach_total'].iloc[0]:,.0f}"
    with serve(demo_db, tmp_path_factory.mktemp("reach-server") / "streamlit.log") as url:
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
            seconds = timed_goto(page, f"{url}/reach", charts=3)
            assert page.get_by_role("heading", name="การเข้าถึงข่าวสารทางสื่อสังคมออนไลน์").is_visible()
            assert page.get_by_test_id("stMetricValue").first.inner_text() == total
            assert page.locator(".js-plotly-plot").count() == 3
            assert page.get_by_test_id("stException").count() == 0
            page.screenshot(path=str(artifacts / "reach-th-1366.png"), full_page=True)
            (artifacts / "reach-first-render-seconds.txt").write_text(f"{seconds:.2f}\n")
            with page.expect_download(timeout=60_000) as download:
                page.get_by_role("button", name="บันทึก (Word)").click()
            assert download.value.suggested_filename == "reach-report-2026-09.docx"
            saved = tmp_path / "report.docx"
            download.value.save_as(saved)
            browser.close()
    overview = Document(str(saved)).tables[0]
    reach = monthly[monthly["metric"] == "reach"]
    # the memo writes Thai digits, as the official forms do; the same figures as the page
    assert [r.cells[1].text for r in overview.rows[1:]] == [thai_digits(f"{v:,.0f}") for v in reach["value"]]
