"""Exports people open in Excel or LibreOffice: text that would run as a formula is made inert.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
reading one of those; or the full-width ＝ ＋ － ＠ that some spreadsheets and IMEs treat alike) is a
formula to a spreadsheet, and a unit name or a typed link can start with one (CSV/formula injection).
Such text gets a leading apostrophe, so it shows as typed and never runs. Numbers and dates are left
as they are, and so is text that is just a number ("-5"): a spreadsheet reads it as the number.

The files themselves (CSV, XLSX, whole-page workbooks) are built in exports/__init__.py, which
neutralises every text cell with this module: call ``exports.csv_bytes`` / ``exports.xlsx_bytes``.
"""

from __future__ import annotations

import re

import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


# Characters some spreadsheets drop or skip before reading a cell: C0/C1 controls (NUL, DEL, ...),
# spaces, and invisible format characters (zero-width space, BOM, bidi marks).
_SKIPPED = re.compile(r"^[\x00-\x20\x7f-\xa0\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+")


def neutralise(value: object) -> object:
    """The value, with an apostrophe in front if it is text a spreadsheet would read as a formula.

    What counts is the first character after any control or invisible characters: ``\x00=1+1`` is a
    formula to a spreadsheet that drops the NUL."""
    if not isinstance(value, str):
        return value
    visible = _SKIPPED.sub("", value)
    if visible.startswith(TRIGGERS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell neutralised (numeric and date columns untouched)."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            out[column] = _neutralise_column(values)
    return out


def _neutralise_column(values: pd.Series) -> pd.Series:
    """values.map(neutralise), judging each distinct text once (an export repeats the same unit names
    thousands of times) and leaving the column as it is when nothing in it needs the apostrophe."""
    try:
        changed = {v: n for v in values.dropna().unique() if (n := neutralise(v)) is not v}
    except TypeError:  # unhashable cells (lists): one by one
        return values.map(neutralise)
    if not changed:
        return values
    return values.map(lambda v: changed.get(v, v) if isinstance(v, str) else v)
