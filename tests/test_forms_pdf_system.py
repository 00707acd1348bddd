"""The forms as PDF (LibreOffice headless): Sarabun embedded, the Thai text and the figures in it, and
every page rendered to PNG in test-artifacts/forms/ to look at (Thai marks above and below their
consonants). Needs libreoffice-writer-nogui and poppler-utils: without them these tests fail with the
install command; they are never skipped."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import duckdb
import pytest

import queries
from reports import bundle, pdf

ROUND6 = {"start": "2025-10-01", "end": "2026-03-31", "visitor_type": None}


@pytest.fixture(scope="module")
def office():
    missing = pdf.missing_packages()
    if missing:
        pytest.fail(f"the PDF tests need {', '.join(missing)}: {pdf.INSTALL} (or: make office-deps)")


@pytest.fixture(scope="module")
def pdfs(office, demo_db, tmp_path_factory) -> dict[str, Path]:
    con = duckdb.connect(str(demo_db), read_only=True)
    ask = lambda name, **p: queries.run(con, name, **p)  # noqa: E731
    try:
        files = {}
        for kind, units in (("form2", ["ADM"]), ("form1", ["ADM"]), ("consolidated", [])):
            batch = bundle.build(ask, kind, 2569, "6", units=units, formats=("pdf",), as_of=date(2026, 4, 20))
            files.update(batch.files)
        empty = bundle.build(
            ask, "form2", 2570, "6", units=["LEG"], formats=("pdf",)
        )  # a round with no answers
        files.update(empty.files)
    finally:
        con.close()
    folder = tmp_path_factory.mktemp("pdf")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_pdf_embeds_sarabun(pdfs):
    assert set(pdfs) == {
        "form2-2569-r6-ADM.pdf",
        "form1-2569-r6-ADM.pdf",
        "ita-round-report-2569-r6.pdf",
        "form2-2570-r6-LEG.pdf",
    }
    for path in pdfs.values():
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:]]
        assert rows, f"{path.name}: no fonts"
        assert all("Sarabun" in r[0] and r[-5] == "yes" for r in rows), fonts  # every font Sarabun, embedded


def test_form2_pdf_says_the_thai_and_the_figures(pdfs, demo_db):
    text = _text(pdfs["form2-2569-r6-ADM.pdf"])
    for phrase in (
        "หน่วยงาน กองกลาง",
        "รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๙",
        "๑. ประเภทของผู้มาติดต่อ",
        "คู่สัญญา/การจัดซื้อจัดจ้าง",
        "ขอรับบริการข้อมูล/ข่าวสาร",
        "เสนอความเห็น/ข้อเสนอแนะ",
        "ช่องทางร้องเรียนการทุจริต",
        "ไม่นับผู้ที่เว้นว่างข้อนั้น",
        "ณ วันที่",
    ):
        assert phrase in text, phrase
    con = duckdb.connect(str(demo_db), read_only=True)
    mix = queries.run(con, "visitor_mix", **ROUND6, units=["ADM"])
    aware = queries.run(con, "awareness_by_channel", **ROUND6, units=["ADM"])
    con.close()
    lines = [line.split() for line in text.splitlines()]
    for label, value in zip(
        ("คู่สัญญา/การจัดซื้อจัดจ้าง", "ประชุม/สัมมนา"), mix["responses"].iloc[[0, 2]], strict=True
    ):
        assert any(label in parts and parts[-1] == f"{value:,}" for parts in lines), (label, value)
    for number, r in zip("๑๒๓", aware.itertuples(), strict=True):  # table ๒: aware, unaware, total
        assert [number, f"{r.aware:,}", f"{r.unaware:,}", f"{r.total:,}"] in [
            [p[0], *p[-3:]] for p in lines if p
        ]


def test_the_other_pdfs_say_what_they_are(pdfs):
    form1 = _text(pdfs["form1-2569-r6-ADM.pdf"])
    assert "มาตรการ/แนวทางแก้ไขและพัฒนา" in form1 and "ผลการดำเนินงาน" in form1
    assert "https://drive.example.go.th/" in form1
    report = _text(pdfs["ita-round-report-2569-r6.pdf"])
    # (pdftotext splits stacked marks in large bold titles, a quirk of extraction: the PNGs show them right)
    assert "ประสิทธิภาพการสื่อสาร" in report and "ศูนย์ปฏิบัติการต่อต้านการทุจริต" in report
    empty = _text(pdfs["form2-2570-r6-LEG.pdf"])
    assert "ไม่มีผู้ตอบแบบสำรวจ" in empty and "จำนวน (คน)" not in empty


def test_pages_rendered_to_png_to_look_at(pdfs, artifacts):
    folder = artifacts / "forms"
    folder.mkdir(exist_ok=True)
    for path in pdfs.values():
        subprocess.run(["pdftoppm", "-png", "-r", "90", str(path), str(folder / path.stem)], check=True)
    pngs = sorted(folder.glob("*.png"))
    assert {p.name.rsplit("-", 1)[0] for p in pngs} >= {Path(n).stem for n in pdfs}
    preview = pdf.page_png(pdfs["form2-2569-r6-ADM.pdf"].read_bytes())
    assert preview.startswith(b"\x89PNG")
