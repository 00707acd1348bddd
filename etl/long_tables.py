"""The simple long tables (the reach sheet, submissions, ITA scores): one row per fact.

Rows are read by the specs in etl.tabular, checked (``check_row``) and written one by one
(``upsert``): re-importing a month or a score replaces it, the same row again changes nothing.
"""

from __future__ import annotations

import hashlib
import json

from etl import limits, pii, tabular
from etl.batches import BatchResult, Quarantined, cut_note, finish_batch, new_batch, quarantine
from etl.problems import InputProblem
from etl.readers import Table
from etl.reference import unit_matcher


def _normalise_long(kind: str, table: Table, mapping, matcher=None):
    """Rows of a simple long table as dicts; problems as quarantine items."""
    positions = tabular.locate(kind, table.headers, mapping)
    spec = tabular.SPECS[kind]
    good, bad = [], []
    lim, cut = limits.current(), 0
    for n, row in enumerate(table.rows, start=2):
        record, column = {}, None
        try:
            for column, index in positions.items():
                record[column] = spec[column][1](row[index])
                if isinstance(record[column], str):  # links and notes: no phones, e-mails, IDs; capped
                    record[column], was_cut = limits.cap_text(pii.mask_text(record[column]), lim)
                    cut += was_cut
            check_row(kind, record, matcher)
            good.append(record)
        except InputProblem as p:
            digest = hashlib.sha256(
                json.dumps(dict(zip(table.headers, row, strict=False)), ensure_ascii=False).encode()
            ).hexdigest()[:32]
            raw = pii.masked_raw(table.headers, row, keep=set(positions.values()))
            bad.append(Quarantined(n, p.column or column, p.th, p.en, raw, digest))
    if cut:
        good.append({"_cut": cut})  # read by import_long: the summary says how many cells were cut
    return good, bad


def check_row(kind: str, record: dict, matcher) -> None:
    if kind == "ita":
        if not 0 <= record["indicator"] <= 10:
            raise InputProblem("problem.etl.indicator", column="indicator")
        if not 0 <= record["score"] <= 100:
            raise InputProblem("problem.etl.score", column="score")
    if kind == "reach" and record["value"] < 0:
        raise InputProblem("problem.etl.negative", column="value")
    if kind == "submissions":
        code = matcher(record["unit"])
        if code is None:
            raise InputProblem("problem.etl.unit", column="unit", unit=record["unit"][:40])
        record["unit"] = code
        if record["form"] == "reach_monthly" and len(record["period"]) != 7:
            raise InputProblem("problem.etl.monthly_month", column="period")


def import_long(con, kind: str, table: Table, source: str, *, mapping=None, demo=False) -> BatchResult:
    result = BatchResult(source, kind)
    good, bad = _normalise_long(kind, table, mapping, unit_matcher(con) if kind == "submissions" else None)
    cut = good.pop()["_cut"] if good and "_cut" in good[-1] else 0
    batch_id = new_batch(con, kind, source)
    result.rows_read = len(good) + len(bad)
    result.rows_quarantined = quarantine(con, batch_id, kind, source, bad)
    for record in good:
        changed = upsert(con, kind, record, source, batch_id, demo)
        result.rows_new += changed
        result.rows_duplicate += not changed
    if cut:
        result.notes.append(cut_note(cut, "note.etl.cells"))
        result.message = result.notes[-1].log_text
    finish_batch(con, batch_id, result)
    return result


def upsert(con, kind: str, r: dict, source: str, batch_id: int, demo: bool) -> bool:
    """Insert or replace one row; True when the database changed. Re-importing a month replaces it."""
    if kind == "reach":
        same = con.execute(
            "SELECT value = ? FROM reach WHERE month = ? AND platform = ? AND metric = ? AND source = ?",
            [r["value"], r["month"], r["platform"], r["metric"], source],
        ).fetchone()
        if same and same[0]:
            return False
        con.execute(
            "INSERT OR REPLACE INTO reach VALUES (?, ?, ?, ?, ?, ?, ?)",
            [r["month"], r["platform"], r["metric"], r["value"], source, batch_id, demo],
        )
        return True
    if kind == "submissions":
        exists = con.execute(
            "SELECT 1 FROM submissions WHERE unit_code = ? AND form = ? AND fiscal_year = ? AND period = ? "
            "AND submitted_at = ?",
            [r["unit"], r["form"], r["fiscal_year"], r["period"], r["submitted_at"]],
        ).fetchone()
        if exists:
            return False
        con.execute(
            "INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                r["unit"],
                r["form"],
                r["fiscal_year"],
                r["period"],
                r["submitted_at"],
                r.get("link") or None,
                source,
                batch_id,
                demo,
            ],
        )
        keys = [r["unit"], r["form"], r["fiscal_year"], r["period"], r["submitted_at"]]
        pairs = [(n, r.get(f"measure_{n}") or None, r.get(f"evidence_{n}") or None) for n in range(1, 8)]
        measures = [[*keys, n, result, evidence] for n, result, evidence in pairs if result or evidence]
        if measures:
            con.executemany("INSERT INTO submission_measures VALUES (?, ?, ?, ?, ?, ?, ?, ?)", measures)
        return True
    same = con.execute(
        "SELECT score = ? FROM ita_scores WHERE fiscal_year = ? AND indicator = ?",
        [r["score"], r["fiscal_year"], r["indicator"]],
    ).fetchone()
    if same and same[0]:
        return False
    con.execute(
        "INSERT OR REPLACE INTO ita_scores VALUES (?, ?, ?, ?, ?, ?)",
        [r["fiscal_year"], r["indicator"], r["score"], demo, source, batch_id],
    )
    return True
