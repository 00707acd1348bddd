"""Reading CSV and Excel files into rows of text, exactly as typed (no guessing of numbers or dates)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl import limits
from etl.problems import InputProblem

# The csv module refuses a cell over 128 KiB by default; a long free-text answer is data, not an error.
csv.field_size_limit(1 << 30)


@dataclass
class Table:
    """A sheet of text: the header row and the data rows, each padded to the header's width."""

    name: str
    headers: list[str]
    rows: Sequence[list[str]] = field(default_factory=list)
    text: str | None = None  # the decoded file, for formats a grid cannot hold (Meta's metric-name line)
    # Large CSV files are read by Arrow's C++ reader and kept as columns; ``rows`` is then a lazy view.
    arrow: pa.Table | None = field(default=None, repr=False, compare=False)
    sheet: str | None = None  # the workbook tab it came from (an .xlsx), for the load summary
    delimiter: str | None = None  # a platform export's delimiter (read_export): ";" means a decimal comma

    def column(self, index: int) -> pa.Array:
        """One column as an Arrow string array ("" for an empty cell): what column-wise code reads."""
        if self.arrow is not None:
            return self.arrow.column(index).combine_chunks()
        return pa.array([r[index] for r in self.rows], pa.string())

    def rows_at(self, indices: Sequence[int]) -> list[list[str]]:
        """The given rows (0-based) as lists of text, fetched together."""
        if self.arrow is None:
            return [list(self.rows[i]) for i in indices]
        taken = self.arrow.take(pa.array(indices, pa.int64()))
        return [list(r) for r in zip(*(c.to_pylist() for c in taken.columns), strict=True)]

    @classmethod
    def from_values(cls, name: str, values: list[list[object]]) -> Table:
        cells = [[_cell_text(c) for c in row] for row in values]
        while cells and not any(c.strip() for c in cells[0]):
            cells.pop(0)
        if not cells:
            return cls(name, [], [])
        headers = [h.strip() for h in cells[0]]
        width = len(headers)
        rows = []
        for row in cells[1:]:
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
        raise InputProblem("problem.etl.encoding") from None


class _ArrowRows(Sequence):
    """Rows of an Arrow table as lists of text, built only when asked for (recognition reads a sample)."""

    def __init__(self, table: pa.Table):
        self._table = table

    def __len__(self) -> int:
        return self._table.num_rows

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            part = self._table.slice(start, max(0, stop - start))
            return [list(r) for r in zip(*(c.to_pylist() for c in part.columns), strict=True)]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return [c[i].as_py() for c in self._table.columns]

    def __iter__(self):
        for start in range(0, len(self), 10_000):
            yield from self[start : start + 10_000]


@cache
def _not_space() -> str:
    """A regex for any character Python's str.strip() keeps: "blank row" means what it means in from_values."""
    spaces = (c for c in range(0x110000) if chr(c).isspace())
    return "[^" + "".join(f"\\x{{{c:x}}}" for c in spaces) + "]"


def _read_csv_fast(path: Path, name: str) -> Table | None:
    """DuckDB's parallel CSV reader for a plain UTF-8 file; None when the file needs the careful path.

    Gives exactly what ``read_csv_text`` gives (tests/test_normalise_columns.py compares them): same
    delimiter choice, blank rows dropped, headers stripped, empty cells "". Anything unusual (UTF-16 or
    TIS-620, a ``sep=`` line, ragged rows, a blank first row) returns None and the Python reader reads it.
    """
    plain = _plain_head(path)
    if plain is None:
        return None
    delimiter, first = plain
    table = _duckdb_csv(path, delimiter, len(first))
    if table is None or table.num_rows == 0:
        return None
    limits.check_arrow(table, name)
    headers = [h.strip() for h in table.slice(0, 1).to_pylist()[0].values()]
    if headers != [h.strip() for h in first]:
        return None
    body = _without_blank_rows(table.slice(1))
    return Table(name, headers, _ArrowRows(body), arrow=body)


