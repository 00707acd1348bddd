"""Reading CSV and Excel files into rows of text, exactly as typed (no guessing of numbers or dates)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from etl.problems import InputProblem

# The csv module refuses a cell over 128 KiB by default; a long free-text answer is data, not an error.
csv.field_size_limit(1 << 30)


@dataclass
class Table:
    """A sheet of text: the header row and the data rows, each padded to the header's width."""

    name: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    text: str | None = None  # the decoded file, for formats a grid cannot hold (Meta's metric-name line)

    @classmethod
    def from_values(cls, name: str, values: list[list[object]]) -> Table:
        values = [[_cell_text(c) for c in row] for row in values]
        while values and not any(c.strip() for c in values[0]):
            values.pop(0)
        if not values:
            return cls(name, [], [])
        headers = [h.strip() for h in values[0]]
        width = len(headers)
        rows = []
        for row in values[1:]:
            if not any(c.strip() for c in row):
                continue  # a fully blank line carries nothing to lose
            rows.append((row + [""] * width)[:width] if len(row) <= width else row[:width])
        return cls(name, headers, rows)


def decode(raw: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 (Meta exports), else Thai Windows-874."""
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw[3:].decode("utf-8")
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")  # a BOM, then odd bytes (a binary file) must not crash
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp874")
    except UnicodeDecodeError:
        raise InputProblem(
            "อ่านไฟล์ไม่ได้: ไม่ใช่ไฟล์ข้อความ UTF-8, UTF-16 หรือ TIS-620 โปรดบันทึกเป็น CSV UTF-8",
            "cannot read the file: not UTF-8, UTF-16 or TIS-620 text; save it as CSV UTF-8",
        ) from None


def read_csv_text(text: str, name: str) -> Table:
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip().lower().startswith("sep="):
        delimiter = lines[0].strip()[4:5] or ","
        text = "".join(lines[1:])
    else:
        sample = text[:4096]
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        table = Table.from_values(name, list(csv.reader(io.StringIO(text), delimiter=delimiter)))
    except csv.Error as exc:
        raise InputProblem(
            f"อ่าน {name} เป็น CSV ไม่ได้ ({exc}): บันทึกใหม่เป็น CSV UTF-8",
            f"cannot read {name} as CSV ({exc}): save it again as CSV UTF-8",
        ) from None
    table.text = "".join(lines)
    return table


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise InputProblem(
            f"เปิดไฟล์ Excel {path.name} ไม่ได้ ({exc.__class__.__name__})",
            f"cannot open {path.name} as an Excel .xlsx workbook ({exc.__class__.__name__})",
        ) from None
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
        return Table.from_values(path.name, [list(r) for r in ws.iter_rows(values_only=True)])
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    path = Path(path)
    if not path.exists():
        raise InputProblem(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    if suffix in (".csv", ".tsv", ".txt", ""):
        return read_csv_text(decode(path.read_bytes()), path.name)
    raise InputProblem(
        f"ไม่รองรับไฟล์ชนิด {suffix}: ใช้ .csv หรือ .xlsx", f"unsupported file type {suffix}: use .csv or .xlsx"
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
