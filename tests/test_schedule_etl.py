"""The reporting schedule as data (data/schedule.toml) and submissions with results per measure."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from etl import load, schedule
from etl.problems import InputProblem
from tests.support.oracle import etl_cli

UNITS = {"ADM", "LEG"}
BASE = """fiscal_years = [2569, 2570]
[reports.form1]
periods = ["6", "12"]
owed_by = ["all"]
due_day = 10
[reports.reach_monthly]
periods = "monthly"
owed_by = ["ADM"]
due_day = 31
"""


def due_dates(text: str) -> dict:
    rows, _ = schedule.parse(text, "test.toml", UNITS)
    return {(fy, form, period): due for fy, form, period, _start, _end, due in rows}


def test_the_shipped_file_gives_the_documented_defaults():
    rows, owers = schedule.load_file(schedule.SCHEDULE_TOML, {"ADM"})
    due = {(fy, form, period): d for fy, form, period, _s, _e, d in rows}
    assert due[(2569, "form1", "6")] == date(2026, 4, 10)
    assert due[(2569, "form2", "12")] == date(2026, 10, 10)
    assert due[(2569, "reach_monthly", "2025-10")] == date(2025, 11, 10)
    assert due[(2569, "reach_monthly", "2026-09")] == date(2026, 10, 10)
    assert sorted(owers) == [("form1", "all"), ("form2", "all"), ("reach_monthly", "ADM")]


def test_periods_and_a_due_day_past_the_month_end():
    rows, _ = schedule.parse(BASE, "t", UNITS)
    months = [r for r in rows if r[0] == 2569 and r[1] == "reach_monthly"]
    assert len(months) == 12 and len(rows) == 2 * (2 + 12)
    feb = next(r for r in months if r[2] == "2026-01")
    assert (feb[3], feb[4], feb[5]) == (date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 28))
    six = next(r for r in rows if r[:3] == (2569, "form1", "6"))
    assert (six[3], six[4]) == (date(2025, 10, 1), date(2026, 3, 31))


def test_an_override_changes_one_year_only():
    due = due_dates(
        BASE + '[[override]]\nfiscal_year = 2569\nform = "form1"\nperiod = "6"\ndue = 2026-04-20\n'
    )
    assert due[(2569, "form1", "6")] == date(2026, 4, 20)
    assert due[(2570, "form1", "6")] == date(2027, 4, 10)


@pytest.mark.parametrize(
    "text, says",
    [
        (BASE.replace("[2569, 2570]", "[2570, 2569]"), "fiscal_years"),
        (BASE.replace("reports.form1", "reports.form9"), "unknown form"),
        (BASE.replace('owed_by = ["ADM"]', 'owed_by = ["XYZ"]'), "'XYZ'"),
        (BASE.replace('periods = "monthly"', 'periods = ["3"]'), "periods"),
        (BASE.replace("due_day = 10", "due_day = 0"), "due_day"),
        (BASE + '[[override]]\nfiscal_year = 2590\nform = "form1"\nperiod = "6"\ndue = 2026-04-20\n', "#1"),
        (
            BASE + '[[override]]\nfiscal_year = 2569\nform = "form1"\nperiod = "6"\ndue = "20/4/2569"\n',
            "unquoted",
        ),
        ("fiscal_years = [", "cannot read"),
    ],
)
def test_a_wrong_file_says_what_to_fix(text, says):
    with pytest.raises(InputProblem) as err:
        schedule.parse(text, "schedule.toml", UNITS)
    assert says in err.value.en and "schedule.toml" in err.value.en


def test_import_schedule_from_the_command_line_replaces_it(db_path, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(BASE.replace("due_day = 10", "due_day = 15"), encoding="utf-8")
    proc = etl_cli("import", "schedule", str(path), "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        got = con.execute(
            "SELECT due_date FROM report_schedule WHERE fiscal_year = 2569 AND form = 'form1' AND period = '6'"
        ).fetchone()
        forms = con.execute("SELECT DISTINCT form FROM report_schedule ORDER BY 1").fetchall()
    finally:
        con.close()
    assert got == (date(2026, 4, 15),)
    assert forms == [("form1",), ("reach_monthly",)], "the old schedule (form2) is gone"


def test_a_bad_schedule_leaves_the_served_database_alone(db_path, tmp_path):
    load.import_files("schedule", [str(schedule.SCHEDULE_TOML)], db_path)
    before = db_path.stat().st_mtime_ns
    bad = tmp_path / "bad.toml"
    bad.write_text(BASE.replace("reports.form1", "reports.formX"), encoding="utf-8")
    with pytest.raises(InputProblem):
        load.import_files("schedule", [str(bad)], db_path)
    assert db_path.stat().st_mtime_ns == before


def test_submissions_with_results_per_measure(db_path, tmp_path):
    register = tmp_path / "register.csv"
    register.write_text(
        "หน่วยงาน,แบบรายงาน,ปีงบประมาณ,รอบ,วันที่ส่ง,ลิงก์,มาตรการที่ 1,หลักฐาน 1,มาตรการที่ ๗,evidence_7\n"
        "กองกลาง,แบบรายงานที่ ๑,2569,6,08/04/2569 10:30,https://d.example/1,เผยแพร่ข่าว 12 เรื่อง,"
        "https://d.example/m1,,javascript:alert(1)\n"
        "กม.,แบบรายงานที่ ๒,2569,6,09/04/2569 10:30,,,,,\n",
        encoding="utf-8",
    )
    [result] = load.import_files("submissions", [str(register)], db_path)
    [again] = load.import_files("submissions", [str(register)], db_path)
    assert (result.rows_new, again.rows_new, again.rows_duplicate) == (2, 0, 2)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = con.execute(
            "SELECT unit_code, measure, result, evidence FROM submission_measures ORDER BY measure"
        ).fetchall()
    finally:
        con.close()
    assert rows == [
        ("ADM", 1, "เผยแพร่ข่าว 12 เรื่อง", "https://d.example/m1"),
        ("ADM", 7, None, "javascript:alert(1)"),  # kept as typed; the page refuses to open it
    ]
