"""The PR group's monthly reach report to the Permanent Secretary (copy to ศปท.): DOCX and XLSX.

Both are built from the same two questions the reach page asks (reach_summary, reach_monthly), and the
DOCX writes every figure with core.reach's formatter, the one the page uses: the report says what the
page shows. No streamlit here: the page's download buttons and ``python -m reports`` both call it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor

from core import reach as fmt
from core.thaidate import format_date
from i18n import t
from reports import chart_png, docx_thai, pdf
from reports.docx_forms import thai_digits


@dataclass(frozen=True)
class ReachReport:
    month: date
    summary: pd.DataFrame  # reach_summary
    monthly: pd.DataFrame  # reach_monthly

    @property
    def has_figures(self) -> bool:
        return bool(self.monthly["value"].notna().any())

    @property
    def is_demo(self) -> bool:
        return bool(self.summary["is_demo"].any())

    def subject(self, lang: str = "th") -> str:
        return t("memo.subject", lang, month=fmt.month_long(self.month, lang))

    def file_name(self, ext: str) -> str:
        return f"reach-report-{self.month:%Y-%m}.{ext}"


def gather(ask: Callable[..., pd.DataFrame], month: date) -> ReachReport:
    """ask(name, **params) -> DataFrame: dashboard.data.ask on the page, queries.run in the CLI."""
    month = month.replace(day=1)
    return ReachReport(month, ask("reach_summary", month=month), ask("reach_monthly", month=month))


OFFICE_FONT = "TH SarabunIT๙"  # the memo font of Thai government offices (their PCs have it)
PDF_FONT = "Sarabun"  # the open redesign, embedded in the PDF (fontpkg-sarabun)
PDF_SCALE = 11 / 16  # Sarabun 11 pt sets Thai as large as TH SarabunIT๙ 16 pt
GARUDA = Path(__file__).with_name("assets") / "garuda.png"  # provenance: reports/assets/draw_garuda.py
TEXT_CM = 16.0  # A4 less 3 cm left and 2 cm right margins
OVERVIEW_CM = [3.2, 2.4, 2.4, 2.6, 2.7, 2.7]
DETAIL_CM = [2.2, 3.0, 1.9, 1.9, 2.5, 2.0, 2.5]


class _Memo:
    """The memo's writer: one font, one scale, Thai digits in Thai (as the official forms write them)."""

    def __init__(self, lang: str, font: str, scale: float):
        self.lang, self.font, self.scale = lang, font, scale
        self.doc = Document()
        docx_thai.apply(self.doc, font=font, size_pt=16 * scale)
        normal = self.doc.styles["Normal"].paragraph_format
        normal.space_after, normal.space_before = Pt(0), Pt(0)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(1.5), Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(2)

    def text(self, value: str) -> str:
        return thai_digits(value) if self.lang == "th" else value

    def run(self, paragraph, text: str, *, bold: bool = False, size: float = 16, colour=None):
        r = paragraph.add_run(self.text(text))
        r.bold = bold or None
        r.font.size = Pt(size * self.scale)
        if colour is not None:
            r.font.color.rgb = colour
        # Thai font, size, bold and language (no python-docx API for this XML)
        docx_thai.thai_rpr(r._r.get_or_add_rPr(), self.font)  # noqa: SLF001
        return r

    def para(self, text: str = "", *, bold=False, size=16, indent_cm=0.0, first_cm=0.0, align=None,
             before=0.0, keep=False):  # fmt: skip
        p = self.doc.add_paragraph()
        if text:
            self.run(p, text, bold=bold, size=size)
        f = p.paragraph_format
        f.left_indent, f.first_line_indent = Cm(indent_cm), Cm(first_cm)
        f.space_before = Pt(before * self.scale)
        f.keep_with_next = keep
        if align is not None:
            p.alignment = align
        return p

    def line(self, label: str, text: str, *, before: float = 0) -> None:
        p = self.para(before=before)
        self.run(p, label + "  ", bold=True, size=20 if self.lang == "th" else 16)
        self.run(p, text)

    def table(self, headers: list[str], rows: list[list[str]], widths_cm: list[float], *, size=14):
        """A grid whose header row repeats on every page (w:tblHeader) and whose rows never split;
        fixed column widths wide enough that no Thai word has to break inside."""
        grid = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.autofit = False
        for column, width in zip(grid.columns, widths_cm, strict=True):
            column.width = Cm(width)
        for r, values in enumerate([headers, *rows]):
            row = grid.rows[r]
            props = row._tr.get_or_add_trPr()  # noqa: SLF001 - no python-docx API for this XML
            props.append(OxmlElement("w:cantSplit"))
            if r == 0:
                props.append(OxmlElement("w:tblHeader"))
            for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                cell.width = Cm(widths_cm[c])
                paragraph = cell.paragraphs[0]
                paragraph.text = ""
                self.run(paragraph, value, bold=r == 0, size=size)
                if r == 0:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif c and _numeric(value):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return grid


