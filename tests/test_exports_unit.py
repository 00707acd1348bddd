"""Exports never carry a live formula, keep Thai readable in Excel, and keep numbers and dates typed."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

import exports

# (payload, as the CSV must show it, as the XLSX cell must hold it)
PAYLOADS = [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+1+1", "'+1+1", "'+1+1"),
    (-5, "-5", -5),  # a number stays a number
    ("-5", "-5", "-5"),  # text that is just a number: a spreadsheet reads the number, nothing runs
    ("-x", "'-x", "'-x"),
    ("@SUM(1)", "'@SUM(1)", "'@SUM(1)"),
    ("\t=1+1", "'\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1", "'\r=1+1"),
    ("＝1", "'＝1", "'＝1"),
    ("＋1", "'＋1", "'＋1"),
    ("－1", "'－1", "'－1"),
    ("＠A1", "'＠A1", "'＠A1"),
    ("กองกลาง = ดี", "กองกลาง = ดี", "กองกลาง = ดี"),
]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"payload": pd.Series([p for p, _, _ in PAYLOADS], dtype=object)})


def _csv_cells(data: bytes, encoding: str) -> list:
    return pd.read_csv(io.BytesIO(data), encoding=encoding, dtype=str, keep_default_na=False)[
        "payload"
    ].tolist()


@pytest.mark.parametrize("bom", [True, False])
def test_csv_neutralises_every_payload(bom):
    data = exports.csv_bytes(_frame(), bom=bom)
    assert data.startswith(b"\xef\xbb\xbf") == bom
    cells = _csv_cells(data, "utf-8-sig" if bom else "utf-8")
    assert cells == [csv for _, csv, _ in PAYLOADS]


def test_the_excel_csv_has_a_bom_and_thai_survives():
    data = exports.csv_bytes(pd.DataFrame({"หน่วยงาน": ["กองกลาง"]}))
    assert data[:3] == b"\xef\xbb\xbf"
    assert data.decode("utf-8-sig").splitlines() == ["หน่วยงาน", "กองกลาง"]


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_xlsx_has_no_formula_and_keeps_numbers():
    data = exports.xlsx_bytes(_frame(), "payloads", ["ข้อความ"])
    assert not re.search(r"<f[ >]", _sheet_xml(data)), "a data cell became a formula"
    sheet = load_workbook(io.BytesIO(data))["payloads"]
    cells = [sheet.cell(row=i + 2, column=1) for i in range(len(PAYLOADS))]
    assert [c.value for c in cells] == [x for _, _, x in PAYLOADS]
    assert [c.data_type for c in cells] == ["n" if isinstance(x, int) else "s" for _, _, x in PAYLOADS]
    assert sheet["A1"].value == "ข้อความ"


def test_the_formula_check_can_fail():
    """The <f> check above would catch a formula: openpyxl writes one for a raw '=' string."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "=1+1"
    buffer = io.BytesIO()
    book.save(buffer)
    assert re.search(r"<f[ >]", _sheet_xml(buffer.getvalue()))


def test_xlsx_typed_columns_thai_headers_frozen_header_widths():
    frame = pd.DataFrame(
        {
            "submitted_at": [datetime(2026, 1, 2, 9, 30), datetime(2026, 1, 3, 10, 0)],
            "month": [date(2026, 1, 1), date(2026, 2, 1)],
            "responses": [12, 7],
            "news_rate": [0.75, None],
            "aware_news": [True, False],
            "unit_name_th": ["สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดนนทบุรี", "กองกลาง"],
        }
    )
    data = exports.xlsx_bytes(frame, "data", exports.header_labels(frame.columns, "th"))
    sheet = load_workbook(io.BytesIO(data))["data"]
    assert [c.value for c in sheet[1]] == [
        "เวลาที่ส่ง", "เดือน", "ผู้ตอบ (คน)", "ข่าวสาร: อัตรา", "รับรู้ข่าวสาร", "ชื่อหน่วยงาน",
    ]  # fmt: skip
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].value == datetime(2026, 1, 2, 9, 30) and sheet["A2"].is_date
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].value == 12 and sheet["C2"].data_type == "n"
    assert sheet["D2"].value == 0.75 and sheet["D3"].value is None
    assert sheet["E2"].value is True
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["C"].width >= 8


def test_control_characters_are_dropped_not_fatal():
    data = exports.xlsx_bytes(pd.DataFrame({"t": ["a\x00b\x1bc"]}))
    assert load_workbook(io.BytesIO(data))["data"]["A2"].value == "abc"


def test_whole_view_workbook_has_a_cover_then_a_sheet_each():
    one = pd.DataFrame({"channel": ["news"], "rate": [0.8]})
    two = pd.DataFrame({"x": ["=1"]})
    cover = [("หน้า", "การรับรู้"), ("ข้อมูล ณ", datetime(2026, 10, 1, 6, 30)), ("แหล่งข้อมูล", "=evil()")]
    long_name = "awareness_monthly_P12_with_a_very_long_name"
    data = exports.workbook_bytes([("awareness_by_channel", one), (long_name, two), (long_name, two)], cover)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames[0] == "cover" and len(book.sheetnames) == 4
    assert all(len(n) <= 31 for n in book.sheetnames) and len(set(book.sheetnames)) == 4
    assert book["cover"]["B1"].value == "การรับรู้" and book["cover"]["B2"].is_date
    assert book["cover"]["B3"].value == "'=evil()"
    assert not re.search(r"<f[ >]", _sheet_xml(data))


def test_row_cap_is_configurable(monkeypatch):
    assert exports.max_rows() == 200_000
    monkeypatch.setenv("ITA_EXPORT_MAX_ROWS", "10")
    exports.check_rows(10)
    with pytest.raises(exports.TooManyRows, match="10"):
        exports.check_rows(11)
