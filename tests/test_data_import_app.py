"""AppTest: upload and import on the import page — a dry-run preview through the real ETL, then publish."""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl import load
from i18n import inert
from runtime import audit
from tests.support.apptest import texts
from tests.support.oracle import count

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = "views/data_import.py"


@pytest.fixture
def real_db(db_path, monkeypatch):
    """A small non-demo database (one submission register loaded by the CLI path)."""
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    load.import_files("ita", [str(FIXTURES / "ita_scores.csv")], db_path)
    return db_path


def _upload(at: AppTest, kind: str, *names: str) -> AppTest:
    at.selectbox(key="imp_kind").set_value(kind).run()
    files = [(n, (FIXTURES / n).read_bytes(), "text/csv") for n in names]
    at.file_uploader[0].set_value(files).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _leftover_uploads() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("ita-upload-*"))


def test_preview_counts_reasons_in_the_sheets_titles_then_import(open_app, real_db):
    before, held_before = count(real_db, "responses"), count(real_db, "quarantine")
    at = _upload(open_app(PAGE), "responses", "responses_bad_rows.csv")
    shown = texts(at)
    assert "อ่าน 8 แถว · ใหม่ 4 · ซ้ำ 0 · จะถูกกักไว้ 4" in shown
    assert "อ่านเป็น: ผลแบบสำรวจ" in shown
    assert "ช่วงข้อมูล: 6 ม.ค. 2569 – 9 ม.ค. 2569" in shown
    reasons = at.dataframe[-1].value
    assert list(reasons["แถวที่ (ในชีต)"]) == [3, 4, 5, 6]
    assert reasons["คอลัมน์"].iloc[0] == "ประทับเวลา"  # the sheet's own title, not "timestamp"
    assert "31 ก.พ." in reasons["เหตุผล / สิ่งที่ต้องแก้"].iloc[1]
    assert count(real_db, "responses") == before, "the preview must publish nothing"
    assert _leftover_uploads() == []

    next(b for b in at.button if b.label == "นำเข้า").click().run()
    assert not at.exception
    assert count(real_db, "responses") == before + 4
    assert count(real_db, "quarantine") == held_before + 4
    assert any("นำเข้าแล้ว 1 ไฟล์: ใหม่ 4 แถว" in s.value for s in at.success)
    entry = next(e for e in audit.recent() if e["action"] == "import")
    assert entry["target"] == "responses" and "responses_bad_rows.csv" in entry["detail"]
    assert _leftover_uploads() == []


def test_cancel_publishes_nothing(open_app, real_db):
    at = _upload(open_app(PAGE), "submissions", "submissions.csv")
    assert "อ่าน 4 แถว · ใหม่ 3 · ซ้ำ 0 · จะถูกกักไว้ 1" in texts(at)
    assert "หน่วยงาน: ACC, ADM" in texts(at)
    assert at.dataframe[-1].value["คอลัมน์"].iloc[0] == "หน่วยงาน"
    next(b for b in at.button if b.label == "ยกเลิก").click().run()
    assert any("ไม่มีข้อมูลใดถูกนำเข้า" in i.value for i in at.info)
    assert count(real_db, "submissions") == 0
    assert count(real_db, "load_batches") == 1  # only the fixture's own ITA load


def test_a_refused_file_is_named_and_the_others_import(open_app, real_db, tmp_path):
    at = open_app(PAGE)
    at.selectbox(key="imp_kind").set_value("submissions").run()
    at.file_uploader[0].set_value(
        [
            ("submissions.csv", (FIXTURES / "submissions.csv").read_bytes(), "text/csv"),
            ("notes.csv", "ข้อความ,อื่น\nก,ข\n".encode(), "text/csv"),
        ]
    ).run()
    assert "ไฟล์นี้นำเข้าไม่ได้ จะถูกข้าม: " + inert("ไม่พบคอลัมน์ 'unit'") in texts(at)  # shown literally
    next(b for b in at.button if b.label == "นำเข้า").click().run()
    assert count(real_db, "submissions") == 3


