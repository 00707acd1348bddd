"""AppTest: ศปท. records a received report on the compliance page; the matrix and the overdue list change at
once; a correction keeps the old value in the audit log. Real DuckDB file, the importer's own path."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

import queries
from runtime import audit
from runtime.clock import bangkok_now


def _ask(db, name, **params):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return queries.run(con, name, **params)
    finally:
        con.close()


@pytest.fixture
def db(demo_db, db_path):
    shutil.copyfile(demo_db, db_path)
    return db_path


def _missing_form1(db) -> str:
    rows = _ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569)
    missing = rows[(rows["form"] == "form1") & (rows["period"] == "6") & (rows["status"] == "missing")]
    assert len(missing), "the demo must have a unit missing form 1 of round 6"
    return missing.iloc[0]["unit_code"]


def _open() -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=90)
    at.run()
    at.switch_page("views/compliance.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


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


def test_recording_a_received_report_changes_the_matrix_and_overdue_list(db):
    unit = _missing_form1(db)
    at = _open()
    before, late_before = _missing_count(at), _late_cells(at)
    _fill(at, unit, "๑๕ เม.ย. ๒๕๖๙")
    at.button(key="rec_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("บันทึกแล้ว" in s.value for s in at.success), [e.value for e in at.error] + [
        x.value for x in at.text
    ]
    assert _missing_count(at) == before - 1
    status = _ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569, unit=unit)
    row = status[(status["form"] == "form1") & (status["period"] == "6")].iloc[0]
    assert row["status"] == "late" and str(row["submitted_at"].date()) == "2026-04-15"
    assert _late_cells(at) == late_before + 1  # the matrix shows the report as late at once
    entries = _ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6")
    assert list(entries["receipt_no"]) == ["ศปท. 0123/2569"]
    assert list(entries["recorded_by"]) == ["ศปท."]  # an account label (the no-auth viewer holds acc)
    assert entries["source"].iloc[0] == "app:ศปท." and "@" not in entries.to_csv()
    entry = audit.recent()[0]
    assert entry["action"] == "submission_recorded" and entry["who"] == "no-auth"


def test_a_correction_replaces_the_entry_and_the_audit_log_keeps_the_old_value(db):
    unit = _missing_form1(db)
    at = _open()
    _fill(at, unit, "15/4/2569")
    at.button(key="rec_save").click().run()
    _fill(at, unit, "15/4/2569")
    at.radio(key="rec_mode").set_value("0").run()
    assert at.text_input(key="rec_no").value == "ศปท. 0123/2569"  # the entry's values fill the boxes
    at.text_input(key="rec_date").set_value("9/4/2569")
    at.button(key="rec_save").click().run()
    assert not at.exception
    status = _ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569, unit=unit)
    row = status[(status["form"] == "form1") & (status["period"] == "6")].iloc[0]
    assert row["status"] == "on_time"
    entries = _ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6")
    assert len(entries) == 1 and str(entries["submitted_at"].iloc[0].date()) == "2026-04-09"
    entry = audit.recent()[0]
    assert entry["action"] == "submission_corrected"
    detail = json.loads(entry["detail"])
    assert "2026-04-15" in str(detail["old"]["key"]) and "2026-04-09" in str(detail["new"]["key"])


def test_bad_input_says_what_to_fix_and_changes_nothing(db):
    unit = _missing_form1(db)
    at = _open()
    _fill(at, unit, "31/4/2569")
    at.button(key="rec_save").click().run()
    assert any("ไม่มีวันที่ 31 เมษายน 2569" in e.value for e in at.error)
    at.text_input(key="rec_date").set_value("15/4/2569")
    at.text_input(key="rec_link").set_value("javascript:alert(1)")
    at.button(key="rec_save").click().run()
    assert any("ต้องขึ้นต้นด้วย https://" in x.value for x in at.text)
    assert _ask(db, "submission_entries", unit=unit, form="form1", fy=2569, period="6").empty


def test_roles_that_only_read_the_page_get_no_form(demo_db, monkeypatch, tmp_path):
    from tests.test_access import AUTH

    monkeypatch.setenv("ITA_DB", str(demo_db))
    monkeypatch.delenv("ITA_NO_AUTH")
    roles = tmp_path / "roles.toml"
    roles.write_text('[roles]\nexecutive = ["boss@mdes.go.th"]\nacc = ["acc@mdes.go.th"]\n', encoding="utf-8")
    monkeypatch.setenv("ITA_ROLES", str(roles))
    for email, has_form in (("boss@mdes.go.th", False), ("acc@mdes.go.th", True)):
        at = AppTest.from_file("../app.py", default_timeout=90)
        at.secrets.update(AUTH)
        at.user = {"is_logged_in": True, "email": email, "email_verified": True}
        at.run()
        at.switch_page("views/compliance.py").run()
        assert not at.exception
        assert any(b.key == "rec_save" for b in at.button) == has_form, email
