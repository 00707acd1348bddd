"""The page, lines and tables the official forms share (แบบรายงานที่ ๑ and ๒, the ศปท. round report).

Layout follows the seed document: A4, Sarabun 11 pt (the size of TH Sarabun New 16 pt, the
government's usual), a bold centred title, lines for the officer to fill in drawn as dot-leader tab
stops (they stay aligned when typed into and are never filled from data), tables with a grid, and
the signature block ending "ณ วันที่ … เดือน … พ.ศ. …".

Digits: the forms' own text, numbering and dates use Thai digits as the seed does (๑ ๒ ๓, พ.ศ. ๒๕๖๙);
counts and rates in tables use Arabic digits with thousands separators, exactly as the dashboard
shows them, so a reader can check one against the other figure by figure.
"""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from core.fiscal import round_range, to_be
from core.thaidate import MONTHS_TH
from i18n import t
from reports import docx_thai

ORG = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
SIZE = 11
_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(value: object) -> str:
    return str(value).translate(_THAI)


def thai_date(d: date) -> str:
    """๑ ตุลาคม ๒๕๖๘: the seed's style for dates in running text."""
    return thai_digits(f"{d.day} {MONTHS_TH[d.month - 1]} {to_be(d.year)}")


def round_line(fy: int, round_: str) -> str:
    """รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)."""
    start, end = round_range(fy, round_)
    return thai_digits(f"รอบ {round_} เดือน ปีงบประมาณ พ.ศ. {fy}") + f" ({thai_date(start)} – {thai_date(end)})"


def count(value: object) -> str:
    """A count as the dashboard writes it: 1,234 (no value: –)."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return "–"


def new_document(*, landscape: bool = False) -> Document:
    document = Document()
    docx_thai.apply(document, size_pt=SIZE)
    section = document.sections[0]
    section.page_width, section.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = document.styles["Normal"].paragraph_format
    normal.space_after = Pt(3)
    normal.space_before = Pt(0)
    return document


def demo_badge(document, is_demo: bool) -> None:
    if is_demo:
        docx_thai.run(
            document.add_paragraph(), t("app.demo_badge", "th"), bold=True, colour=RGBColor(0xC0, 0, 0)
        )


def title(document, lines: list[str], *, bold: bool = True, size_pt: float = SIZE + 1) -> None:
    for line in lines:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        docx_thai.run(p, line, bold=bold, size_pt=size_pt)
    document.paragraphs[-1].paragraph_format.space_after = Pt(8)


def fill_line(document, fields: list[tuple[str, float, str]]) -> None:
    """One line of labels, each followed by dots up to a tab stop: [(label, stop in cm, text), ...].

    The text is "" for a line to fill in by hand (the dots show); a known value (the unit's name) is
    written after the label instead of dots.
    """
    p = document.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    for label, stop_cm, text in fields:
        if text:
            p.add_run(f"{label} {text} ")
        else:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(stop_cm), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
            p.add_run(f"{label}\t")


def heading(document, text: str) -> None:
    p = document.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    docx_thai.run(p, text, bold=True)


def body(document, text: str, *, indent: bool = True):
    p = document.add_paragraph(text)
    if indent:
        p.paragraph_format.first_line_indent = Cm(2.5)
    return p


def note(document, text: str):
    p = document.add_paragraph()
    docx_thai.run(p, text, size_pt=SIZE - 1.5)
    p.paragraph_format.space_after = Pt(2)
    return p


def _shade(cell, fill: str = "E7E6E6") -> None:
    props = cell._tc.get_or_add_tcPr()  # noqa: SLF001 - no python-docx API for this XML
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def set_cell(cell, text: str, *, bold: bool = False, align=None, size_pt: float | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.text = ""
    paragraph.paragraph_format.space_after = Pt(0)
    if align is not None:
        paragraph.alignment = align
    if text:
        docx_thai.run(paragraph, text, bold=bold, size_pt=size_pt)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table(document, header_rows, rows, widths_cm, *, size_pt=None, numbered: bool = True):
    """A grid table; the first header_rows rows are bold, centred and shaded, the first column centred
    when it holds the numbering (numbered),
    numbers (cells of digits, commas, %, points) right-aligned. Returns the table for merges."""
    grid = document.add_table(rows=len(rows), cols=len(widths_cm))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    for column, width in zip(grid.columns, widths_cm, strict=True):
        column.width = Cm(width)  # w:gridCol: LibreOffice lays the table out from the grid, Word from cells
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            cell = grid.cell(r, c)
            cell.width = Cm(widths_cm[c])
            if r < header_rows:
                set_cell(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size_pt=size_pt)
                _shade(cell)
            elif c == 0 and numbered:
                set_cell(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, size_pt=size_pt)
            elif _numeric(text):
                set_cell(cell, text, align=WD_ALIGN_PARAGRAPH.RIGHT, size_pt=size_pt)
            else:
                set_cell(cell, text, size_pt=size_pt)
    for r, row in enumerate(grid.rows):  # rows never break across pages; the heading repeats on each
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # noqa: SLF001 - no python-docx API for this XML
        if r < header_rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # noqa: SLF001 - no python-docx API for this XML
    return grid


def merge(grid, top_left: tuple[int, int], bottom_right: tuple[int, int], text: str, **style) -> None:
    """Merge a block of header cells and write its text once (a merge keeps every cell's paragraphs)."""
    cell = grid.cell(*top_left).merge(grid.cell(*bottom_right))
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)  # noqa: SLF001 - no python-docx API for this XML
    set_cell(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, **style)


def _numeric(text: str) -> bool:
    core = text.replace(",", "").replace("%", "").replace("+", "").replace("-", "").replace(".", "")
    core = core.replace("–", "").replace(" ", "").replace("จุด", "").replace("*", "")
    return bool(text.strip()) and (core.isdigit() or text.strip() == "–")


def signature(document, *, position: str = "", unit: str = "", indent_cm: float = 7) -> None:
    """(.......) / ตำแหน่ง ....... / ณ วันที่ ...... เดือน ............ พ.ศ. ...... — right half, to sign."""
    lines = [
        "",
        "",
        "(.......................................................)",
        position if position else "ตำแหน่ง.......................................................",
        *([unit] if unit else []),
        "ณ วันที่............เดือน.............................พ.ศ. ...............",
    ]
    for line in lines:
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.left_indent = Cm(indent_cm)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True


def save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
