"""The compliance page's pure helpers: links it may open, cells, the overdue list, reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd
import pytest

from core import compliance as comp
from core import compliance_tables as tables


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://drive.example.go.th/ADM/m1", True),
        ("http://www.mdes.go.th/news/3", True),
        ("  https://x.example/a  ", True),
        ("HTTPS://X.EXAMPLE/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("file:///etc/passwd", False),
        (r"\\fileserver\ADM\m1.pdf", False),
        ("//evil.example/x", False),
        ("https://", False),
        ("https://x.example/a b", False),
        ("drive.example.go.th/x", False),
        ("", False),
        (None, False),
        (float("nan"), False),
    ],
)
def test_safe_url(url, ok):
    assert (comp.safe_url(url) is not None) == ok


def test_split_links_says_which_were_refused():
    safe, refused = comp.split_links(pd.Series(["https://a.example/", "javascript:x", None, ""]))
    assert safe == ["https://a.example/", None, None, None]
    assert refused == ["javascript:x"]


def test_today_is_bangkok_time():
    assert comp.today_bangkok(datetime(2025, 12, 31, 17, 30, tzinfo=UTC)) == date(2026, 1, 1)
    assert comp.today_bangkok(datetime(2025, 12, 31, 16, 59, tzinfo=UTC)) == date(2025, 12, 31)


@pytest.mark.parametrize(
    "status, late, overdue, th",
    [
        ("on_time", None, None, "✓ ส่งตรงเวลา"),
        ("late", 1, None, "◷ ส่งช้า 1 วัน"),
        ("missing", None, 12, "✗ ค้างส่ง เลยกำหนด 12 วัน"),
        ("not_due", None, None, "… ยังไม่ถึงกำหนด"),
    ],
)
def test_cells_have_a_symbol_and_words(status, late, overdue, th):
    assert comp.cell(status, late, overdue, "th") == th


ROWS = pd.DataFrame(
    {
        "unit_code": ["LEG", "LEG", "P12", "ADM", "ADM"],
        "abbr": ["กม.", "กม.", "สดจ.นนทบุรี", "กก.", "กก."],
        "name_th": ["กองกฎหมาย", "กองกฎหมาย", "สำนักงานดิจิทัลฯ จังหวัดนนทบุรี", "กองกลาง", "กองกลาง"],
        "name_en": ["Legal", "Legal", "Nonthaburi", "Admin", "Admin"],
        "fiscal_year": [2569] * 5,
        "form": ["form1", "form2", "form1", "form1", "reach_monthly"],
        "period": ["6", "6", "6", "6", "2026-03"],
        "period_end": pd.to_datetime(["2026-03-31"] * 4 + ["2026-03-31"]),
        "due_date": pd.to_datetime(["2026-04-10"] * 4 + ["2026-04-10"]),
        "status": ["missing", "missing", "missing", "on_time", "late"],
        "days_late": [None, None, None, None, 3],
        "days_overdue": [10, 10, 40, None, None],
        "responses": [None, 5, None, None, None],
    }
)


def test_overdue_most_overdue_first():
    assert list(comp.overdue(ROWS)["unit_code"]) == ["P12", "LEG", "LEG"]


def test_reminders_one_per_unit_with_a_thai_letter():
    remind = comp.reminders(ROWS, date(2026, 5, 20), "th")
    assert list(remind["unit_code"]) == ["P12", "LEG"]
    assert list(remind["reports"]) == [1, 2]
    text = remind.set_index("unit_code")["reminder_th"]["LEG"]
    assert text.startswith("เรียน ผู้อำนวยการกองกฎหมาย")
    assert "ณ วันที่ 20 พฤษภาคม 2569" in text
    assert "1. แบบรายงานที่ ๑" in text and "2. แบบรายงานที่ ๒" in text
    assert "กำหนดส่ง 10 เมษายน 2569 (เลยกำหนด 10 วัน)" in text


def test_matrix_marks_what_is_not_owed():
    texts, statuses = comp.matrix(ROWS, "en")
    assert list(texts.columns) == ["Form 1 · 6-month round", "Form 2 · 6-month round"]
    assert texts.loc["กก. · Admin", "Form 2 · 6-month round"] == "–"
    assert statuses.loc["สดจ.นนทบุรี · Nonthaburi", "Form 1 · 6-month round"] == "missing"
    monthly, _ = comp.matrix(ROWS, "th", monthly=True)
    assert list(monthly.columns) == ["มี.ค. 69"] and monthly.iloc[0, 0] == "◷ ส่งช้า 3 วัน"


def test_crosscheck_both_ways():
    rows = ROWS.copy()
    rows.loc[len(rows)] = {**rows.iloc[3].to_dict(), "form": "form2", "status": "late", "responses": 0}
    found = comp.crosscheck(rows)
    assert sorted(zip(found["unit_code"], found["check"], strict=True)) == [
        ("ADM", "report_no_responses"),
        ("LEG", "responses_no_report"),
    ]


def test_the_reminder_picker_offers_each_late_unit_its_own_letter():
    picks = tables.reminders_with_picks(ROWS, date(2026, 5, 20), "th")
    assert list(picks.letters) == ["P12", "LEG"] == list(picks.units)
    assert picks.letters["LEG"].startswith("เรียน ผู้อำนวยการกองกฎหมาย")
    assert picks.units["LEG"].endswith("กองกฎหมาย") and picks.units["P12"].startswith("สดจ.")
