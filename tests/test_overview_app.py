"""The executive overview: readings from query rows, missing data said as such, one printed A4 page."""

from __future__ import annotations

import re
import subprocess

import pandas as pd
import pytest
from playwright.sync_api import sync_playwright

from charts import awareness as awareness_builders
from core import overview
from deploy.chromium import launch
from tests.support.browser import serve, wait_drawn
from tests.support.oracle import ask


def _trend(scores):
    return pd.DataFrame(
        {
            "fiscal_year": [2565 + i for i in range(len(scores))],
            "score": scores,
            "grade": ["A"] * len(scores),
            "is_demo": [False] * len(scores),
        }
    )


@pytest.mark.parametrize(
    "scores, value, fragment",
    [
        ([80.29, 83.0], "83.00", "สูงกว่าฐานปี 2565 (80.29) อยู่ 2.71"),
        ([80.29, 79.5], "79.50", "ต่ำกว่า"),
        ([80.29], "80.29", "เท่ากับฐาน"),
    ],
)
def test_indicator7_reading(scores, value, fragment):
    shown, line = overview.indicator7_reading(_trend(scores), 80.29, "th")
    assert shown == value and fragment in line


@pytest.mark.parametrize(
    "scores, parts",
    [
        ([80.29, 83.0], ["ยังต่ำกว่าเป้าหมาย 85.00 อยู่ 2.00", "แนวโน้ม ▲ ดีขึ้น 2.71 จากปีก่อน"]),
        ([86.0, 85.5], ["ถึงเป้าหมาย 85.00 แล้ว", "แนวโน้ม ▼ ลดลง 0.50 จากปีก่อน"]),
        ([84.0, 84.0], ["ยังต่ำกว่าเป้าหมาย 85.00 อยู่ 1.00", "แนวโน้ม ● ทรงตัวจากปีก่อน"]),
        ([84.0], ["ยังต่ำกว่าเป้าหมาย 85.00 อยู่ 1.00"]),
    ],
)
def test_indicator7_card_names_the_target_and_the_trend(scores, parts):
    _, line = overview.indicator7_reading(_trend(scores), 80.29, "th", target=85.0)
    assert line.split(" · ")[1:] == parts


def test_attention_names_the_weakest_item_and_what_is_overdue():
    yearly = pd.DataFrame(
        {
            "fiscal_year": [2568, 2569, 2569, 2569],
            "channel": ["complaint", "news", "contact", "complaint"],
            "total": [100, 100, 100, 100],
            "rate": [0.40, 0.80, 0.62, 0.70],
        }
    )
    status = pd.DataFrame(
        {"unit_code": ["A", "A", "B", "C"], "status": ["missing", "missing", "missing", "on_time"]}
    )
    line = overview.attention(yearly, status, "th")
    assert line == "การรับรู้ที่ต่ำที่สุด: ช่องทางติดต่อ-สอบถาม-ข้อเสนอแนะ (62.0%) · รายงานค้างส่ง 3 รายการ จาก 2 หน่วยงาน"
    assert overview.attention(yearly, status[status["status"] != "missing"], "en").endswith(
        "no report overdue"
    )
    assert overview.attention(yearly.iloc[0:0], status.iloc[0:0], "th") is None


def test_readings_without_data_are_none_not_zero():
    empty = pd.DataFrame(columns=["fiscal_year", "score", "grade", "is_demo"])
    assert overview.indicator7_reading(empty, 80.29, "th") is None
    assert overview.overall_reading(empty, "th") is None
    assert (
        overview.awareness_readings(pd.DataFrame(columns=["fiscal_year", "channel", "total", "rate"]), "th")
        is None
    )
    rates = pd.DataFrame(
        {
            "fiscal_year": [2570],
            "round": ["6"],
            "due": [0],
            "rate": [None],
            "on_time_due": [0],
            "missing": [0],
        }
    )
    assert overview.compliance_reading(rates, "th") is None


def test_awareness_reading_compares_with_the_year_before():
    yearly = pd.DataFrame(
        {
            "fiscal_year": [2568, 2569, 2569, 2569],
            "channel": ["news", "news", "contact", "complaint"],
            "total": [100, 100, 100, 0],
            "rate": [0.70, 0.75, 0.5, None],
        }
    )
    fy, items = overview.awareness_readings(yearly, "en")
    assert fy == 2569
    assert items["news"][0] == "75.0%" and "▲ 5.0 points" in items["news"][1]
    assert items["contact"][1] == "no year before to compare"
    assert items["complaint"] == ("–", "No data yet")


def test_overview_page_shows_the_queried_figures(open_app, demo_db, monkeypatch):
    at = open_app(db=demo_db)
    assert at.title[0].value == "ภาพรวมประสิทธิภาพการสื่อสาร"
    values = [m.value for m in at.metric]
    ind7 = ask(demo_db, "ita_trend", indicator=7).iloc[-1]
    assert values[0] == f"{ind7.score:.2f}"
    yearly = ask(demo_db, "awareness_yearly")
    latest = yearly[yearly["fiscal_year"] == yearly["fiscal_year"].max()]
    assert values[4:7] == [f"{r:.1%}" for r in latest["rate"]]
    assert len(at.sidebar.radio) == 0, "the period filter is not drawn on a page it does not apply to"


def test_missing_data_cards_say_so(open_app, db_path, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    from etl import manual

    manual.save_scores(2569, {7: 84.0}, "admin@x", db_path)  # only one score: everything else is missing
    at = open_app()
    values = [m.value for m in at.metric]
    assert values[0] == "84.00"
    assert values[1:4] == ["–", "–", "–"]
    assert sum("ยังไม่มีข้อมูล" in c.value for c in at.caption) >= 4


def test_overview_prints_on_one_a4_landscape_page(demo_db, tmp_path, artifacts):
    with serve(demo_db, tmp_path / "streamlit.log") as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(url)
        wait_drawn(page)
        page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
        page.emulate_media(media="print")
        page.screenshot(path=str(artifacts / "overview-print.png"), full_page=True)
        pdf = page.pdf(format="A4", landscape=True, print_background=True)
        browser.close()
    (artifacts / "overview.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the overview printed on {pages} pages"
    text = subprocess.run(
        ["pdftotext", "-raw", str(artifacts / "overview.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ข้อมูล ณ วันที่" in text and "ควรติดตาม" in text  # the date (BE) and what needs attention
    assert "Ctrl+P" not in text, "the print hint is screen-only"
    assert "โหมดไม่ต้องเข้าสู่ระบบ" not in text, "the no-sign-in banner is screen-only"


@pytest.mark.parametrize("low, floor", [(0.47, 0.4), (0.42, 0.3), (0.03, 0.0), (None, 0.0)])
def test_signal_chart_zooms_in_from_the_lowest_band_edge(low, floor):
    months = pd.to_datetime(["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"])
    frame = pd.DataFrame(
        {
            "month": list(months) * 3,
            "channel": [c for c in ("complaint", "bribery", "service") for _ in months],
            "rate": 0.6,
            "ci_low": [low if low is None else low + 0.01 * i for i in range(15)],
            "ci_high": 0.7,
            "total": 40,
        }
    )
    fig = awareness_builders.awareness_signal(frame, "th")
    assert list(fig.layout.yaxis.range) == pytest.approx([floor, 1])
    assert fig.layout.height == 300
    assert len([v for v in fig.layout.xaxis.tickvals if v]) <= 4
