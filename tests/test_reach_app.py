"""AppTest: the reach page on the demo database; its numbers equal the queries', gaps stay gaps."""

from __future__ import annotations

import json
from datetime import date

from core import reach as fmt
from tests.support.apptest import plotly_array, rerun
from tests.support.oracle import ask

PAGE = "views/reach.py"


def _summary(db, month: str) -> dict:
    return {r.comparison: r for r in ask(db, "reach_summary", month=month).itertuples()}


def test_default_month_is_the_latest_in_the_period_and_numbers_match(open_app, served_demo):
    at = open_app(PAGE)
    assert at.title[0].value == "การเข้าถึงข่าวสารทางสื่อสังคมออนไลน์"
    assert at.selectbox(key="reach_month").value == date(2026, 9, 1)
    summary = _summary(served_demo, "2026-09-01")
    assert at.metric[0].value == f"{summary['current'].reach_total:,.0f}"
    assert at.metric[1].value == f"{summary['prev_month'].change:+.1%}"
    assert at.metric[2].value == f"{summary['last_year'].change:+.1%}"
    assert "Facebook, YouTube, LINE OA, X (Twitter), TikTok, Instagram" in at.caption[2].value
    assert len(at.get("plotly_chart")) == 3
    assert len(at.tabs) == 6 and at.tabs[0].label == "Facebook"
    monthly = ask(served_demo, "reach_monthly", month="2026-09-01")
    shown = at.tabs[0].dataframe[0].value
    assert shown.iloc[0].tolist() == fmt.platform_rows(monthly, "facebook")[0]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[:3] == ["บันทึก (Word)", "บันทึก (PDF)", "ตัวเลข (Excel)"]
    assert {"ดาวน์โหลด CSV", "CSV (UTF-8 ไม่มี BOM)", "ดาวน์โหลด Excel", "ดาวน์โหลดทั้งหน้า (Excel)"} <= set(labels)


def test_choosing_another_month_changes_the_figures(open_app, served_demo):
    at = open_app(PAGE)
    at.selectbox(key="reach_month").set_value(date(2026, 3, 1))
    rerun(at)
    summary = _summary(served_demo, "2026-03-01")
    assert at.metric[0].value == f"{summary['current'].reach_total:,.0f}"
    assert at.metric[0].label == "การเข้าถึงรวม · มีนาคม 2569"


def test_the_shared_period_bounds_the_months_and_missing_stays_missing(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2567"})  # Oct 2023 - Sep 2024; TikTok opened in April 2024
    box = at.selectbox(key="reach_month")
    assert box.value == date(2024, 9, 1) and len(box.options) == 12
    assert box.options[-1] == fmt.month_long(date(2023, 10, 1))
    box.set_value(date(2023, 10, 1))
    rerun(at)
    summary = _summary(served_demo, "2023-10-01")
    assert at.metric[0].value == f"{summary['current'].reach_total:,.0f}"
    assert "5 แพลตฟอร์ม" in at.caption[2].value and "TikTok" not in at.caption[2].value
    assert at.metric[1].value == "–" and at.metric[2].value == "–"  # nothing before Oct 2023 to compare
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    tiktok = next(tr for tr in spec["data"] if tr["name"] == "TikTok")
    y = plotly_array(tiktok["y"])
    assert all(v is None or v != v for v in y[:6]), f"months before April 2024 must be gaps: {y[:6]}"
    assert all(v > 0 for v in y[6:])


def test_a_period_without_figures_says_so(open_app, served_demo):
    at = open_app(PAGE, query={"start": "2011-01-01", "end": "2011-06-30"})
    assert any("ไม่มีตัวเลขการเข้าถึงในช่วงที่เลือก" in i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 0 and len(at.get("download_button")) == 0


def test_english(open_app, served_demo):
    at = open_app(PAGE, query={"lang": "en"})
    assert at.title[0].value == "Social-media reach"
    assert at.metric[0].label == "Total reach · September 2026"
