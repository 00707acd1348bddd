"""The monthly reach report: DOCX (Thai run properties, tables equal to the query), XLSX, the CLI."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import duckdb
import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

import queries
from ita import reach as fmt
from reports import reach_monthly, reach_xlsx
from reports.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SEPTEMBER = date(2026, 9, 1)


@pytest.fixture(scope="module")
def report(demo_db):
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        yield reach_monthly.gather(lambda name, **p: queries.run(con, name, **p), SEPTEMBER)
    finally:
        con.close()


@pytest.fixture(scope="module")
def document(report):
    return Document(io.BytesIO(reach_monthly.build_docx(report, issued=date(2026, 10, 5))))


def test_docx_head_says_who_to_whom_and_when_in_be(document):
    text = [p.text for p in document.paragraphs]
    assert "บันทึกข้อความ" in text
    assert "วันที่  5 ตุลาคม 2569" in text  # issued 5 Oct 2026
    assert "เรื่อง  รายงานผลการเข้าถึงข่าวสารทางสื่อสังคมออนไลน์ ประจำเดือนกันยายน 2569" in text
    assert "เรียน  ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม" in text
    assert any(p.startswith("สำเนาเรียน") and "ศปท." in p for p in text)
    assert text[0].startswith("ข้อมูลตัวอย่าง")  # demo figures are labelled in the document too


def test_docx_tables_equal_the_query(document, report, demo_db):
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        monthly = queries.run(con, "reach_monthly", month="2026-09-01")
    finally:
        con.close()
    reach = monthly[monthly["metric"] == "reach"]
    overview = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert overview[0][0] == "แพลตฟอร์ม"
    assert [r[0] for r in overview[1:]] == [
        "Facebook",
        "YouTube",
        "LINE OA",
        "X (Twitter)",
        "TikTok",
        "Instagram",
    ]
    assert [r[1] for r in overview[1:]] == [f"{v:,.0f}" for v in reach["value"]]
    assert [r[3] for r in overview[1:]] == [f"{c:+.1%}" for c in reach["mom_change"]]
    assert [r[5] for r in overview[1:]] == [f"{c:+.1%}" for c in reach["yoy_change"]]
    facebook = [[c.text for c in row.cells] for row in document.tables[1].rows]
    fb = monthly[monthly["platform"] == "facebook"].set_index("metric")
    assert facebook[1][:3] == [
        "การเข้าถึง",
        f"{fb.loc['reach', 'value']:,.0f}",
        f"{fb.loc['reach', 'prev_value']:,.0f}",
    ]
    followers = next(r for r in facebook if r[0] == "ผู้ติดตาม")
    assert (
        followers[3] == f"{fb.loc['followers', 'mom_diff']:+,.0f} ({fb.loc['followers', 'mom_change']:+.1%})"
    )
    rate = next(r for r in facebook if r[0] == "อัตราการมีส่วนร่วม")
    assert rate[1] == f"{fb.loc['engagement_rate', 'value']:.1%}"
    assert len(document.tables) == 1 + 6  # the overview, then one table per platform
    summary = next(p.text for p in document.paragraphs if p.text.startswith("เดือนกันยายน 2569"))
    assert f"{reach['value'].sum():,.0f}" in summary


def test_docx_sets_thai_font_size_and_bold_for_complex_script(report):
    raw = reach_monthly.build_docx(report)
    styles = zipfile.ZipFile(io.BytesIO(raw)).read("word/styles.xml").decode()
    body = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml").decode()
    assert '<w:rFonts w:ascii="Sarabun" w:hAnsi="Sarabun" w:eastAsia="Sarabun" w:cs="Sarabun"/>' in styles
    assert '<w:sz w:val="28"/><w:szCs w:val="28"/>' in styles  # 14 pt for Thai as well as Latin
    assert 'w:bidi="th-TH"' in styles and "asciiTheme" not in styles
    assert "<w:b/><w:bCs/>" in body  # bold runs are bold in Thai too
    doc = Document(io.BytesIO(raw))
    heading = doc.styles["Heading 2"].element.rPr
    assert heading.find(qn("w:szCs")).get(qn("w:val")) == heading.find(qn("w:sz")).get(qn("w:val"))
    assert len(doc.inline_shapes) == 1  # the chart


def test_xlsx_has_the_same_numbers(report):
    book = load_workbook(io.BytesIO(reach_xlsx.build_xlsx(report)))
    assert book.sheetnames == ["สรุป", "แยกแพลตฟอร์ม"]
    detail = list(book["แยกแพลตฟอร์ม"].iter_rows(values_only=True))
    assert detail[0][:4] == ("แพลตฟอร์ม", "ตัววัด", "เดือนนี้", "เดือนก่อน")
    assert len(detail) - 1 == len(report.monthly)
    for row, r in zip(detail[1:], report.monthly.itertuples(), strict=True):
        assert row[0] == fmt.platform_name(r.platform)
        assert row[2] == pytest.approx(r.value) and row[3] == pytest.approx(r.prev_value)
    summary = [r for r in book["สรุป"].iter_rows(values_only=True) if r and r[0]]
    assert summary[0][0] == report.subject()
    assert any(str(r[0]).startswith("เดือนกันยายน 2569") for r in summary)


def test_a_month_with_a_missing_platform_says_so_and_shows_a_dash(tmp_path):
    from etl import publish

    path = tmp_path / "gap.duckdb"
    with publish.staged(path, fresh=True) as con:
        con.executemany(
            "INSERT INTO reach VALUES (?, ?, 'reach', ?, 'sheet', 1, false)",
            [("2026-08-01", "facebook", 100), ("2026-08-01", "line", 50), ("2026-09-01", "facebook", 120)],
        )
    con = duckdb.connect(str(path), read_only=True)
    report = reach_monthly.gather(lambda n, **p: queries.run(con, n, **p), SEPTEMBER)
    con.close()
    doc = Document(io.BytesIO(reach_monthly.build_docx(report)))
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[2] == ["LINE OA", "–", "50", "–", "–", "–"]  # missing, not zero
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "ยังไม่มีตัวเลขการเข้าถึงเดือนนี้: LINE OA" in text
    assert "เพิ่มขึ้น 20.0% จากเดือนสิงหาคม 2569 (เทียบเฉพาะ Facebook ที่มีตัวเลขทั้งสองเดือน)" in text


def test_cli_writes_docx_and_xlsx_and_refuses_an_empty_month(demo_db, tmp_path, capsys):
    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "reports", "reach-monthly", *args, "--db", str(demo_db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = cli("--month", "ก.ย. 2569", "-o", str(tmp_path / "r.docx"))
    assert done.returncode == 0, done.stderr
    assert Document(str(tmp_path / "r.docx")).tables[0].rows[1].cells[0].text == "Facebook"
    # the rest in-process: the same main(), without another interpreter start
    assert (
        main(["reach-monthly", "--month", "2026-09", "-o", str(tmp_path / "r.xlsx"), "--db", str(demo_db)])
        == 0
    )
    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["สรุป", "แยกแพลตฟอร์ม"]
    empty = ["reach-monthly", "--month", "2030-01", "-o", str(tmp_path / "none.docx"), "--db", str(demo_db)]
    assert main(empty) == 2 and "no reach figures for 2030-01" in capsys.readouterr().err
    assert not (tmp_path / "none.docx").exists()


def test_docx_and_xlsx_say_that_reach_from_daily_exports_is_a_sum_of_days(document, report):
    from ita.i18n import t

    thai = t("reach.daily_sum", "th")
    assert "ผลรวมของการเข้าถึงแต่ละวัน" in thai and "นับซ้ำทุกวัน" in thai
    assert thai in [p.text for p in document.paragraphs]
    book = load_workbook(io.BytesIO(reach_xlsx.build_xlsx(report)))
    assert thai in [r[0] for r in book["สรุป"].iter_rows(values_only=True)]
    english = Document(io.BytesIO(reach_monthly.build_docx(report, lang="en")))
    assert any("sum of each day's reach" in p.text for p in english.paragraphs)
