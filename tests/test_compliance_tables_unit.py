"""core.compliance_tables: the compliance and my-unit pages' tables, checked against figures worked out
here by hand from a few rows (not by calling the code under test a second way)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from core import bilingual
from core import compliance_tables as tables
from etl.problems import InputProblem
from i18n.units import unit_labels, unit_picker

NAN = float("nan")


def _rows() -> pd.DataFrame:
    """Two units, two round-6 reports each, FY2569 (due 2026-04-15), as of 2026-05-01."""
    base = {
        "fiscal_year": 2569,
        "period": "6",
        "period_end": date(2026, 3, 31),
        "due_date": date(2026, 4, 15),
    }
    rows = [
        # unit, abbr, th, en, kind, form, status, days_late, days_overdue, responses, submitted_at, link
        ("ADM", "สลก.", "สำนักงานเลขานุการกรม", "Office of the Secretary", "central", "form1", "on_time",
         NAN, NAN, 0, datetime(2026, 4, 8, 10, 30), "https://drive.example/adm1"),
        ("ADM", "สลก.", "สำนักงานเลขานุการกรม", "Office of the Secretary", "central", "form2", "late",
         3, NAN, 0, datetime(2026, 4, 18, 9, 5), "javascript:alert(1)"),
        ("P12", "สดจ.ชลบุรี", "สำนักงานดิจิทัลจังหวัดชลบุรี", None, "provincial", "form1", "missing",
         NAN, 16, 0, pd.NaT, None),
        ("P12", "สดจ.ชลบุรี", "สำนักงานดิจิทัลจังหวัดชลบุรี", None, "provincial", "form2", "missing",
         NAN, 16, 12, pd.NaT, None),
    ]  # fmt: skip
    keys = ["unit_code", "abbr", "name_th", "name_en", "kind", "form", "status", "days_late", "days_overdue"]
    keys += ["responses", "submitted_at", "link"]
    return pd.DataFrame([dict(zip(keys, r, strict=True)) | base for r in rows])


def _rates() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "round": ["6", "12", "monthly"],
            "rate": [1 / 4, NAN, 0.5],
            "owed": [4, 4, 2],
            "due": [4, 0, 2],
            "on_time_due": [1, 0, 1],
            "late": [1, 0, 0],
            "missing": [2, 0, 1],
        }
    )


def test_rates_in_round_keep_the_rounds_shown_and_the_monthly_one():
    kept = tables.rates_in_round(_rates(), _rows())
    assert list(kept["round"]) == ["6", "monthly"]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_rate_cards_say_each_rate_and_the_overdue_count(lang):
    rows = _rows()
    late = rows[rows["status"] == "missing"]
    cards = tables.rate_cards(_rates(), late, lang)
    assert len(cards) == 4  # three rates, then the overdue box
    assert cards[0][1] == "25.0%"  # 1 of 4 on time
    assert cards[1][1] == "–"  # nothing due yet: no rate
    assert cards[2][1] == "50.0%"
    assert cards[3][1] == "2"  # P12's two reports
    if lang == "en":
        assert cards[0] == ("6-month round", "25.0%", "1 of 4 reports due were on time · late 1 · missing 2")
        assert cards[1][2] == "Nothing due yet (4 reports)"
        assert cards[3] == ("Missing", "2", "2 reports overdue from 1 units")
    else:
        assert cards[3] == ("ค้างส่ง", "2", "ค้างส่ง 2 รายงาน จาก 1 หน่วยงาน")


def test_overdue_table_and_reminder_export_label_their_columns():
    grouped = pd.DataFrame(
        {
            "unit_code": ["P12"],
            "unit": ["สดจ.ชลบุรี"],
            "reports": [2],
            "days_overdue": [16],
            "due_date": ["15 เม.ย. 2569"],
            "overdue_reports": ["แบบ ๑ · รอบ 6 เดือน (15 เม.ย. 2569)"],
        }
    )
    shown = tables.overdue_table(grouped, "en")
    assert list(shown.columns) == ["Unit", "Due", "Days overdue", "Count", "Overdue reports"]
    assert shown.iloc[0].tolist() == ["สดจ.ชลบุรี", "15 เม.ย. 2569", 16, 2, grouped["overdue_reports"][0]]
    remind = grouped.drop(columns="due_date").assign(reminder_th=["เรียน ..."])
    export = tables.reminder_export(remind, "en")
    assert list(export.columns) == [
        "code",
        "Unit",
        "Count",
        "Days overdue",
        "Overdue reports",
        "Reminder text (Thai, ready to copy)",
    ]


def test_crosscheck_table_names_the_disagreement():
    rows = _rows()
    odd = rows[(rows["form"] == "form2") & (rows["responses"] > 0)].assign(check="responses_no_report")
    shown = tables.crosscheck_table(odd, "en")
    assert shown.iloc[0].tolist() == [
        "สดจ.ชลบุรี · สำนักงานดิจิทัลจังหวัดชลบุรี",  # no English name: the Thai one
        "6-month round",
        12,
        "✗ Missing, 16 d overdue",
        "Responses, but no Form 2",
    ]


def test_unit_choices_and_the_unit_the_history_opens_on():
    rows = _rows()
    names = tables.unit_choices(rows, "en")
    assert names == {"ADM": "สลก. · Office of the Secretary", "P12": "สดจ.ชลบุรี · สำนักงานดิจิทัลจังหวัดชลบุรี"}
    codes = list(names)
    late = rows[rows["status"] == "missing"]
    assert tables.first_unit(codes, ("P12",), late.iloc[0:0]) == 1  # the sidebar's one unit
    assert tables.first_unit(codes, (), late) == 1  # else the most overdue
    assert tables.first_unit(codes, ("ADM", "P12"), late.iloc[0:0]) == 0  # else the first
    assert tables.first_unit(codes, ("NOPE",), late.iloc[0:0]) == 0


def test_history_table_sorts_and_formats_in_buddhist_years():
    rows = _rows()
    adm = rows[rows["unit_code"] == "ADM"].iloc[::-1]  # given out of order
    shown = tables.history_table(adm, "th")
    assert list(shown["ปีงบประมาณ"]) == ["2569", "2569"]
    assert list(shown["รายงาน"]) == ["แบบ ๑ · รอบ 6 เดือน", "แบบ ๒ · รอบ 6 เดือน"]
    assert list(shown["กำหนดส่ง"]) == ["15 เม.ย. 2569"] * 2  # 2026 + 543
    assert list(shown["ส่งเมื่อ"]) == ["8 เม.ย. 2569 10:30", "18 เม.ย. 2569 09:05"]
    assert list(shown["สถานะ"]) == ["✓ ส่งตรงเวลา", "◷ ส่งช้า 3 วัน"]
    p12 = tables.history_table(rows[rows["unit_code"] == "P12"], "en")
    assert list(p12["Submitted"]) == ["–", "–"]


def test_submissions_form1_picks_and_measures():
    sent = pd.DataFrame(
        {
            "submitted_at": [pd.Timestamp("2026-04-18 09:05"), pd.Timestamp("2026-04-08 10:30")],
            "form": ["form2", "form1"],
            "period": ["6", "6"],
            "fiscal_year": [2569, 2569],
            "note": ["counted", "counted"],
            "link": [None, "https://drive.example/adm1"],
            "measures": [0, 7],
        }
    )
    shown = tables.submissions_table(sent, "en")
    assert shown.iloc[1].tolist() == [
        "8 Apr 2026 10:30", "Form 1 · 6-month round", "2569", "Counted (first for the period)",
        "https://drive.example/adm1",
    ]  # fmt: skip
    form1, picks = tables.form1_picks(sent, "en")
    assert len(form1) == 1  # the Form 2 row has no measures
    assert picks == {
        "2026-04-08 10:30:00": "Form 1 (results on the measures) · 6-month round 2569 · 8 Apr 2026 10:30"
    }
    measures = pd.DataFrame(
        {"measure": [1, 2], "result": ["done", None], "evidence": ["https://e.example/1", None]}
    )
    table = tables.measures_table(measures, "en")
    assert list(table["Result"]) == ["done", "–"]
    assert table["Measure"].iloc[0].startswith("1. ")
    mine = tables.sent_table(sent, "th")
    assert list(mine["ลิงก์"]) == ["–", "https://drive.example/adm1"]
    assert list(mine["รายงาน"]) == ["แบบ ๒ · รอบ 6 เดือน", "แบบ ๑ · รอบ 6 เดือน"]


def test_owed_table_for_one_unit():
    rows = _rows()
    owed = tables.owed_table(rows[rows["unit_code"] == "P12"], "en")
    assert list(owed.columns) == ["Report", "Due", "Status", "Submitted"]
    assert list(owed["Status"]) == ["✗ Missing, 16 d overdue"] * 2
    assert list(owed["Due"]) == ["15 Apr 2026"] * 2
    assert list(owed["Submitted"]) == ["–", "–"]


def test_export_name():
    assert tables.export_name(2569, date(2026, 5, 1)) == "reminders-2569-2026-05-01"


@pytest.mark.parametrize(
    "th, en, lang, said",
    [("ไทย", "English", "th", "ไทย"), ("ไทย", "English", "en", "English"), ("ไทย", None, "en", "ไทย"),
     ("ไทย", NAN, "en", "ไทย"), ("ไทย", "", "en", "ไทย")],
)  # fmt: skip
def test_bilingual_pick(th, en, lang, said):
    assert bilingual.pick(th, en, lang) == said


def test_bilingual_reasons_and_unit_names():
    class Problem(Exception):
        th, en = "ไฟล์เสีย", "broken file"

    assert bilingual.reason(Problem("x"), "en") == "broken file"
    assert bilingual.reason(RuntimeError("กำลังโหลด / loading"), "th") == "กำลังโหลด"
    assert bilingual.reason(RuntimeError("กำลังโหลด / loading"), "en") == "loading"
    assert bilingual.reason(RuntimeError("plain"), "en") == "plain"
    assert bilingual.logged_reason({"message_en": "own", "message": "a / b"}, "en") == "own"
    assert bilingual.logged_reason({"message": "ก / b"}, "th") == "ก"
    units = pd.DataFrame(
        {"code": ["ADM", "X"], "abbr": ["สลก.", None], "name_th": ["ก", "ข"], "name_en": ["A", None]}
    )
    assert unit_labels(units, "en") == {"ADM": "สลก. · A", "X": "X · ข"}
    assert unit_labels(units, "th") == {"ADM": "สลก. · ก", "X": "X · ข"}
    assert (
        bilingual.reason(InputProblem("problem.units.kind", n=3), "en")
        == InputProblem("problem.units.kind", n=3).en
    )


def test_the_unit_picker_labels_every_unit_and_knows_its_kind():
    # The columns a label does not read (a datetime, here) are not needed and do not change a label.
    units = pd.DataFrame(
        {
            "code": ["ADM", "NBI"],
            "abbr": ["สลก.", "สดจ.นนทบุรี"],
            "name_th": ["สำนักงานเลขานุการกรม", "สำนักงานดิจิทัลจังหวัดนนทบุรี"],
            "name_en": ["Secretariat", None],
            "kind": ["central", "provincial"],
            "active_from": pd.to_datetime(["2020-01-01", "2021-06-01"]),
        }
    )
    names, kinds = unit_picker(units, "en")
    assert names == {
        "ADM": "สลก. · Secretariat (Central)",
        "NBI": "สดจ.นนทบุรี · สำนักงานดิจิทัลจังหวัดนนทบุรี (Provincial)",
    }
    assert kinds == {"ADM": "central", "NBI": "provincial"}
    assert unit_picker(units.drop(columns="active_from"), "th")[0] == unit_picker(units, "th")[0]


def test_axis_labels_for_every_unit_cut_to_the_width_asked():
    units = pd.DataFrame(
        {
            "code": ["LEG", "NBI", "ICT"],
            "abbr": ["กม.", "สดจ.นนทบุรี", None],
            "name_th": ["กองกฎหมาย", "สำนักงานดิจิทัลจังหวัดนนทบุรี", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารของสำนักงาน"],
            "name_en": ["Legal", None, "Information and Communication Technology Centre of the Office"],
            "kind": ["central", "provincial", "central"],
        }
    )
    th = unit_labels(units, "th", style="axis", width=20)
    assert th == {"LEG": "กม. กองกฎหมาย", "NBI": "สดจ.นนทบุรี", "ICT": "ICT ศูนย์เทคโนโลยีสา…"}  # 20 code points
    assert unit_labels(units, "en", style="axis", width=20)["ICT"] == "ICT Information and…"
