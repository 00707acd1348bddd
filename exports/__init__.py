"""Files analysts take elsewhere: CSV (UTF-8 with a BOM for Excel, or plain UTF-8), XLSX with typed
columns, and a whole-page workbook (a cover sheet, then one sheet per chart or table).

Every text cell goes through exports.neutralise.neutralise first, and every XLSX cell is written with an
explicit type, so no cell that came from data is ever a formula. No streamlit here: the pages, the
command line and the tests all build files the same way.
"""

from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from exports.neutralise import neutralise, neutralise_frame
from i18n import LABELS, t

DEFAULT_MAX_ROWS = 200_000
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


class TooManyRows(ValueError):
    """An export larger than the row cap: narrow the filter, or use the command line."""


def max_rows() -> int:
    """The row cap of exports from the app: $ITA_EXPORT_MAX_ROWS, else 200,000."""
    try:
        return max(1, int(os.environ.get("ITA_EXPORT_MAX_ROWS", DEFAULT_MAX_ROWS)))
    except ValueError:
        return DEFAULT_MAX_ROWS


def check_rows(rows: int) -> None:
    if rows > max_rows():
        raise TooManyRows(f"{rows:,} rows exceed the export limit of {max_rows():,}")


def csv_bytes(frame: pd.DataFrame, *, bom: bool = True) -> bytes:
    """The frame as CSV; with a BOM Excel opens Thai correctly, without it other tools read it plainly.

    CRLF line ends, so a field holding a lone carriage return is quoted too (with "\n" it would not
    be, and a spreadsheet would split the row there)."""
    text = neutralise_frame(frame).to_csv(index=False, lineterminator="\r\n")
    return text.encode("utf-8-sig" if bom else "utf-8")


def header_labels(columns: Iterable[str], lang: str) -> list[str]:
    """Column headers in the reader's language where a label exists (col.<name>), else the name."""
    return [t(f"col.{c}", lang) if f"col.{c}" in LABELS else str(c) for c in columns]


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "data", headers: Sequence[str] | None = None) -> bytes:
    """One sheet: typed columns, the header row frozen and bold, widths from the contents."""
    book = Workbook(write_only=True)
    _table_sheet(book, sheet, frame, headers)
    return _save(book)


def workbook_bytes(
    sheets: Sequence[tuple[str, pd.DataFrame]],
    cover: Sequence[tuple[str, object]],
    *,
    cover_name: str = "cover",
    headers: dict[str, Sequence[str]] | None = None,
    cover_last: bool = False,
) -> bytes:
    """A cover sheet (label, value rows: filters, as-of time, sources), then one sheet per frame
    (cover_last: the frames first, so the data opens first and the filters sit beside it)."""
    book = Workbook(write_only=True)
    used: set[str] = set()

    def write_cover() -> None:
        ws = book.create_sheet(_sheet_title(cover_name, used))
        used.add(ws.title)
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 80
        for label, value in cover:
            ws.append([_cell(ws, label, bold=True), _cell(ws, _plain(value))])

    if not cover_last:
        write_cover()
    for name, frame in sheets:
        title = _sheet_title(name, used)
        used.add(title)
        _table_sheet(book, title, frame, (headers or {}).get(name))
    if cover_last:
        write_cover()
    return _save(book)


def _table_sheet(book: Workbook, name: str, frame: pd.DataFrame, headers: Sequence[str] | None) -> None:
    ws = book.create_sheet(_sheet_title(name, set()))
    ws.freeze_panes = "A2"
    heads = list(headers) if headers is not None else [str(c) for c in frame.columns]
    sample = frame.head(200)
    for i, column in enumerate(frame.columns):
        longest = max((len(_display(v)) for v in sample[column]), default=0)
        ws.column_dimensions[get_column_letter(i + 1)].width = min(60, max(8, len(heads[i]), longest) + 2)
    ws.append([_cell(ws, h, bold=True) for h in heads])
    safe = neutralise_frame(frame)
    for row in safe.itertuples(index=False, name=None):
        ws.append([_cell(ws, v) for v in row])


def _cell(ws, value: object, *, bold: bool = False) -> Cell:
    """A cell whose type comes from the value; text is always text (never a formula)."""
    plain = _python(value)
    cell = WriteOnlyCell(ws)
    if isinstance(plain, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(neutralise(plain)))  # text in, text out
        cell.data_type = "s"
    else:
        cell.value = plain
        if isinstance(plain, datetime):
            cell.number_format = (
                "yyyy-mm-dd hh:mm:ss" if plain.time() != datetime.min.time() else "yyyy-mm-dd"
            )
        elif isinstance(plain, date):
            cell.number_format = "yyyy-mm-dd"
    if bold:
        cell.font = Font(bold=True)
    return cell


def _python(value: object) -> bool | int | float | date | str | None:
    """Plain Python values openpyxl types correctly; missing values become empty cells."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None).to_pydatetime() if value.tzinfo else value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        return _python(value.item())
    if isinstance(value, (bool, int, float, date, str)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _plain(value: object) -> object:
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else value


def _display(value: object) -> str:
    value = _python(value)
    return "" if value is None else str(value)[:80]


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("_", str(name)).strip("'") or "sheet"
    title, n = base[:31], 2
    while title in used:
        suffix = f"_{n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
