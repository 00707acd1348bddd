"""What one cell, or one refused row, becomes: the Python the column-wise normalisation (etl/columnar.py)
builds its lookup tables and its quarantine from, the same functions the row-by-row oracle calls."""

from __future__ import annotations

import hashlib

from etl import limits, pii
from etl.batches import Quarantined
from etl.forms import VISITOR_TYPES, Layout, answer_value, split_visitor_types
from etl.problems import InputProblem
from etl.readers import Table
from etl.responses import Normalised, masked_row, row_key
from etl.text import clean


def clean_fast(value: str) -> str:
    """clean() for one cell; for ASCII text clean() only trims and collapses whitespace."""
    return " ".join(value.split()) if value.isascii() else clean(value)


def answer(raw: str) -> tuple[bool | None, InputProblem | None]:
    try:
        return answer_value(raw), None
    except InputProblem as p:
        return None, p


def visitor(raw: str, lim: limits.Limits) -> tuple:
    ticked, other = split_visitor_types(clean(raw))
    # other (as typed) keys the response id; what is stored is masked and capped (etl/pii, etl/limits).
    shown, cut = limits.cap_text(pii.mask_text(other), lim)
    return (*(v in ticked for v in VISITOR_TYPES), ",".join(sorted(ticked)), other, shown, cut)


def hmac_pads(secret: bytes) -> tuple[bytes, bytes]:
    key = hashlib.sha256(secret).digest() if len(secret) > 64 else secret
    key = key.ljust(64, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


def quarantine_rows(table: Table, layout: Layout, secret: bytes, problems: dict, out: Normalised) -> None:
    """The rows with a problem, masked, into ``out.quarantined``."""
    if not problems:
        return  # (rows_at of no rows still gathers every column of a million rows)
    bad_rows = sorted(problems)
    for k, cells in zip(bad_rows, table.rows_at(bad_rows), strict=True):
        p = problems[k]
        raw = masked_row(table, cells, layout)
        digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
        key = row_key(cells, layout, secret)
        out.quarantined.append(Quarantined(k + 2, p.column, p.th, p.en, raw, digest, key))
