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
from core import reach as fmt
from reports import pdf, reach_monthly, reach_xlsx
from reports.__main__ import main
from reports.docx_forms import thai_digits

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
    assert "\tบันทึกข้อความ" in text  # beside the ครุฑ, centred on a tab stop
    assert "วันที่  ๕ ตุลาคม ๒๕๖๙" in text  # issued 5 Oct 2026; Thai digits, as the official forms
    assert "เรื่อง  รายงานผลการเข้าถึงข่าวสารทางสื่อสังคมออนไลน์ ประจำเดือนกันยายน ๒๕๖๙" in text
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
    assert [r[1] for r in overview[1:]] == [thai_digits(f"{v:,.0f}") for v in reach["value"]]
    assert [r[3] for r in overview[1:]] == [thai_digits(f"{c:+.1%}") for c in reach["mom_change"]]
    assert [r[5] for r in overview[1:]] == [thai_digits(f"{c:+.1%}") for c in reach["yoy_change"]]
    # the attachment: one table, every platform's metrics, the platform named on its first row
    detail = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert detail[0][:3] == ["แพลตฟอร์ม", "ตัววัด", "เดือนนี้"]
    assert len(detail) - 1 == len(monthly)
    fb = monthly[monthly["platform"] == "facebook"].set_index("metric")
    facebook = detail[1 : 1 + len(fb)]
    assert facebook[0][:4] == [
        "Facebook",
        "การเข้าถึง",
        thai_digits(f"{fb.loc['reach', 'value']:,.0f}"),
        thai_digits(f"{fb.loc['reach', 'prev_value']:,.0f}"),
    ]
    followers = next(r for r in facebook if r[1] == "ผู้ติดตาม")
    assert followers[4] == thai_digits(
        f"{fb.loc['followers', 'mom_diff']:+,.0f} ({fb.loc['followers', 'mom_change']:+.1%})"
    )
    rate = next(r for r in facebook if r[1] == "อัตราการมีส่วนร่วม")
    assert rate[2] == thai_digits(f"{fb.loc['engagement_rate', 'value']:.1%}")
    assert rate[4] == thai_digits(f"{fb.loc['engagement_rate', 'mom_diff'] * 100:+.1f} pp")
    assert len(document.tables) == 2  # the overview in the memo, the detail in the attachment
    header = document.tables[1].rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None  # repeats on every page of the attachment
    summary = next(p.text for p in document.paragraphs if p.text.startswith("เดือนกันยายน ๒๕๖๙"))
    assert thai_digits(f"{reach['value'].sum():,.0f}") in summary
    text = "\n".join(p.text for p in document.paragraphs)
    assert not any(ch.isdigit() and ch.isascii() for ch in text.replace("ITA", ""))  # Thai digits only


def test_docx_sets_thai_font_size_and_bold_for_complex_script(report):
    raw = reach_monthly.build_docx(report)
    styles = zipfile.ZipFile(io.BytesIO(raw)).read("word/styles.xml").decode()
    body = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml").decode()
    font = 'w:ascii="TH SarabunIT๙" w:hAnsi="TH SarabunIT๙" w:eastAsia="TH SarabunIT๙" w:cs="TH SarabunIT๙"'
    assert f"<w:rFonts {font}/>" in styles  # the offices' own font, named as their PCs know it
    assert '<w:sz w:val="32"/><w:szCs w:val="32"/>' in styles  # 16 pt for Thai as well as Latin
    assert 'w:eastAsia="th-TH" w:bidi="th-TH"' in styles and "asciiTheme" not in styles
    assert 'w:eastAsia="th-TH" w:bidi="th-TH"' in body  # every run: Thai breaks lines between words
    assert "<w:b/><w:bCs/>" in body  # bold runs are bold in Thai too
    doc = Document(io.BytesIO(raw))
    heading = doc.styles["Heading 2"].element.rPr
    assert heading.find(qn("w:szCs")).get(qn("w:val")) == heading.find(qn("w:sz")).get(qn("w:val"))
    assert len(doc.inline_shapes) == 2  # the ครุฑ at the head, the chart in the attachment


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


