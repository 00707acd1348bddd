"""The compliance page in real Chromium: Thai renders, the rates equal the query's, a screenshot."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from core.compliance import today_bangkok
from deploy.chromium import launch
from tests.support.browser import serve, timed_goto
from tests.support.oracle import ask

pytestmark = pytest.mark.browser


def test_compliance_page_shows_the_queried_rates(demo_db, tmp_path, artifacts):
    with serve(demo_db, tmp_path / "streamlit.log") as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1366, "height": 2600})
        seconds = timed_goto(page, f"{url}/compliance?fy=2569&round=12")
        as_of = today_bangkok()
        rates = ask(demo_db, "compliance_rates", as_of=as_of, fy=2569)
        assert page.get_by_role("heading", name="การส่งรายงานของหน่วยงานถึง ศปท.").is_visible()
        shown = page.get_by_test_id("stMetricValue").all_inner_texts()
        assert shown[:3] == ["–" if r != r else f"{r:.1%}" for r in rates["rate"]]
        assert page.get_by_test_id("stException").count() == 0
        assert page.get_by_text("ดาวน์โหลด Excel").is_visible()
        # the status glyphs render with the installed fonts (no tofu boxes)
        assert page.evaluate("document.fonts.check('16px DejaVu Sans', '✓◷✗…')")
        page.screenshot(path=str(artifacts / "compliance-th-1366.png"), full_page=True)
        (artifacts / "compliance-first-render-seconds.txt").write_text(f"{seconds:.2f}\n")
        browser.close()
