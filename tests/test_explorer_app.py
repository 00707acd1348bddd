"""AppTest: the explorer page — a shared link's rows, paging, conditions, the row cap — and the export
menu under every chart; tables offer no CSV of their own."""

from __future__ import annotations

import io
from datetime import date

import duckdb
import pandas as pd
from openpyxl import load_workbook
from streamlit import config
from streamlit.testing.v1 import AppTest

import exports
from dashboard import explorer as ex
from dashboard.explorer import PAGE_SIZE
from i18n import inert
from queries import explore
from tests.support.apptest import rerun

PAGE = "views/explorer.py"
LINK = {
    "fy": "2569",
    "ds": "responses",
    "where": "unit_code.eq.ADM~aware_news.eq.true",
    "sort": "submitted_at:asc",
    "cols": "submitted_at,unit_code,respondent_agency,aware_news",
    "pg": "2",
}
FY2569 = {"start": date(2025, 10, 1), "end": date(2026, 9, 30), "units": None, "visitor_type": None}


def _as_shown(key: str, rows: pd.DataFrame) -> pd.DataFrame:
    """The page shows dates and times in BE with Thai months (Bangkok time); the values are the query's."""
    from dashboard.date_input import shown_times

    columns = explore.dataset(key).columns
    dates = [c for c, kind in columns.items() if kind == explore.DATE]
    return shown_times(
        rows,
        "th",
        days=[c for c in dates if not c.endswith("_at")],
        times=[c for c in dates if c.endswith("_at")],
    )


def _expected(db, query: dict, page: int, shared=FY2569) -> tuple[pd.DataFrame, int]:
    view = explore.parse_view(query)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = explore.rows(con, view, shared, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return _as_shown(view.dataset, rows), explore.count(con, view, shared)
    finally:
        con.close()


def _param(at: AppTest, key: str):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def test_a_shared_link_shows_the_same_page_of_rows(open_app, served_demo):
    at = open_app(PAGE, query=LINK)
    want, total = _expected(served_demo, LINK, 2)
    assert at.title[0].value == "สำรวจและส่งออกข้อมูล"
    assert at.subheader[0].value == f"พบ {total:,} แถว" and total > 2 * PAGE_SIZE
    shown = at.dataframe[0].value
    assert len(shown) == PAGE_SIZE  # one page, never the whole result
    assert set(shown["aware_news"]) == {"รู้"}  # a yes/no answer reads as on the form
    want = ex.readable(want, explore.dataset("responses"), "th")
    pd.testing.assert_frame_equal(shown.reset_index(drop=True), want, check_dtype=False)
    assert any(f"{PAGE_SIZE + 1}–{2 * PAGE_SIZE}" in c.value for c in at.caption)
    for key in ("ds", "where", "sort", "cols", "pg"):
        assert _param(at, key) == LINK[key], key


def test_adding_a_condition_narrows_the_rows_and_goes_into_the_link(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "ds": "responses"})
    _, before = _expected(served_demo, {"ds": "responses"}, 1)
    assert at.subheader[0].value == f"พบ {before:,} แถว"
    at.selectbox(key="ex_fcol").set_value("unit_code")
    rerun(at)
    at.text_input(key="ex_fval").set_value("ACC")
    at.button[[b.label for b in at.button].index("เพิ่มเงื่อนไข")].click()
    rerun(at)
    assert _param(at, "where") == "unit_code.eq.ACC"
    want, after = _expected(served_demo, {"ds": "responses", "where": "unit_code.eq.ACC"}, 1)
    assert at.subheader[0].value == f"พบ {after:,} แถว" and 0 < after < before
    assert set(at.dataframe[0].value["unit_code"]) == {"ACC"}


def test_a_bad_value_is_explained_not_applied(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "ds": "responses"})
    at.selectbox(key="ex_fcol").set_value("submitted_date")
    rerun(at)
    at.selectbox(key="ex_fop").set_value("ge")
    at.text_input(key="ex_fval").set_value("31/2/2569")  # no 31 February
    at.button[[b.label for b in at.button].index("เพิ่มเงื่อนไข")].click()
    rerun(at)
    shown = inert("ใช้ค่า '31/2/2569' ไม่ได้: คอลัมน์นี้ต้องการวันที่")  # shown literally
    assert any(shown in e.value for e in at.error), [e.value for e in at.error]
    assert not _param(at, "where")
    at.text_input(key="ex_fval").set_value(
        "๓๑ ธ.ค. ๒๕๖๘"
    )  # a BE date as typed: read, and kept as ISO in the link
    at.button[[b.label for b in at.button].index("เพิ่มเงื่อนไข")].click()
    rerun(at)
    assert _param(at, "where") == "submitted_date.ge.2025-12-31"


def _add(at: AppTest) -> AppTest:
    at.button[[b.label for b in at.button].index("เพิ่มเงื่อนไข")].click()
    return rerun(at)


