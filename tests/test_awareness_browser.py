"""The app in a real headless Chromium: Thai renders, numbers match the query, charts draw."""

from __future__ import annotations

import pytest

from tests.support.browser import timed_goto, wait_drawn
from tests.support.oracle import ask

pytestmark = pytest.mark.browser


def _rates(db, **params) -> list[str]:
    return [f"{r:.1%}" for r in ask(db, "awareness_by_channel", **params)["rate"]]


def test_awareness_page_renders_thai_and_the_queried_numbers(app_url, browser, demo_db, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    seconds = timed_goto(page, f"{app_url}/awareness", charts=2)
    assert page.get_by_role("heading", name="การรับรู้-รับทราบ ตามช่องทาง").is_visible()
    assert page.get_by_text("ข้อมูลตัวอย่าง / demo data").is_visible()
    shown = page.get_by_test_id("stMetricValue").all_inner_texts()
    # each item: its rate, then the change against a year before (a whole year: no separate period before)
    assert shown[0:6:2] == _rates(demo_db, start="2025-10-01", end="2026-09-30")
    assert page.locator(".js-plotly-plot").count() == 6
    assert page.get_by_test_id("stException").count() == 0
    # Thai glyphs actually rendered (not tofu): a Thai font is installed and used for the heading.
    assert page.evaluate("document.fonts.check('16px Loma', 'การรับรู้')")
    page.screenshot(path=str(artifacts / "awareness-th-1366.png"), full_page=True)
    (artifacts / "awareness-first-render-seconds.txt").write_text(f"{seconds:.2f}\n")
    page.close()


def test_a_shared_link_shows_the_same_numbers(app_url, browser, demo_db, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(f"{app_url}/awareness?fy=2568&round=6&unit=ADM&visitor=information")
    wait_drawn(page)
    shown = page.get_by_test_id("stMetricValue").all_inner_texts()
    assert shown[0:9:3] == _rates(  # each item: rate, vs the period before, vs a year before
        demo_db, start="2024-10-01", end="2025-03-31", units=["ADM"], visitor_type="information"
    )
    assert "unit=ADM" in page.url and "fy=2568" in page.url
    assert page.get_by_text("Page not found").count() == 0
    page.screenshot(path=str(artifacts / "awareness-shared-link.png"), full_page=True)
    page.close()


def test_an_empty_period_shows_a_helpful_message(app_url, browser, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(f"{app_url}/awareness?start=2012-01-01&end=2012-02-01")
    wait_drawn(page)
    assert page.get_by_text("ไม่มีคำตอบในช่วงที่เลือก").is_visible()
    assert page.locator(".js-plotly-plot").count() == 0
    assert page.get_by_test_id("stException").count() == 0
    page.close()
