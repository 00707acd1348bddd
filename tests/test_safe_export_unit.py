"""Exports never carry a live spreadsheet formula (CSV/formula injection)."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from exports import csv_bytes, xlsx_bytes
from exports.neutralise import neutralise, neutralise_frame


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+66 2 141 6747", "'+66 2 141 6747"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\x00=1+1", "'\x00=1+1"),
        ("\x01\x02+SUM(A1)", "'\x01\x02+SUM(A1)"),
        ("\x7f-2+3", "'\x7f-2+3"),
        ("\u200b@x", "'\u200b@x"),
        ("\ufeff=1", "'\ufeff=1"),
        (" =1+1", "' =1+1"),
        ("\x00กองกลาง", "\x00กองกลาง"),
        ("กองกลาง", "กองกลาง"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


FRAME = pd.DataFrame({"unit": ["=cmd|' /C calc'!A0", "กองกลาง"], "days": [-3, 12], "note": ["@x", None]})


def test_frame_text_only_and_original_untouched():
    out = neutralise_frame(FRAME)
    assert list(out["unit"]) == ["'=cmd|' /C calc'!A0", "กองกลาง"]
    assert list(out["days"]) == [-3, 12]
    assert out["note"][0] == "'@x" and pd.isna(out["note"][1])
    assert FRAME["unit"][0].startswith("=")


def test_csv_has_a_bom_and_no_formula():
    text = csv_bytes(FRAME).decode("utf-8")
    assert text.startswith("\ufeff")
    assert "\n'=cmd" in text and "\n=cmd" not in text


def test_xlsx_cells_are_text_not_formulas():
    sheet = load_workbook(io.BytesIO(xlsx_bytes(FRAME, "reminders")))["reminders"]
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value == "'=cmd|' /C calc'!A0"
    assert sheet["B2"].value == -3 and sheet["A3"].value == "กองกลาง"
