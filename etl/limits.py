"""Limits on what one input file may hold, so no file can exhaust the machine (issue 17).

Each limit has a default, a ``[limits]`` entry in data/settings.toml and an environment variable
``ITA_LIMIT_<NAME>`` (the variable wins). Reading checks them as it streams: a file that passes one is
refused with a message naming the limit and its setting, before the writer lock is taken.

| name | default | what |
|---|---|---|
| max_file_mb | 200 | bytes of one CSV/XLSX file (and of an XLSX's unpacked parts) |
| max_rows | 2_000_000 | data rows of one sheet |
| max_columns | 500 | columns of one sheet |
| max_cell_chars | 100_000 | characters in one cell as read (a larger one is refused) |
| max_text_chars | 500 | characters of free text stored per cell (longer text is cut, and the summary says so) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from etl.problems import InputProblem

DEFAULTS = {
    "max_file_mb": 200,
    "max_rows": 2_000_000,
    "max_columns": 500,
    "max_cell_chars": 100_000,
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
    from etl import config

    configured = config.settings().get("limits", {})
    values = {}
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"ITA_LIMIT_{name.upper()}", configured.get(name, default))
        try:
            values[name] = type(default)(float(raw)) if isinstance(default, int) else float(raw)
        except (TypeError, ValueError):
            raise InputProblem(
                f"ค่าขีดจำกัด {name} = {raw!r} ไม่ใช่ตัวเลข (แก้ใน data/settings.toml [limits] หรือ ITA_LIMIT_{name.upper()})",
                f"limit {name} = {raw!r} is not a number (fix [limits] in data/settings.toml or ITA_LIMIT_{name.upper()})",
            ) from None
    return Limits(**values)


def _refuse(name: str, what_th: str, what_en: str, value: str, source: str) -> InputProblem:
    setting = f"[limits] {name} / ITA_LIMIT_{name.upper()}"
    return InputProblem(
        f"{source}: {what_th} ({value}) เกินขีดจำกัด ไม่ได้นำเข้า: แบ่งไฟล์ให้เล็กลง หรือปรับ {setting}",
        f"{source}: {what_en} ({value}) is over the limit; nothing was imported: split the file or raise {setting}",
    )


def check_file_size(size: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if size > limits.max_file_bytes:
        raise _refuse(
            "max_file_mb",
            f"ไฟล์ใหญ่ {size / 1048576:.1f} MB เกิน {limits.max_file_mb:g} MB",
            f"the file is {size / 1048576:.1f} MB, more than {limits.max_file_mb:g} MB",
            f"{size:,} bytes",
            source,
        )


def check_rows(rows: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if rows > limits.max_rows:
        raise _refuse(
            "max_rows",
            f"มีข้อมูลเกิน {limits.max_rows:,} แถว",
            f"more than {limits.max_rows:,} data rows",
            f"{rows:,}+",
            source,
        )


def check_columns(columns: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if columns > limits.max_columns:
        raise _refuse(
            "max_columns",
            f"มี {columns:,} คอลัมน์ เกิน {limits.max_columns:,}",
            f"{columns:,} columns, more than {limits.max_columns:,}",
            f"{columns:,}",
            source,
        )


def check_cell(length: int, source: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if length > limits.max_cell_chars:
        raise _refuse(
            "max_cell_chars",
            f"มีช่องที่ยาว {length:,} ตัวอักษร เกิน {limits.max_cell_chars:,}",
            f"a cell holds {length:,} characters, more than {limits.max_cell_chars:,}",
            f"{length:,}",
            source,
        )


def not_a_sheet(source: str) -> InputProblem:
    """A file that decodes to no readable text (NUL bytes, a binary file renamed .csv)."""
    return InputProblem(
        f"{source}: ไม่ใช่ไฟล์ตาราง (มีอักขระ NUL หรือเป็นไฟล์ไบนารี) ไม่ได้นำเข้า: ส่งออกใหม่เป็น CSV UTF-8 หรือ .xlsx",
        f"{source}: this is not a sheet (it holds NUL bytes or binary data); nothing was imported: "
        "export it again as CSV UTF-8 or .xlsx",
    )


def cap_text(text: str | None, limits: Limits | None = None) -> tuple[str | None, bool]:
    """Free text cut to max_text_chars (with an ellipsis); True when it was cut."""
    limit = (limits or current()).max_text_chars
    if text is None or len(text) <= limit:
        return text, False
    return text[: max(0, limit - 1)] + "…", True
