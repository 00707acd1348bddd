"""Exports people open in Excel or LibreOffice: text that would run as a formula is made inert.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
reading one of those) is a formula to a spreadsheet, and a unit name or a typed link can start with
one (CSV/formula injection). Such text gets a leading apostrophe, so it shows as typed and never
runs. Numbers and dates are left as they are.
"""

from __future__ import annotations

import io

import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """The value, with an apostrophe in front if it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell neutralised (numeric and date columns untouched)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a BOM, so Excel opens Thai text correctly."""
    return neutralise_frame(frame).to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_frame(frame).to_excel(writer, index=False, sheet_name=sheet[:31])
        columns = writer.sheets[sheet[:31]].column_dimensions
        for i, name in enumerate(frame.columns):
            width = max([len(str(name)), *(len(str(v)) for v in frame[name].head(200))], default=8)
            columns[_letter(i)].width = min(60, width + 2)
    return buffer.getvalue()


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