def _plain_head(path: Path) -> tuple[str, list[str]] | None:
    """(delimiter, header row) when the file starts as plain UTF-8 CSV with a header; None otherwise."""
    with open(path, "rb") as f:
        raw = f.read(16384)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    head = raw.decode("utf-8", errors="ignore")
    if not head or head.lstrip("\r\n") != head or head.splitlines()[0].strip().lower().startswith("sep="):
        return None
    sample = head[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        first = next(csv.reader(io.StringIO(head), delimiter=delimiter))
    except (StopIteration, csv.Error):
        return None
    if not any(c.strip() for c in first):
        return None
    return delimiter, first


def _duckdb_csv(path: Path, delimiter: str, width: int) -> pa.Table | None:
    """Every line (the header too) as ``width`` text columns c0, c1, ...; None if DuckDB's strict
    reader refuses the file (ragged rows, stray quotes)."""
    names = [f"c{i}" for i in range(width)]
    con = duckdb.connect(":memory:")
    try:
        select = ", ".join(f"coalesce({c}, '') AS {c}" for c in names)  # c0, c1, ...: no input in the SQL
        return con.sql(
            f"SELECT {select} FROM read_csv($path, header = false, auto_detect = false, delim = $delim, "  # noqa: S608
            "quote = '\"', escape = '\"', strict_mode = true, null_padding = false, encoding = 'utf-8', "
            "columns = $columns)",
            params={"path": str(path), "delim": delimiter, "columns": dict.fromkeys(names, "VARCHAR")},
        ).to_arrow_table()
    except duckdb.Error:
        return None
    finally:
        con.close()


def _without_blank_rows(body: pa.Table) -> pa.Table:
    """The rows with at least one cell that is not blank (str.strip() would leave something)."""
    if not body.num_rows:
        return body
    # Most rows have a first cell (the timestamp): look further only while some row still seems blank.
    keep = pc.match_substring_regex(body.column(0), _not_space())
    for c in body.columns[1:]:
        if pc.all(keep).as_py():
            break
        keep = pc.or_(keep, pc.match_substring_regex(c, _not_space()))
    return body if pc.all(keep).as_py() else body.filter(keep)


def read_csv_text(text: str, name: str) -> Table:
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip().lower().startswith("sep="):
        delimiter = lines[0].strip()[4:5] or ","
        text = "".join(lines[1:])
    else:
        sample = text[:4096]
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        if "\x00" in text:
            raise limits.not_a_sheet(name)
        rows = limits.bounded_rows(csv.reader(io.StringIO(text), delimiter=delimiter), name)
        table = Table.from_values(name, list(rows))
    except csv.Error as exc:
        raise InputProblem("problem.etl.csv", name=name, exc=exc) from None
    table.text = "".join(lines)
    return table


def _open_workbook(path: Path):
    from openpyxl import load_workbook  # noqa: PLC0415 - openpyxl: 0.45 s, only for workbooks

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl fails a non-workbook in many ways (zip, XML, KeyError)
        raise InputProblem("problem.etl.xlsx", name=path.name, error=exc.__class__.__name__) from None


def _tab(ws, path: Path) -> Table:
    """One worksheet as a Table, streamed within the limits (etl/limits.py)."""
    limits.check_xlsx_dimension(ws, path.name)
    rows = limits.bounded_rows(ws.iter_rows(values_only=True), path.name)
    table = Table.from_values(path.name, [list(r) for r in rows])
    table.sheet = ws.title
    return table


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    book = _open_workbook(path)
    try:
        table = _tab(book[sheet] if sheet else book.worksheets[0], path)
        table.sheet = None  # read_table callers name no tab (the tab choice is read_xlsx_tabs')
        return table
    finally:
        book.close()


def read_xlsx_tabs(path: Path) -> list[Table]:
    """Every tab of a workbook as a Table (``sheet`` set): the caller chooses the one it needs by content.

    A downloaded response sheet often carries tabs the office added (a summary, a pivot) before or
    after the responses; the first tab is not necessarily the data.
    """
    limits.check_file(path)
    book = _open_workbook(path)
    try:
        return [_tab(ws, path) for ws in book.worksheets]
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    path = Path(path)
    if not path.exists():
        raise InputProblem("problem.etl.no_file", path=path)
    limits.check_file(path)  # size, NUL bytes, an XLSX's unpacked size: before anything is parsed
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet)
    if suffix in (".csv", ".tsv", ".txt", ""):
        return _read_csv_fast(path, path.name) or read_csv_text(decode(path.read_bytes()), path.name)
    raise InputProblem("problem.etl.file_type", suffix=suffix)


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


def sniff_delimiter(text: str) -> str:
    """The delimiter of a platform export: a ``sep=`` line says it; else the commonest of , ; tab.

    Excel re-saves a CSV with ";" in locales whose list separator it is (no quotes then), so ";" is
    as real as "," for reach exports.
    """
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if lines and lines[0].strip().lower().startswith("sep="):
        return lines[0].strip()[4:5] or ","
    sample = "\n".join(lines)
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_export(path: str | Path) -> Table:
    """A platform export (Meta, YouTube, TikTok), kept as decoded text as well as a grid.

    Unlike ``read_table`` it always keeps ``text`` (the Meta metric-name line lives there) and
    takes the delimiter from the file, ";" included. Exports are small; no fast path is needed.
    """
    path = Path(path)
    if not path.exists():
        raise InputProblem("problem.etl.no_file", path=path)
    limits.check_file(path)  # size and NUL bytes, before anything is parsed
    text = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    lines = text.splitlines(keepends=True)
    body = "".join(lines[1:]) if lines and lines[0].strip().lower().startswith("sep=") else text
    try:
        rows = limits.bounded_rows(csv.reader(io.StringIO(body), delimiter=delimiter), path.name)
        table = Table.from_values(path.name, list(rows))
    except csv.Error as exc:
        raise InputProblem("problem.etl.csv", name=path.name, exc=exc) from None
    table.text, table.delimiter = text, delimiter
    return table