def test_an_empty_or_repeated_condition_is_refused_in_thai(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "ds": "responses"})
    at.selectbox(key="ex_fcol").set_value("unit_code")
    _add(rerun(at))
    assert any("ยังไม่ได้ใส่ค่าของเงื่อนไข" in e.value for e in at.error) and not _param(at, "where")
    at.text_input(key="ex_fval").set_value("ADM")
    _add(at)
    assert _param(at, "where") == "unit_code.eq.ADM"
    at.text_input(key="ex_fval").set_value("ADM")
    _add(at)
    assert any("มีเงื่อนไขนี้อยู่แล้ว" in e.value for e in at.error)
    assert _param(at, "where") == "unit_code.eq.ADM"  # not added twice


def test_a_yes_no_column_gets_a_yes_no_choice(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "ds": "responses"})
    at.selectbox(key="ex_fcol").set_value("aware_complaint")
    rerun(at)
    assert not [w for w in at.text_input if w.key == "ex_fval"]  # no text box to guess "true" in
    choice = at.segmented_control(key="ex_fbool")
    assert [getattr(o, "content", o) for o in choice.options] == ["รู้", "ไม่รู้"]
    choice.set_value("false")
    _add(rerun(at))
    assert _param(at, "where") == "aware_complaint.eq.false"
    assert set(at.dataframe[0].value["aware_complaint"]) == {"ไม่รู้"}
    assert "ไม่รู้" in at.multiselect(key="ex_where").format_func("aware_complaint.eq.false")


def test_the_export_names_unit_and_be_period_and_records_its_filters():
    ds = explore.dataset("responses")
    assert ex.export_name(ds, _Ctx()) == "responses-ADM-25681001-25690331"  # the unit, BE dates
    assert ex.export_name(explore.dataset("ita_scores"), _Ctx()) == "ita_scores"  # the filter does not apply
    view = explore.parse_view({"ds": "responses", "where": "aware_news.eq.false"})
    rows = ex.filter_rows(ds, view, _Ctx(), "th")
    frame = ex.readable(pd.DataFrame({"aware_news": [False, True, None]}), ds, "th")
    assert list(frame["aware_news"][:2]) == ["ไม่รู้", "รู้"] and pd.isna(frame["aware_news"][2])
    raw = exports.workbook_bytes([("data", frame)], rows, cover_name="ตัวกรอง", cover_last=True)
    book = load_workbook(io.BytesIO(raw))
    assert book.sheetnames == ["data", "ตัวกรอง"]
    cells = dict(book["ตัวกรอง"].iter_rows(values_only=True))
    assert cells["หน่วยงาน"] == "ADM" and cells["ช่วงเวลา"] == _Ctx.period_label
    assert "ไม่รู้" in cells["เงื่อนไขที่ใช้อยู่ (ลบได้)"]  # the condition, in words


class _Ctx:
    start, end, units, visitor_type = date(2025, 10, 1), date(2026, 3, 31), ("ADM",), None
    period_label = "ปีงบประมาณ 2569 · 6 เดือน"


def test_switching_dataset_starts_from_its_defaults(open_app, served_demo):
    at = open_app(PAGE, query=LINK)
    at.selectbox(key="ex_ds").set_value("ita_scores")
    rerun(at)
    want, total = _expected(served_demo, {"ds": "ita_scores"}, 1)
    want = ex.readable(want, explore.dataset("ita_scores"), "th")  # yes/no as words
    assert _param(at, "ds") == "ita_scores" and not _param(at, "where") and not _param(at, "cols")
    pd.testing.assert_frame_equal(at.dataframe[0].value.reset_index(drop=True), want, check_dtype=False)
    assert any("ไม่ขึ้นกับตัวกรองด้านซ้าย" in c.value for c in at.caption)


def test_over_the_row_cap_says_why_and_offers_the_command_line(open_app, served_demo, monkeypatch):
    monkeypatch.setenv("ITA_EXPORT_MAX_ROWS", "50")
    at = open_app(PAGE, query={"fy": "2569", "ds": "submissions"})
    assert any("ไม่เกิน 50 แถว" in w.value for w in at.warning)
    assert "python -m queries run explore_submissions -p start=2025-10-01" in at.code[0].value
    downloads = [b for b in at.get("download_button") if b.proto.label != "ดาวน์โหลดทั้งหน้า (Excel)"]
    assert downloads and all(b.proto.disabled for b in downloads)


def test_a_filter_matching_nothing_says_so(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "ds": "responses", "where": "unit_code.eq.NOPE"})
    assert any("ไม่มีแถวที่ตรง" in i.value for i in at.info) and len(at.dataframe) == 0


def test_every_chart_has_the_export_menu_and_the_page_a_workbook(open_app, served_demo):
    at = open_app("views/awareness.py")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("ดาวน์โหลด Excel") == labels.count("ดาวน์โหลด CSV") == 6
    assert labels.count("CSV (UTF-8 ไม่มี BOM)") == 6
    assert [b.proto.label for b in at.sidebar.get("download_button")] == ["ดาวน์โหลดทั้งหน้า (Excel)"]
    assert config.get_option("client.disableDataExport") is True  # no table CSV button bypasses this
