"""Survey responses: one sheet of text in, normalised rows and quarantined rows out.

Personal data (names, phones, e-mails, positions) is read here and nowhere else: it becomes a keyed
hash that recognises repeats, and it is masked in quarantined rows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field

import pyarrow as pa

from core.fiscal import fiscal_year as fiscal_year_of
from etl import limits, pii
from etl.forms import CHANNELS, VISITOR_TYPES, Layout, answer_value, split_visitor_types
from etl.problems import InputProblem
from etl.readers import Table
from etl.text import clean
from etl.timestamps import detect_order, parse_timestamp

MASK = "•••"
COLUMNS = (
    ["response_id", "submitted_at", "submitted_date", "fiscal_year", "unit_code", "unit_raw", "unit_known"]
    + [f"visitor_{v}" for v in VISITOR_TYPES]
    + ["other_text"]
    + [f"aware_{c}" for c in CHANNELS]
    + ["respondent_agency", "respondent_key"]
)


@dataclass
class Quarantined:
    row_number: int
    column: str | None
    reason_th: str
    reason_en: str
    raw: str
    row_hash: str
    respondent_key: str | None = None  # the HMAC of a survey row, so an erasure reaches its quarantine


@dataclass
class Normalised:
    columns: dict[str, list] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    quarantined: list[Quarantined] = field(default_factory=list)
    rows_read: int = 0
    text_cut: int = 0  # good rows whose free text was cut to the max_text_chars limit
    table: pa.Table | None = None  # the good rows as Arrow columns (set by the column-wise path)

    @property
    def good(self) -> int:
        return self.table.num_rows if self.table is not None else len(self.columns["response_id"])

    def arrow(self) -> pa.Table:
        return self.table if self.table is not None else pa.table(self.columns)


def respondent_key(secret: bytes, email: str, phone: str, name: str) -> str | None:
    """HMAC of the most stable identifier given; None when the respondent gave none."""
    ident = ""
    if email:
        ident = "e:" + email.strip().casefold()
    elif re.sub(r"[^0-9]", "", phone):
        ident = "p:" + re.sub(r"[^0-9]", "", phone)[-9:]
    elif name:
        ident = "n:" + re.sub(r"\s+", "", name).casefold()
    return hmac.new(secret, ident.encode(), hashlib.sha256).hexdigest()[:32] if ident else None


def row_key(row: list[str], layout: Layout, secret: bytes) -> str | None:
    """respondent_key() of one raw row, as the import computes it for a good row."""

    def cell(role):
        i = layout.roles.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    name = cell("full_name") or (cell("first_name") + " " + cell("last_name")).strip()
    return respondent_key(secret, cell("email"), cell("phone"), name)


def masked_row(table: Table, row: list[str], layout: Layout) -> str:
    """The row as JSON with every cell masked except those of recognised, non-personal columns.

    An allow-list, not a deny-list: a column whose title was not recognised (e.g. "Your name",
    "Q1") may hold names, phones or e-mails, and none of those may reach the database.
    """
    keep = (set(layout.roles.values()) - layout.personal_columns()) | set(layout.channels.values())
    return json.dumps(
        {
            h or f"col{i + 1}": (row[i][:2000] if i in keep or not row[i] else MASK)
            for i, h in enumerate(table.headers)
        },
        ensure_ascii=False,
    )


def normalise(table: Table, layout: Layout, unit_matcher, secret: bytes) -> Normalised:
    """Column by column: each distinct answer, unit or visitor cell is read once; timestamps in DuckDB.

    Gives the same rows, ids and quarantine reasons as reading row by row (``normalise_rows``, kept
    as the reference; tests/test_normalise_columns_unit.py compares the two).
    """
    from etl import columnar

    return columnar.normalise(table, layout, unit_matcher, secret)


def normalise_rows(table: Table, layout: Layout, unit_matcher, secret: bytes) -> Normalised:
    """The reference, one row at a time."""
    out = Normalised()
    roles = layout.roles
    lim = limits.current()
    ts_col = roles["timestamp"]
    order = (
        layout.date_order
        if layout.date_order != "auto"
        else detect_order(r[ts_col] for r in table.rows[:2000])
    )

    def cell(row, role):
        i = roles.get(role)
        return clean(row[i]) if i is not None else ""

    for n, row in enumerate(table.rows, start=2):
        out.rows_read += 1
        try:
            record = _record(row, roles, layout, cell, order, unit_matcher, secret, lim)
            out.text_cut += record.pop("_cut")
        except InputProblem as problem:
            raw = masked_row(table, row, layout)
            digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
            out.quarantined.append(
                Quarantined(
                    n, problem.column, problem.th, problem.en, raw, digest, row_key(row, layout, secret)
                )
            )
            continue
        for name, value in record.items():
            out.columns[name].append(value)
    return out


def _record(row, roles, layout: Layout, cell, order, unit_matcher, secret, lim=None) -> dict:
    ts_header = "timestamp"
    try:
        submitted = parse_timestamp(row[roles["timestamp"]], order)
    except InputProblem as p:
        raise p.located(ts_header) from None
    answers = {}
    for channel in CHANNELS:
        i = layout.channels.get(channel)
        try:
            answers[channel] = answer_value(row[i]) if i is not None else None
        except InputProblem as p:
            raise p.located(f"aware_{channel}") from None
    if all(v is None for v in answers.values()):
        raise InputProblem(
            "ไม่มีคำตอบเรื่องการรับรู้เลยสักข้อ",
            "no awareness answer at all: all three items are blank",
            column="aware_*",
        )
    ticked, other_text = split_visitor_types(cell(row, "visitor"))
    unit_typed = cell(row, "unit")
    unit_code = unit_matcher(unit_typed)
    unit_raw, cut_unit = limits.cap_text(unit_typed, lim)
    name = cell(row, "full_name") or (cell(row, "first_name") + " " + cell(row, "last_name")).strip()
    rkey = respondent_key(secret, cell(row, "email"), cell(row, "phone"), name)
    identity = "|".join(
        [submitted.isoformat(), rkey or "", unit_raw, ",".join(sorted(ticked)), other_text]
        + [str(answers[c]) for c in CHANNELS]
    )
    other_shown, cut_other = limits.cap_text(pii.mask_text(other_text), lim)
    agency, cut_agency = limits.cap_text(pii.mask_text(cell(row, "agency")), lim)
    record = {
        "_cut": cut_other or cut_agency or cut_unit,
        "response_id": hashlib.sha256(identity.encode()).hexdigest()[:32],
        "submitted_at": submitted,
        "submitted_date": submitted.date(),
        "fiscal_year": fiscal_year_of(submitted.date()),
        "unit_code": unit_code,
        "unit_raw": unit_raw,
        "unit_known": unit_code is not None,
        "other_text": other_shown or None,
        "respondent_agency": agency or None,
        "respondent_key": rkey,
    }
    for v in VISITOR_TYPES:
        record[f"visitor_{v}"] = v in ticked
    for c in CHANNELS:
        record[f"aware_{c}"] = answers[c]
    return record
