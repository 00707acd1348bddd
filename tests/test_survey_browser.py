"""The survey pages in a real headless Chromium: a shared link with filters shows the queried numbers;
screenshots of both pages land in test-artifacts/."""

from __future__ import annotations

import duckdb
import pytest

import queries
from core import survey
from tests.support.browser import wait_drawn

pytestmark = pytest.mark.browser
ROUND6 = {"start": "2025-10-01", "end": "2026-03-31"}


def ask(db, name, **params):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return queries.run(con, name, **params)
    finally:
        con.close()


def whole_page(page, path) -> None:
    """Streamlit scrolls inside its main block: grow the window to it, so the PNG holds the whole page."""
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1366, "height": min(int(height) + 40, 12000)})
    page.wait_for_timeout(500)
    page.screenshot(path=str(path))


def test_awareness_shared_link_shows_the_queried_numbers(app_url, browser, demo_db, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(
        f"{app_url}/awareness?fy=2569&round=6&unit=ADM,ACC,P12&visitor=information&item=contact&drill=ACC"
    )
    wait_drawn(page)
    params = {**ROUND6, "units": ["ADM", "ACC", "P12"], "visitor_type": "information"}
    expected = ask(demo_db, "awareness_compare", **params)
    values = page.get_by_test_id("stMetricValue").all_inner_texts()
    assert values[0:7:3] == [f"{r:.1%}" for r in expected["rate"]]  # rate, vs previous, vs a year before
    assert values[1] == f"{expected.iloc[0].prev_rate:.1%} → {expected.iloc[0].rate:.1%}"
    deltas = page.get_by_test_id("stMetricDelta").all_inner_texts()
    changes = [c for r in expected.itertuples() for c in (r.change_prev, r.change_yoy)]
    assert [d.strip() for d in deltas[:6]] == [survey.points(c) for c in changes]
    # the ranking shows only the three chosen units, for the item in the link
    ranked = ask(demo_db, "awareness_by_unit", **params, min_n=30)
    contact = ranked[(ranked["channel"] == "contact") & (ranked["total"] > 0)]
    ranking = page.locator(".js-plotly-plot").nth(2).inner_text()
    for row in contact.itertuples():
        assert f"(n={row.total:,})" in ranking and f"{row.rate:.1%}" in ranking
    assert "unit=ADM%2CACC%2CP12" in page.url or "unit=ADM,ACC,P12" in page.url
    assert "item=contact" in page.url and "drill=ACC" in page.url
    assert page.get_by_test_id("stException").count() == 0
    assert page.evaluate("document.fonts.check('16px Loma', 'ช่องทางร้องเรียน')")
    whole_page(page, artifacts / "survey-awareness-1366.png")
    page.close()


def test_visitor_mix_shared_link_shows_the_queried_numbers(app_url, browser, demo_db, artifacts):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(f"{app_url}/visitor_mix?fy=2569&unit=ADM,P12&search=สื่อ")
    wait_drawn(page)
    params = {"start": "2025-10-01", "end": "2026-09-30", "units": ["ADM", "P12"]}
    mix = ask(demo_db, "visitor_mix", **params)
    assert page.get_by_role("heading", name="ประเภทผู้มาติดต่อ").first.is_visible()
    assert page.get_by_text(f"ผู้ตอบในช่วงที่เลือก: {int(mix['n'].iloc[0]):,} คน").is_visible()
    bars = page.locator(".js-plotly-plot").first.inner_text()
    for row in mix.itertuples():
        assert f"{row.responses:,} ({row.share:.1%})" in bars
    assert page.locator(".js-plotly-plot").count() == 3
    assert page.get_by_test_id("stTextInputRootElement").locator("input").input_value() == "สื่อ"
    assert page.get_by_test_id("stException").count() == 0
    whole_page(page, artifacts / "survey-visitor-mix-1366.png")
    page.close()