def test_xlsx_engagement_rate_changes_in_points_as_on_the_page(report):
    book = load_workbook(io.BytesIO(reach_xlsx.build_xlsx(report)))
    rows = list(book["แยกแพลตฟอร์ม"].iter_rows())
    frame = report.monthly.reset_index(drop=True)
    i = frame.index[(frame["platform"] == "facebook") & (frame["metric"] == "engagement_rate")][0]
    r, cells = frame.loc[i], rows[1 + i]
    assert cells[4].value is None  # no "count" change for a rate
    assert cells[5].value == pytest.approx(r["mom_diff"] * 100)  # points, not (new - old) / old
    assert cells[5].number_format == reach_xlsx.POINTS
    shown = fmt.change_text("engagement_rate", r["mom_diff"], r["mom_change"])  # what the page writes
    assert shown == f"{cells[5].value:+.1f} pp"
    followers = frame.index[(frame["platform"] == "facebook") & (frame["metric"] == "followers")][0]
    assert rows[1 + followers][5].value == pytest.approx(frame.loc[followers, "mom_change"])


def test_the_memo_pdf_is_sendable_as_is(report, tmp_path, artifacts):
    """One page of memo with its signature, then the attachment; Sarabun embedded; no word broken."""
    missing = pdf.missing_packages()
    assert not missing, f"the PDF test needs {', '.join(missing)}: {pdf.INSTALL}"
    path = tmp_path / "memo.pdf"
    path.write_bytes(reach_monthly.build_pdf(report, issued=date(2026, 10, 5)))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    embedded = [line.split() for line in fonts.splitlines()[2:]]
    assert embedded and all("Sarabun" in f[0] and f[-5] == "yes" for f in embedded), fonts

    def page(n: int) -> str:  # -raw: in the order drawn (the default splits bold Thai by its marks)
        done = subprocess.run(["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-"],
                              capture_output=True, text=True, check=True)  # fmt: skip
        return done.stdout

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
    memo = next(n for n in range(1, pages + 1) if page(n).startswith("สิ่งที่ส่งมาด้วย"))
    assert memo in (2, 3)  # the memo is one or two pages; the attachment starts on a new page
    signed = "\n".join(page(n) for n in range(1, memo))
    assert "จึงเรียนมาเพื่อโปรดทราบ" in signed and signed.rstrip().endswith("กลุ่มงานประชาสัมพันธ์ กองกลาง")
    # A word cut at a line's end reads whole only once the lines are joined: count both ways.
    text = "\n".join(page(n) for n in range(1, pages + 1))
    words = ["เปลี่ยนแปลง", "แพลตฟอร์ม", "ผู้ติดตาม", "อัตราการมีส่วนร่วม", "จำนวนโพสต์", "ประชาสัมพันธ์",
             "การแสดงผล", "Facebook", "Instagram", "YouTube", "TikTok", "ตัวชี้วัด", "ประสิทธิภาพ",
             "สังคมออนไลน์", "กันยายน"]  # fmt: skip
    broken = [w for w in words if text.count(w) != text.replace("\n", "").count(w)]
    assert not broken, f"broken across lines: {broken}"
    assert text.count("Facebook") >= 3
    shots = artifacts / "memo"
    shots.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(shots / "page")], check=True)


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
    assert rows[2] == ["LINE OA", "–", "๕๐", "–", "–", "–"]  # missing, not zero
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "ยังไม่มีตัวเลขการเข้าถึงเดือนนี้: LINE OA" in text
    assert "เพิ่มขึ้น ๒๐.๐% จากเดือนสิงหาคม ๒๕๖๙ (เทียบเฉพาะ Facebook ที่มีตัวเลขทั้งสองเดือน)" in text


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
    from i18n import t

    thai = t("reach.daily_sum", "th")
    assert "ผลรวมของการเข้าถึงแต่ละวัน" in thai and "นับซ้ำทุกวัน" in thai
    assert thai in [p.text for p in document.paragraphs]
    book = load_workbook(io.BytesIO(reach_xlsx.build_xlsx(report)))
    assert thai in [r[0] for r in book["สรุป"].iter_rows(values_only=True)]
    english = Document(io.BytesIO(reach_monthly.build_docx(report, lang="en")))
    assert any("sum of each day's reach" in p.text for p in english.paragraphs)
