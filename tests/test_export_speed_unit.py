"""The explorer's exports made faster (issue #20) give the same files: the yes/no words made once per
column, each distinct text neutralised once. The former per-cell versions are kept here as oracles and
every dataset's CSV (both kinds) and XLSX of the demo database is compared byte for byte."""

from __future__ import annotations

import importlib
import io
import zipfile
from datetime import date

import duckdb
import pandas as pd
import pytest

import exports
from dashboard import explorer as ex
from queries import explore

nt = importlib.import_module("exports.neutralise")  # exports.neutralise is also the function

FY2569 = {"start": date(2025, 10, 1), "end": date(2026, 9, 30), "units": None, "visitor_type": None}


def old_readable(frame: pd.DataFrame, ds: explore.Dataset, lang: str) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if ds.columns.get(column) == explore.BOOL:
            out[column] = [None if pd.isna(v) else ex.yes_no(column, bool(v), lang) for v in out[column]]
    return out


def old_neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(nt.neutralise)
    return out


def xlsx_parts(data: bytes) -> dict[str, bytes]:
    """The workbook's members but its creation time (docProps/core.xml is stamped when written)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def files(frame: pd.DataFrame, xlsx: bool) -> tuple:
    heads = exports.header_labels(frame.columns, "th")
    return (
        exports.csv_bytes(frame),
        exports.csv_bytes(frame, bom=False),
        xlsx_parts(exports.xlsx_bytes(frame, "data", heads)) if xlsx else None,
    )


@pytest.fixture(scope="module")
def con(demo_db):
    c = duckdb.connect(str(demo_db), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("key", list(explore.DATASETS))
def test_every_dataset_exports_the_same_bytes(con, key, lang, monkeypatch):
    ds = explore.dataset(key)
    raw = explore.rows(con, explore.View(key), FY2569)
    assert len(raw)
    new = ex.readable(raw, ds, lang)
    pd.testing.assert_frame_equal(new, old_readable(raw, ds, lang))
    pd.testing.assert_frame_equal(nt.neutralise_frame(new), old_neutralise_frame(new))
    xlsx = lang == "th"  # the slow one once: the words differ by language, not the writing
    got = files(new, xlsx)
    monkeypatch.setattr(exports, "neutralise_frame", old_neutralise_frame)
    assert got == files(old_readable(raw, ds, lang), xlsx)


def test_blanks_payloads_and_odd_cells_are_as_before():
    frame = pd.DataFrame(
        {
            "aware_news": pd.array([True, None, False, True], dtype="boolean"),
            "unit_known": [True, False, True, True],
            "aware_contact": [None, None, None, None],
            "aware_complaint": [True, None, False, None],
            "unit_code": ["=1+1", None, "ADM", "=1+1"],
            "other_text": ["-5", "\x00@x", "", "＋ก"],
            "mixed": [1, "=A1", None, date(2026, 1, 1)],
            "listed": [["=x"], ["a"], [], None],
            "n": [1.5, None, 3.0, 4.0],
        }
    )
    ds = explore.dataset("responses")
    for lang in ("th", "en"):
        new = ex.readable(frame, ds, lang)
        pd.testing.assert_frame_equal(new, old_readable(frame, ds, lang))
        pd.testing.assert_frame_equal(nt.neutralise_frame(new), old_neutralise_frame(new))
    assert nt.neutralise_frame(frame)["unit_code"].tolist()[::3] == ["'=1+1", "'=1+1"]
    empty = frame.iloc[0:0]
    pd.testing.assert_frame_equal(ex.readable(empty, ds, "th"), old_readable(empty, ds, "th"))
    pd.testing.assert_frame_equal(nt.neutralise_frame(empty), old_neutralise_frame(empty))