def _numeric(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or text.strip() == "–"


def detail_rows(monthly: pd.DataFrame, lang: str = "th") -> list[list[str]]:
    """The attachment's one table: every metric of every platform, the platform named on its first row."""
    rows = []
    for platform in fmt.platforms_in(monthly):
        for i, row in enumerate(fmt.platform_rows(monthly, platform, lang)):
            rows.append([fmt.platform_name(platform, lang) if i == 0 else "", *row])
    return rows


def build_docx(
    report: ReachReport,
    issued: date | None = None,
    lang: str = "th",
    *,
    font: str = OFFICE_FONT,
    scale: float = 1.0,
) -> bytes:
    """The memo (บันทึกข้อความ) on one or two pages, ending with the signature block, then its
    attachment (สิ่งที่ส่งมาด้วย): every platform's figures in one table and the chart.

    The DOCX names the offices' own font (TH SarabunIT๙, 16 pt); build_pdf lays the same document out
    in Sarabun at the equivalent size and LibreOffice embeds it."""
    m = _Memo(lang, font, scale)
    if report.is_demo:
        m.run(m.para(), t("app.demo_badge", lang), bold=True, size=14, colour=RGBColor(0xC0, 0, 0))
    head = m.para()
    head.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_CM / 2), WD_TAB_ALIGNMENT.CENTER)
    head.add_run().add_picture(str(GARUDA), height=Cm(1.5))
    head.add_run("\t")
    m.run(head, t("memo.title", lang), bold=True, size=29)
    m.line(t("memo.from", lang), t("memo.from_office", lang), before=6)
    m.line(t("memo.ref", lang), t("memo.ref_blank", lang))
    m.line(t("memo.date", lang), format_date(issued or date.today(), lang, long=True))
    m.line(t("memo.subject_line", lang), report.subject(lang))
    m.line(t("memo.to", lang), t("memo.to_whom", lang), before=6)
    m.line(t("memo.copy", lang), t("memo.copy_whom", lang))
    m.para(t("memo.opening", lang, month=fmt.month_long(report.month, lang)), first_cm=2.5, before=6)
    m.para(t("memo.summary", lang), bold=True, before=6, keep=True)
    m.para(fmt.summary_text(report.summary, report.monthly, lang), first_cm=2.5)
    m.para(t("reach.double_count", lang), first_cm=2.5, size=14)
    m.para(t("reach.daily_sum", lang), first_cm=2.5, size=14)
    m.para("2. " + t("reach.chart_platforms", lang), bold=True, before=6, keep=True)
    overview = fmt.overview_rows(report.monthly, lang)
    m.table([t("col.platform", lang), *fmt.table_headers(lang)[1:]], overview, OVERVIEW_CM)
    m.para(t("memo.see_attachment", lang), first_cm=2.5, before=4)
    m.para(t("memo.closing", lang), first_cm=2.5, before=8, keep=True)
    for text in (
        "",
        "",
        "(.......................................................)",
        t("memo.position", lang),
        t("memo.signer_group", lang),
    ):
        m.para(text, indent_cm=7, align=WD_ALIGN_PARAGRAPH.CENTER, keep=True)
    m.doc.paragraphs[-1].paragraph_format.keep_with_next = False

    # --- the attachment, from a new page --------------------------------------------------------
    top = m.para(t("memo.attachment", lang), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    top.paragraph_format.page_break_before = True
    m.para(
        t("memo.attachment_title", lang, month=fmt.month_long(report.month, lang)),
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    m.para()
    m.table([t("col.platform", lang), *fmt.table_headers(lang)], detail_rows(report.monthly, lang), DETAIL_CM)
    sources = ", ".join(sorted(report.monthly["source"].dropna().unique())) or "–"
    m.para(f"{t('reach.table.caption', lang)} ({sources})", size=13, before=4)
    if overview:
        chart = m.para(align=WD_ALIGN_PARAGRAPH.CENTER, before=8, keep=True)
        chart.add_run().add_picture(
            io.BytesIO(chart_png.reach_bars(report.monthly, report.month, lang)), width=Cm(15)
        )
        m.para(
            t("reach.chart_platforms", lang) + " (" + t("metric.reach", lang) + ")",
            size=14,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
    out = io.BytesIO()
    m.doc.save(out)
    return out.getvalue()


def build_pdf(report: ReachReport, issued: date | None = None, lang: str = "th") -> bytes:
    """The memo as PDF: the same document in Sarabun (embedded by LibreOffice)."""
    docx = build_docx(report, issued, lang, font=PDF_FONT, scale=PDF_SCALE)
    return pdf.to_pdf({report.file_name("docx"): docx})[report.file_name("pdf")]
