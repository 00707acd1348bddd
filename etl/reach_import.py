"""Loading reach in any of its formats (etl.reach_formats) into the reach table, one batch per file.

The long sheet keeps its existing path (etl.load.import_long). Other formats become monthly rows that
replace the same month, platform and metric from the same source (the PK), so re-importing a month
never adds to it. A month a daily export covers only in part (a missing day, a range starting mid-
month) loads when nothing is there yet, but never overwrites a figure already held: a full month
re-exported later does. The batch message names the format, the months short of days and the rest.
"""

from __future__ import annotations

import hashlib

from etl import load, reach_formats, responses
from etl.readers import Table

FORMAT_NAMES = {
    "wide": "wide sheet (a column per platform-metric)",
    "meta": "Meta Business Suite export",
    "youtube": "YouTube Studio export",
}
MAX_NOTES = 12


def import_reach(con, table: Table, source: str, *, mapping=None, demo=False) -> load.BatchResult:
    fmt = reach_formats.detect(table, mapping)
    if fmt == "long":
        return load.import_long(con, "reach", table, source, mapping=mapping, demo=demo)
    parsed = reach_formats.parse(table, fmt)
    result = load.BatchResult(source, "reach")
    batch_id = load._new_batch(con, "reach", source)
    bad = [
        responses.Quarantined(
            b.row_number, b.column, b.problem.th, b.problem.en, b.raw, _digest(f"{b.column}|{b.raw}")
        )
        for b in parsed.bad
    ]
    result.rows_read = parsed.rows_read
    result.rows_quarantined = load._quarantine(con, batch_id, "reach", source, bad)
    row_source = parsed.source or source
    notes = list(parsed.notes)
    for row in parsed.rows:
        record = {"month": row.month, "platform": row.platform, "metric": row.metric, "value": row.value}
        if not row.complete and _held(con, row, row_source):
            notes.append(f"{row.platform} {row.metric} {row.month:%Y-%m}: kept the figure already loaded")
            result.rows_duplicate += 1
            continue
        changed = load._upsert(con, "reach", record, row_source, batch_id, demo)
        result.rows_new += changed
        result.rows_duplicate += not changed
    head = FORMAT_NAMES.get(parsed.format, parsed.format) + (
        f", loaded as source '{row_source}'" if row_source != source else ""
    )
    extra = f"; and {len(notes) - MAX_NOTES} more" if len(notes) > MAX_NOTES else ""
    result.message = "; ".join([head, *notes[:MAX_NOTES]]) + extra
    load._finish_batch(con, batch_id, result)
    return result


def _held(con, row: reach_formats.ReachRow, source: str) -> bool:
    return (
        con.execute(
            "SELECT 1 FROM reach WHERE month = ? AND platform = ? AND metric = ? AND source = ?",
            [row.month, row.platform, row.metric, source],
        ).fetchone()
        is not None
    )


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()[:32]
