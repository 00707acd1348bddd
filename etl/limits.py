"""Limits on what one input file may hold, so no file can exhaust the machine (issue 17).

Each limit has a default, a ``[limits]`` entry in data/settings.toml and an environment variable
``ITA_LIMIT_<NAME>`` (the variable wins). Reading checks them as it streams: a file that passes one is
refused with a message naming the limit and its setting, before the writer lock is taken.

| name | default | what |
|---|---|---|
| max_file_mb | 200 | bytes of one CSV/XLSX file (and of an XLSX's unpacked parts) |
| max_rows | 2_000_000 | data rows of one sheet |
| max_columns | 500 | columns of one sheet |
| max_cell_chars | 1_000_000 | characters in one cell as read (a larger one is refused) |
| max_text_chars | 500 | characters of free text stored per cell (longer text is cut, and the summary says so) |
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow.compute as pc

from etl.problems import InputProblem
from i18n.messages import Message, said
from runtime import config

DEFAULTS = {
    "max_file_mb": 200,
    "max_rows": 2_000_000,
    "max_columns": 500,
    "max_cell_chars": 1_000_000,
    "max_text_chars": 500,
}


@dataclass(frozen=True)
class Limits:
    max_file_mb: float
    max_rows: int
    max_columns: int
    max_cell_chars: int
    max_text_chars: int

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def current() -> Limits:
    """The limits in force: $ITA_LIMIT_<NAME>, else [limits] in data/settings.toml, else the default."""
    configured = config.settings().get("limits", {})
    values = {}
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"ITA_LIMIT_{name.upper()}", configured.get(name, default))
        try:
            values[name] = type(default)(float(raw)) if isinstance(default, int) else float(raw)
        except (TypeError, ValueError):
            raise InputProblem(
                "problem.limit.not_a_number", name=name, raw=repr(raw), env=name.upper()
            ) from None
    return Limits(**values)


def _refuse(name: str, what: Message, value: str, source: str) -> InputProblem:
    setting = f"[limits] {name} / ITA_LIMIT_{name.upper()}"
    return InputProblem("problem.limit.over", source=source, what=what, value=value, setting=setting)


def check_file_size(size: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if size > limits.max_file_bytes:
        raise _refuse(
            "max_file_mb",
            said("problem.limit.file_mb", mb=size / 1048576, limit=limits.max_file_mb),
            f"{size:,} bytes",
            source,
        )


def check_rows(rows: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if rows > limits.max_rows:
        raise _refuse(
            "max_rows",
            said("problem.limit.rows", limit=limits.max_rows),
            f"{rows:,}+",
            source,
        )


def check_columns(columns: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if columns > limits.max_columns:
        raise _refuse(
            "max_columns",
            said("problem.limit.columns", columns=columns, limit=limits.max_columns),
            f"{columns:,}",
            source,
        )


def check_cell(length: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if length > limits.max_cell_chars:
        raise _refuse(
            "max_cell_chars",
            said("problem.limit.cell", length=length, limit=limits.max_cell_chars),
            f"{length:,}",
            source,
        )


def not_a_sheet(source: str) -> InputProblem:
    """A file that decodes to no readable text (NUL bytes, a binary file renamed .csv)."""
    return InputProblem("problem.limit.not_a_sheet", source=source)


def cap_text(text: str | None, limits: Limits | None = None) -> tuple[str | None, bool]:
    """Free text cut to max_text_chars (with an ellipsis); True when it was cut."""
    limit = (limits or current()).max_text_chars
    if text is None or len(text) <= limit:
        return text, False
    return text[: max(0, limit - 1)] + "…", True


# --------------------------------------------------------------------------------------------------
# Checks the readers (etl/readers.py) call while they stream a file
# --------------------------------------------------------------------------------------------------

_CHUNK = 1 << 20


def check_file(path, limits: Limits | None = None) -> None:
    """Before anything is parsed: the size, NUL bytes (a text file has none), an XLSX's unpacked parts.

    Streams the file in 1 MiB chunks: memory stays flat however large the file is.
    """
    limits = limits or current()
    path = Path(path)
    check_file_size(path.stat().st_size, path.name, limits)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        check_xlsx_parts(path, limits)
        return
    with open(path, "rb") as f:
        head = f.read(2)
        if head in (b"\xff\xfe", b"\xfe\xff"):
            return  # UTF-16: NUL bytes are half its ASCII; its decoded text is checked by the reader
        chunk = head
        while chunk:
            if b"\x00" in chunk:
                raise not_a_sheet(path.name)
            chunk = f.read(_CHUNK)


def check_xlsx_parts(path, limits: Limits | None = None) -> None:
    """An XLSX is a zip: a small file may unpack to gigabytes (one huge shared string). Refuse that
    from the zip's directory, before openpyxl reads a byte of it."""
    limits = limits or current()
    try:
        with zipfile.ZipFile(path) as z:
            parts = z.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: openpyxl says so in the reader's own message
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > limits.max_file_bytes or total > 2 * limits.max_file_bytes:
            raise _refuse(
                "max_file_mb",
                said(
                    "problem.limit.xlsx_part",
                    part=part.filename,
                    mb=part.file_size / 1048576,
                    limit=limits.max_file_mb,
                ),
                f"{part.file_size:,} bytes",
                path.name,
            )


def bounded_rows(rows, source: str, limits: Limits | None = None):
    """Rows from a streaming reader (csv.reader, openpyxl's iter_rows), refused as soon as one passes a
    limit: rows, columns (trailing empty cells do not count), characters in a cell."""
    limits = limits or current()
    max_rows, max_cols, max_cell = limits.max_rows, limits.max_columns, limits.max_cell_chars
    for n, row in enumerate(rows):
        if n > max_rows:  # row 0 is the header
            check_rows(n, source, limits)
        width = len(row)
        if width > max_cols:
            while width and row[width - 1] in (None, ""):
                width -= 1
            check_columns(width, source, limits)
            row = row[:width]
        for cell in row:
            if isinstance(cell, str) and len(cell) > max_cell:
                if "\x00" in cell:
                    raise not_a_sheet(source)
                check_cell(len(cell), source, limits)
        yield row


def check_arrow(table, source: str, limits: Limits | None = None) -> None:
    """The same limits for a table the fast CSV reader built (Arrow columns of text)."""
    limits = limits or current()
    check_rows(max(0, table.num_rows - 1), source, limits)
    check_columns(table.num_columns, source, limits)
    for column in table.columns:
        longest = pc.max(pc.utf8_length(column)).as_py() or 0
        check_cell(longest, source, limits)


def check_xlsx_dimension(ws, source: str, limits: Limits | None = None) -> None:
    """A worksheet that declares more rows or columns than the limits is refused before its rows are
    parsed (a 13 MB workbook can declare millions of rows); counting while streaming stays the backstop."""
    from openpyxl.utils import range_boundaries  # noqa: PLC0415 - openpyxl: 0.45 s, only for workbooks

    limits = limits or current()
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ws.calculate_dimension())
    except (ValueError, TypeError):
        return  # no dimension recorded: bounded_rows counts as it goes
    if max_row is not None and min_row is not None:
        check_rows(max_row - min_row, source, limits)
    if max_col is not None and min_col is not None:
        check_columns(max_col - min_col + 1, source, limits)