@pytest.fixture
def signed_in(open_app, real_db):
    roles = {"pr": ["pr@mdes.go.th"], "acc": ["acc@mdes.go.th"]}
    return lambda email: open_app(PAGE, user=email, roles=roles)


@pytest.mark.parametrize(
    ("email", "kinds"), [("pr@mdes.go.th", ["reach"]), ("acc@mdes.go.th", ["submissions"])]
)
def test_each_role_imports_only_its_own_kind(signed_in, email, kinds):
    at = signed_in(email)
    assert at.selectbox(key="imp_kind").options == [
        {"reach": "ยอดการเข้าถึงสื่อสังคมออนไลน์", "submissions": "ทะเบียนการส่งรายงานของหน่วยงาน"}[k] for k in kinds
    ]


def test_a_new_fiscal_year_of_reach_alone_is_reachable(open_app, real_db, tmp_path):
    """A month of reach in FY2570 (October 2026) with no survey data yet: the year list must offer 2570
    and the reach page must show that month once imported through the page."""
    load.import_files("responses", [str(FIXTURES / "responses_bad_rows.csv")], real_db)  # FY2569 only
    at = open_app(PAGE)
    sheet = b"month,platform,metric,value\n2026-10,facebook,reach,12345\n"
    at.selectbox(key="imp_kind").set_value("reach").run()
    at.file_uploader[0].set_value([("reach-oct.csv", sheet, "text/csv")]).run()
    assert "ช่วงข้อมูล: ต.ค. 69 – ต.ค. 69" in texts(at)
    next(b for b in at.button if b.label == "นำเข้า").click().run()
    at.switch_page("views/reach.py").run()
    assert not at.exception
    assert "2570" in at.selectbox(key="f_fy").options  # the session's choice stays; the new year is offered
    at.selectbox(key="f_fy").set_value(2570).run()
    assert any("12,345" in str(m.value) for m in at.metric), [m.value for m in at.metric]


def _meta(title: str, days: range) -> bytes:
    """A Meta Business Suite page metric as downloaded (UTF-16, sep=, the name line, daily rows)."""
    lines = ["sep=,", f'"{title}"', '"Date","Primary"'] + [f'"2026-09-{d:02d}T01:00:00","{d}"' for d in days]
    return ("\r\n".join(lines) + "\r\n").encode("utf-16")


def test_a_meta_download_previews_file_by_file_and_the_platform_choice_places_the_rest(open_app, real_db):
    september = range(1, 31)
    files = [
        ("Reach.csv", _meta("Facebook reach", september), "text/csv"),
        ("Views.csv", _meta("Views", september), "text/csv"),  # names no platform
        (
            "Audience.csv",
            'sep=,\r\n"Age & gender"\r\n"","Women"\r\n"18-24","10.6"\r\n'.encode("utf-16"),
            "text/csv",
        ),
    ]
    at = open_app(PAGE)
    at.selectbox(key="imp_kind").set_value("reach").run()
    at.file_uploader[0].set_value(files).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(inert("--platform") in e.value for e in at.error)  # Views.csv: whose page?
    assert any("จะข้ามไป" in i.value for i in at.info)  # Audience.csv: not a daily series
    assert count(real_db, "reach") == 0

    at.selectbox(key="imp_platform").set_value("facebook").run()
    assert not at.error, [e.value for e in at.error]
    next(b for b in at.button if b.label == "นำเข้า").click().run()
    assert not at.exception
    con = duckdb.connect(str(real_db), read_only=True)
    try:
        got = dict(con.execute("SELECT metric, value FROM reach WHERE platform = 'facebook'").fetchall())
    finally:
        con.close()
    assert got == {"reach": sum(september), "views": sum(september)}  # 1 + 2 + ... + 30 = 465 each
    assert _leftover_uploads() == []
