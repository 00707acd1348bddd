"""The row-by-row normalisation of survey responses: the oracle etl/columnar.py is checked against.

It reads one row at a time and calls the small parsers per cell, which is easy to read and slow at a
million rows; the import uses the column-wise ``etl.columnar.normalise``, and
tests/test_normalise_columns.py checks both give the same rows, ids and quarantine reasons.
"""

from __future__ import annotations

import hashlib

from core.fiscal import fiscal_year as fiscal_year_of
from etl import limits, pii
from etl.batches import Quarantined
from etl.forms import CHANNELS, VISITOR_TYPES, Layout, answer_value, split_visitor_types
from etl.problems import InputProblem
from etl.readers import Table
from etl.responses import Normalised, masked_row, respondent_key, row_key
from etl.text import clean
from etl.timestamps import detect_order, parse_timestamp


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
        raise InputProblem("problem.etl.no_awareness", column="aware_*")
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
