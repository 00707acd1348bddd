"""Loading reach in any of its formats (etl.reach_formats) into the reach table, one batch per file.

The long sheet keeps its existing path (etl.long_tables.import_long). Other formats become monthly rows that
replace the same month, platform and metric from the same source (the PK), so re-importing a month
never adds to it. A month the export's date range cuts (it starts after the 1st or ends before the
month's end) is not loaded at all (etl.reach_rows.aggregate_daily says so). A month with days missing
inside the range loads when nothing is there yet, but never overwrites a figure already held: a full
month re-exported later does. The result names the format, the months, platforms and metrics loaded, the
months short of days and the rest. A file that is not a daily page metric raises ``Skip`` (before any
write), one that cannot be read raises ``InputProblem`` (before any write): etl.load turns both into a
per-file outcome and goes on with the next file.
"""

from __future__ import annotations

import hashlib

from etl import reach_formats
from etl.batches import BatchResult, Quarantined, finish_batch, new_batch, quarantine
from etl.long_tables import import_long, upsert
from etl.outcome import Note
from etl.readers import Table
from i18n.messages import said

MAX_NOTES = 12
DAILY_SUM_NOTE = Note.of(said("note.etl.daily_sum"))


def import_reach(
    con, table: Table, source: str, *, mapping=None, demo=False, platform=None, folder=None, run_from=None
) -> BatchResult:
    """``run_from``: the first batch id of this import run; a figure another file of the same run gave
    for the same month, platform and metric (Meta's "Reach" and "Viewers" both) is named when replaced."""
    fmt = reach_formats.detect(table, mapping)
    if fmt == "long":
        result = import_long(con, "reach", table, source, mapping=mapping, demo=demo)
        result.recognised_as = reach_formats.FORMAT_NAMES["long"].en
        result.recognised_as_th = reach_formats.FORMAT_NAMES["long"].th
        written = con.execute(
            "SELECT strftime(month, '%Y-%m'), platform, metric FROM reach WHERE batch_id = "
            "(SELECT max(batch_id) FROM load_batches WHERE source = ? AND kind = 'reach')",
            [source],
        ).fetchall()
        result.months = sorted({m for m, _, _ in written})
        result.platforms = sorted({p for _, p, _ in written})
        result.metrics = sorted({k for _, _, k in written})
        return result
    parsed = reach_formats.parse(table, fmt, platform=platform, folder=folder)  # may raise: nothing written
    result = BatchResult(
        source, "reach", recognised_as=parsed.recognised_as.en if parsed.recognised_as else fmt
    )
    result.recognised_as_th = parsed.recognised_as.th if parsed.recognised_as else fmt
    batch_id = new_batch(con, "reach", source)
    bad = [
        Quarantined(b.row_number, b.column, b.problem.th, b.problem.en, b.raw, _digest(f"{b.column}|{b.raw}"))
        for b in parsed.bad
    ]
    result.rows_read = parsed.rows_read
    result.rows_quarantined = quarantine(con, batch_id, "reach", source, bad)
    row_source = parsed.source or source
    notes = list(parsed.notes)
    if any(r.metric == "reach" and r.days is not None for r in parsed.rows):
        notes.append(DAILY_SUM_NOTE)
    loaded = []
    for row in parsed.rows:
        record = {"month": row.month, "platform": row.platform, "metric": row.metric, "value": row.value}
        if not row.complete and _held(con, row, row_source):
            notes.append(
                Note.of(
                    said("note.etl.kept_loaded", platform=row.platform, metric=row.metric, month=row.month)
                )
            )
            result.rows_duplicate += 1
            continue
        if run_from is not None and (other := _same_run(con, row, row_source, run_from)):
            notes.append(
                Note.of(
                    said(
                        "note.etl.replaces",
                        platform=row.platform,
                        metric=row.metric,
                        month=row.month,
                        old=other[1],
                        source=other[0],
                        new=row.value,
                    )
                )
            )
        changed = upsert(con, "reach", record, row_source, batch_id, demo)
        result.rows_new += changed
        result.rows_duplicate += not changed
        loaded.append(row)
    result.months = sorted({f"{r.month:%Y-%m}" for r in loaded})
    result.platforms = sorted({r.platform for r in loaded})
    result.metrics = sorted({r.metric for r in loaded})
    result.notes = notes
    head = result.recognised_as + (f", loaded as source '{row_source}'" if row_source != source else "")
    extra = f"; and {len(notes) - MAX_NOTES} more" if len(notes) > MAX_NOTES else ""
    result.message = "; ".join([head, *(n.log_text for n in notes[:MAX_NOTES])]) + extra
    finish_batch(con, batch_id, result)
    return result


def _same_run(con, row: reach_formats.ReachRow, source: str, run_from: int) -> tuple[str, float] | None:
    """(file, value) when a file loaded earlier in this run gave a different figure for the same key."""
    found = con.execute(
        "SELECT b.source, r.value FROM reach r JOIN load_batches b USING (batch_id) "
        "WHERE r.month = ? AND r.platform = ? AND r.metric = ? AND r.source = ? AND r.batch_id >= ? "
        "AND r.value <> ?",
        [row.month, row.platform, row.metric, source, run_from, row.value],
    ).fetchone()
    return (found[0], found[1]) if found else None


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
