"""The PR group's monthly reach report to the Permanent Secretary (copy to ศปท.): DOCX and XLSX.

Both are built from the same two questions the reach page asks (reach_summary, reach_monthly), and the
DOCX writes every figure with ita.reach's formatter, the one the page uses: the report says what the
page shows. No streamlit here: the page's download buttons and ``python -m reports`` both call it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ita import reach as fmt
from ita.i18n import t
from ita.thaidate import format_date
from reports import chart_png, docx_thai

ORG = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
FROM = f"กลุ่มงานประชาสัมพันธ์ กองกลาง {ORG}"
TO = "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
CC = "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)"


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
        when = fmt.month_long(self.month, lang)
        if lang == "en":
            return f"Social-media reach of the office's news, {when}"
        return f"รายงานผลการเข้าถึงข่าวสารทางสื่อสังคมออนไลน์ ประจำเดือน{when}"

    def file_name(self, ext: str) -> str:
        return f"reach-report-{self.month:%Y-%m}.{ext}"


def gather(ask: Callable[..., pd.DataFrame], month: date) -> ReachReport:
    """ask(name, **params) -> DataFrame: dashboard.data.ask on the page, queries.run in the CLI."""
    month = month.replace(day=1)
    return ReachReport(month, ask("reach_summary", month=month), ask("reach_monthly", month=month))


def _table(document, headers: list[str], rows: list[list[str]], widths_cm: list[float]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].text = ""
        docx_thai.run(cell.paragraphs[0], text, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.paragraphs[0].text = text
            if i:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _line(document, label: str, text: str) -> None:
    p = document.add_paragraph()
    docx_thai.run(p, label + "  ", bold=True)
    p.add_run(text)
    p.paragraph_format.space_after = Pt(2)


def build_docx(report: ReachReport, issued: date | None = None, lang: str = "th") -> bytes:
    """The memo (บันทึกข้อความ): head, summary, overview table, chart, a table per platform, notes."""
    document = Document()
    size = 14 if lang == "th" else 11
    heading = document.styles["Heading 2"].font
    heading.size, heading.color.rgb = Pt(size + 1), RGBColor(0, 0, 0)
    docx_thai.apply(document, size_pt=size)  # after the sizes: it copies each w:sz to w:szCs
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    widths = [4.0, 2.5, 2.5, 2.6, 2.5, 2.6]
    if report.is_demo:
        docx_thai.run(
            document.add_paragraph(), t("app.demo_badge", lang), bold=True, colour=RGBColor(0xC0, 0, 0)
        )
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_thai.run(head, "บันทึกข้อความ" if lang == "th" else "Memorandum", bold=True, size_pt=20)
    _line(document, "ส่วนราชการ" if lang == "th" else "From", FROM)
    _line(document, "ที่" if lang == "th" else "Ref.", "ดศ ........................")
    _line(document, "วันที่" if lang == "th" else "Date", format_date(issued or date.today(), lang, long=True))
    _line(document, "เรื่อง" if lang == "th" else "Subject", report.subject(lang))
    _line(document, "เรียน" if lang == "th" else "To", TO)
    _line(document, "สำเนาเรียน" if lang == "th" else "Copy", CC)
    intro = document.add_paragraph(
        f"กลุ่มงานประชาสัมพันธ์ กองกลาง ขอรายงานผลการเข้าถึงข่าวสารของสำนักงานทางสื่อสังคมออนไลน์ "
        f"ประจำเดือน{fmt.month_long(report.month, 'th')} ตามมาตรการยกระดับผลการประเมิน ITA "
        f"ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ดังนี้"
        if lang == "th"
        else f"The PR group reports the reach of the office's news on social media in "
        f"{fmt.month_long(report.month, 'en')}, under the measures for ITA indicator 7 (communication efficiency)."
    )
    intro.paragraph_format.first_line_indent = Cm(2.5)
    document.add_heading("1. " + ("สรุป" if lang == "th" else "Summary"), level=2)
    document.add_paragraph(fmt.summary_text(report.summary, report.monthly, lang))
    document.add_paragraph(t("reach.double_count", lang))
    document.add_paragraph(t("reach.daily_sum", lang))
    document.add_heading("2. " + t("reach.chart_platforms", lang), level=2)
    overview = fmt.overview_rows(report.monthly, lang)
    _table(document, [t("col.platform", lang), *fmt.table_headers(lang)[1:]], overview, widths)
    if overview:
        document.add_paragraph()
        document.add_picture(
            io.BytesIO(chart_png.reach_bars(report.monthly, report.month, lang)), width=Cm(15.5)
        )
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption = document.add_paragraph(
            t("reach.chart_platforms", lang) + " (" + t("metric.reach", lang) + ")"
        )
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_heading("3. " + t("reach.table", lang), level=2)
    for platform in fmt.platforms_in(report.monthly):
        docx_thai.run(document.add_paragraph(), fmt.platform_name(platform, lang), bold=True)
        _table(document, fmt.table_headers(lang), fmt.platform_rows(report.monthly, platform, lang), widths)
    notes = document.add_paragraph()
    notes.paragraph_format.space_before = Pt(8)
    sources = ", ".join(sorted(report.monthly["source"].dropna().unique())) or "–"
    notes.add_run(f"{t('reach.table.caption', lang)} ({sources})").font.size = Pt(11 if lang == "th" else 9)
    docx_thai.thai_rpr(notes.runs[-1]._r.get_or_add_rPr())
    closing = document.add_paragraph("จึงเรียนมาเพื่อโปรดทราบ" if lang == "th" else "For your information.")
    closing.paragraph_format.first_line_indent = Cm(2.5)
    closing.paragraph_format.space_before = Pt(12)
    for text in (
        "",
        "(.......................................................)",
        "ตำแหน่ง ....................................",
        "กลุ่มงานประชาสัมพันธ์ กองกลาง",
    ):
        signature = document.add_paragraph(text)
        signature.alignment = WD_ALIGN_PARAGRAPH.CENTER
        signature.paragraph_format.left_indent = Cm(7)
        signature.paragraph_format.space_after = Pt(0)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
