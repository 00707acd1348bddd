"""The monthly reach report's figures as an Excel workbook: the same query frames as the page and the
DOCX, kept as numbers (with number formats) so analysts can compute with them."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from core import reach as fmt
from i18n import t
from reports.reach_monthly import ReachReport

POINTS = '+0.0" pp";-0.0" pp";0.0" pp"'  # the page's "+0.3 pp"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    ("value", "col.this_month"),
    ("prev_value", "col.prev_month"),
    ("mom_diff", None),
    ("mom_change", "col.mom"),
    ("ly_value", "col.last_year"),
    ("yoy_diff", None),
    ("yoy_change", "col.yoy"),
)


def _safe(value):
    """Text a spreadsheet would run as a formula is written as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _number(value):
    return None if fmt.missing(value) else float(value)


def build_xlsx(report: ReachReport, lang: str = "th") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = t("reach_xlsx.summary_tab", lang)
    sheet.append([_safe(report.subject(lang))])
    sheet["A1"].font = Font(bold=True, size=14)
    if report.is_demo:
        sheet.append([t("app.demo_badge", lang)])
    sheet.append([_safe(fmt.summary_text(report.summary, report.monthly, lang))])
    sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=8)
    sheet.row_dimensions[sheet.max_row].height = 90
    sheet.append([t("reach.double_count", lang)])
    sheet.append([t("reach.daily_sum", lang)])
    sheet.append([])
    _figures(sheet, report, lang, only_reach=True)
    detail = book.create_sheet(t("reach_xlsx.platform_tab", lang))
    _figures(detail, report, lang, only_reach=False)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _figures(sheet, report: ReachReport, lang: str, *, only_reach: bool) -> None:
    diff = t("reach_xlsx.change", lang)
    headers = [t("col.platform", lang), t("col.metric", lang)]
    headers += [t(label, lang) if label else diff for _, label in COLUMNS] + [t("col.source", lang)]
    sheet.append(headers)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    frame = report.monthly[report.monthly["metric"] == "reach"] if only_reach else report.monthly
    for r in frame.itertuples():
        rate = r.metric in fmt.RATES
        values = [_number(getattr(r, column)) for column, _ in COLUMNS]
        if rate:  # as the page and the memo: a rate changes in percentage points, not by a percentage
            for i, (column, _) in enumerate(COLUMNS):
                if column.endswith("_diff"):
                    values[i] = None
                elif column.endswith("_change"):
                    diff = _number(getattr(r, column.replace("_change", "_diff")))
                    values[i] = None if diff is None else diff * 100
        sheet.append(
            [fmt.platform_name(r.platform, lang), t(f"metric.{r.metric}", lang), *values]
            + [_safe(None if fmt.missing(r.source) else r.source)]
        )
        for i, (column, _) in enumerate(COLUMNS, start=3):
            cell = sheet.cell(sheet.max_row, i)
            if column.endswith("_change"):
                cell.number_format = POINTS if rate else "+0.0%;-0.0%;0.0%"
            else:
                cell.number_format = "0.00%" if rate else "#,##0"
    for i, width in enumerate([16, 20, 14, 14, 14, 14, 14, 14, 14, 22], start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
