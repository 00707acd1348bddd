"""AppTest: the compliance page (ศปท.) on the demo database; its numbers equal the queries'."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from core.thaidate import parse_date
from etl import publish
from tests.support.oracle import ask

PAGE = "views/compliance.py"
AS_OF = date(2026, 4, 20)  # FY2569: round 6 due 10 April, so some reports are late or missing


def _set(at: AppTest, key: str, value) -> AppTest:
    if key == "c_as_of":  # a BE text box (dashboard/date_input.py)
        at.text_input(key=key).set_value(f"{value.day}/{value.month}/{value.year + 543}")
    else:
        at.selectbox(key=key).set_value(value)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _frame(at: AppTest, *columns: str):
    """The table whose columns include these labels (AppTest does not expose a dataframe's key)."""
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def test_rates_and_overdue_list_match_the_queries(open_app, served_demo):
    at = _set(open_app(PAGE), "c_as_of", AS_OF)
    assert at.title[0].value == "การส่งรายงานของหน่วยงานถึง ศปท."
    rates = ask(served_demo, "compliance_rates", as_of=AS_OF, fy=2569)
    rows = ask(served_demo, "compliance_status", as_of=AS_OF, fy=2569)
    missing = int((rows["status"] == "missing").sum())
    shown = [m.value for m in at.metric]
    assert shown[:-1] == ["–" if r != r else f"{r:.1%}" for r in rates["rate"]]
    assert shown[-1] == str(missing) and missing > 0
    overdue = _frame(at, "เลยกำหนด (วัน)", "กำหนดส่ง")
    late = rows[rows["status"] == "missing"]
    assert len(overdue) == late["unit_code"].nunique()  # one row per unit
    assert overdue["จำนวน"].sum() == missing
    days = list(overdue["เลยกำหนด (วัน)"])
    assert days == sorted(days, reverse=True)
    assert {b.label for b in at.get("download_button")} >= {"ดาวน์โหลด Excel", "ดาวน์โหลด CSV"}
    code = at.get("code")[0].value
    assert code.startswith("เรียน ผู้อำนวยการ") and "ศูนย์ปฏิบัติการต่อต้านการทุจริต" in code


def test_the_sidebar_round_drives_the_page(open_app, served_demo):
    """Round 6 keeps the October-March reports only; round 12 (the default) the whole year."""
    whole = _set(open_app(PAGE, query={"fy": "2569", "round": "12"}), "c_as_of", date(2026, 11, 1))
    half = _set(open_app(PAGE, query={"fy": "2569", "round": "6"}), "c_as_of", date(2026, 11, 1))
    rows = ask(served_demo, "compliance_status", as_of=date(2026, 11, 1), fy=2569)
    rows6 = rows[rows["period_end"] <= "2026-03-31"]
    assert len(half.metric) == 3 and len(whole.metric) == 4  # round 6 (no round 12), monthly, overdue
    assert half.metric[-1].value == str(int((rows6["status"] == "missing").sum()))
    assert whole.metric[-1].value == str(int((rows["status"] == "missing").sum()))
    assert half.metric[-1].value != whole.metric[-1].value
    monthly = next(
        d.value for d in half.dataframe if "ก.ย. 69" in d.value.columns or "ต.ค. 68" in d.value.columns
    )
    assert "ต.ค. 68" in monthly.columns and "เม.ย. 69" not in monthly.columns
    assert any("รอบ 6 เดือน" in c.value or "6 เดือน" in c.value for c in half.caption)


def test_an_earlier_as_of_date_shows_that_day(open_app, served_demo):
    at = _set(open_app(PAGE), "c_as_of", date(2026, 4, 10))  # round 6 due today: nothing of it is missing yet
    rates = ask(served_demo, "compliance_rates", as_of=date(2026, 4, 10), fy=2569)
    row = rates[rates["round"] == "6"].iloc[0]
    assert (row["due"], row["missing"]) == (0, 0)
    assert at.metric[0].value == "–"


def test_the_sidebar_fiscal_year_drives_the_page(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2567"})
    rates = ask(
        served_demo, "compliance_rates", as_of=parse_date(at.text_input(key="c_as_of").value), fy=2567
    )
    assert [m.value for m in at.metric][:3] == [f"{r:.1%}" for r in rates["rate"]]
    assert any("ปีงบประมาณ 2567" in c.value for c in at.caption)


def test_a_units_history_and_form1_measures(open_app, served_demo):
    at = _set(open_app(PAGE), "c_as_of", AS_OF)
    _set(at, "c_unit", "ADM")
    history = _frame(at, "ส่งเมื่อ", "สถานะ", "กำหนดส่ง")
    expected = ask(served_demo, "compliance_status", as_of=AS_OF, unit="ADM")
    assert len(history) == len(expected)
    measures = _frame(at, "มาตรการ", "ผลการดำเนินงาน")
    assert len(measures) == 7
    links = [v for v in measures.iloc[:, 2] if isinstance(v, str)]
    assert all(v.startswith(("https://", "http://")) for v in links)


def test_english(open_app, served_demo):
    at = open_app(PAGE, query={"lang": "en"})
    assert at.title[0].value == "Reports units owe the Anti-Corruption Operation Center (ACC)"


def test_no_schedule_for_the_year_says_how_to_add_it(open_app, demo_db, tmp_path, monkeypatch):
    path = tmp_path / "noschedule.duckdb"
    path.write_bytes(demo_db.read_bytes())
    with publish.staged(path) as con:
        con.execute("DELETE FROM report_schedule WHERE fiscal_year = 2569")
    monkeypatch.setenv("ITA_DB", str(path))
    at = open_app(PAGE)
    assert any("python -m etl import schedule" in i.value for i in at.info)
    assert len(at.metric) == 0
