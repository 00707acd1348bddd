"""AppTest: ศปท. records a received report on the compliance page; the matrix and the overdue list change at
once; a correction keeps the old value in the audit log. Real DuckDB file, the importer's own path."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from runtime import audit
from runtime.clock import bangkok_now
from tests.support.oracle import ask

PAGE = "views/compliance.py"


@pytest.fixture
def db(demo_copy):
    return demo_copy


def _missing_form1(db) -> str:
    rows = ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569)
    missing = rows[(rows["form"] == "form1") & (rows["period"] == "6") & (rows["status"] == "missing")]
    assert len(missing), "the demo must have a unit missing form 1 of round 6"
    return missing.iloc[0]["unit_code"]


def _missing_count(at: AppTest) -> int:
    return int(next(m.value for m in at.metric if m.label == "ค้างส่ง"))


def _late_cells(at: AppTest) -> int:
    """Late cells in the unit x report matrix (the first table of the details)."""
    frames = [d.value for d in at.dataframe]
    frames = [f.data if hasattr(f, "data") else f for f in frames]
    matrix = next(f for f in frames if any("รอบ 6 เดือน" in str(c) for c in f.columns))
    return int(matrix.astype(str).apply(lambda c: c.str.contains("ส่งช้า")).to_numpy().sum())


def _fill(at: AppTest, unit: str, date_text: str) -> AppTest:
    at.selectbox(key="rec_unit").set_value(unit).run()
    at.selectbox(key="rec_form").set_value("form1").run()
    at.selectbox(key="rec_fy").set_value(2569).run()
    at.radio(key="rec_round").set_value("6").run()
    at.text_input(key="rec_date").set_value(date_text)
    at.text_input(key="rec_no").set_value("ศปท. 0123/2569")
    at.text_input(key="rec_link").set_value("https://drive.example.go.th/form1.pdf")
    at.text_area(key="rec_note").set_value('=HYPERLINK("http://evil") ส่งทางอีเมล')
    return at


def test_recording_a_received_report_changes_the_matrix_and_overdue_list(open_app, db):
    unit = _missing_form1(db)
    at = open_app(PAGE)
    before, late_before = _missing_count(at), _late_cells(at)
    _fill(at, unit, "๑๕ เม.ย. ๒๕๖๙")
    at.button(key="rec_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("บันทึกแล้ว" in s.value for s in at.success), [e.value for e in at.error] + [
        x.value for x in at.text
    ]
    assert _missing_count(at) == before - 1
    status = ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569, unit=unit)
    row = status[(status["form"] == "form1") & (status["period"] == "6")].iloc[0]
    assert row["status"] == "late" and str(row["submitted_at"].date()) == "2026-04-15"
    assert _late_cells(at) == late_before + 1  # the matrix shows the report as late at once
    entries = ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6")
    assert list(entries["receipt_no"]) == ["ศปท. 0123/2569"]
    assert list(entries["recorded_by"]) == ["ศปท."]  # an account label (the no-auth viewer holds acc)
    assert entries["source"].iloc[0] == "app:ศปท." and "@" not in entries.to_csv()
    entry = audit.recent()[0]
    assert entry["action"] == "submission_recorded" and entry["who"] == "no-auth"


def test_a_correction_replaces_the_entry_and_the_audit_log_keeps_the_old_value(open_app, db):
    unit = _missing_form1(db)
    at = open_app(PAGE)
    _fill(at, unit, "15/4/2569")
    at.button(key="rec_save").click().run()
    _fill(at, unit, "15/4/2569")
    at.radio(key="rec_mode").set_value("0").run()
    assert at.text_input(key="rec_no").value == "ศปท. 0123/2569"  # the entry's values fill the boxes
    at.text_input(key="rec_date").set_value("9/4/2569")
    at.button(key="rec_save").click().run()
    assert not at.exception
    status = ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569, unit=unit)
    row = status[(status["form"] == "form1") & (status["period"] == "6")].iloc[0]
    assert row["status"] == "on_time"
    entries = ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6")
    assert len(entries) == 1 and str(entries["submitted_at"].iloc[0].date()) == "2026-04-09"
    entry = audit.recent()[0]
    assert entry["action"] == "submission_corrected"
    detail = json.loads(entry["detail"])
    assert "2026-04-15" in str(detail["old"]["key"]) and "2026-04-09" in str(detail["new"]["key"])


def test_bad_input_says_what_to_fix_and_changes_nothing(open_app, db):
    unit = _missing_form1(db)
    at = open_app(PAGE)
    _fill(at, unit, "31/4/2569")
    at.button(key="rec_save").click().run()
    assert any("ไม่มีวันที่ 31 เมษายน 2569" in e.value for e in at.error)
    at.text_input(key="rec_date").set_value("15/4/2569")
    at.text_input(key="rec_link").set_value("javascript:alert(1)")
    at.button(key="rec_save").click().run()
    assert any("ต้องขึ้นต้นด้วย https://" in x.value for x in at.text)
    assert ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6").empty


def test_roles_that_only_read_the_page_get_no_form(open_app, demo_db):
    roles = {"executive": ["boss@mdes.go.th"], "acc": ["acc@mdes.go.th"]}
    for email, has_form in (("boss@mdes.go.th", False), ("acc@mdes.go.th", True)):
        at = open_app(PAGE, db=demo_db, user=email, roles=roles)
        assert any(b.key == "rec_save" for b in at.button) == has_form, email
