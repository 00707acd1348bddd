"""Survey responses into the responses table: one batch per sheet, new rows only, notes for the summary."""

from __future__ import annotations

import pyarrow.compute as pc

from etl import columnar, responses
from etl.batches import BatchResult, cut_note, finish_batch, new_batch, quarantine
from etl.forms import recognise, unmatched_visitor_cells
from etl.outcome import Note
from etl.readers import Table
from etl.reference import unit_matcher
from i18n.messages import said
from runtime import config


def import_responses(
    con, table: Table, source: str, *, mapping=None, options=None, demo=False
) -> BatchResult:
    result = BatchResult(source, "responses")
    if not table.rows:
        # A new form's sheet has its headers before its first answer: nothing to recognise columns by,
        # and nothing to lose. Refusing it would mark every refresh failed until someone answers.
        result.message = "no responses yet (only the header row)"
        finish_batch(con, new_batch(con, "responses", source), result)
        return result
    layout = recognise(table.headers, table.rows, unit_matcher(con), mapping)
    layout.date_order = (options or {}).get("date_order", "auto")
    norm = columnar.normalise(table, layout, unit_matcher(con), config.respondent_secret())
    batch_id = new_batch(con, "responses", source)
    result.rows_read = norm.rows_read
    result.rows_quarantined = quarantine(con, batch_id, "responses", source, norm.quarantined)
    if norm.good:
        con.register("incoming_responses", norm.arrow())
        cols = ", ".join(responses.COLUMNS)
        before = con.execute("SELECT count(*) FROM responses").fetchone()[0]
        # DISTINCT ON costs seconds at a million rows: use it only when the file repeats a submission.
        repeats = con.execute(
            "SELECT count(DISTINCT response_id) < count(*) FROM incoming_responses"
        ).fetchone()[0]
        pick = "DISTINCT ON (response_id) " if repeats else ""
        con.execute(
            f"""INSERT INTO responses ({cols}, source, batch_id, is_demo)
                SELECT {pick}{cols}, ?, ?, ? FROM incoming_responses i
                WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.response_id = i.response_id)""",  # noqa: S608 - constant columns
            [source, batch_id, demo],
        )
        con.unregister("incoming_responses")
        result.rows_new = con.execute("SELECT count(*) FROM responses").fetchone()[0] - before
    result.rows_duplicate = norm.good - result.rows_new
    unknown = norm.good - pc.sum(norm.arrow().column("unit_known")).as_py() if norm.good else 0
    if unknown:
        result.notes.append(Note.of(said("note.etl.unknown_units", unknown=unknown)))
    result.notes += _visitor_notes(table, layout)
    if norm.text_cut:
        result.notes.append(cut_note(norm.text_cut))
    if norm.good:
        # year * 100 + month, made unique before any text is formatted (strftime of 1M stamps took 1.5 s)
        stamps = norm.arrow().column("submitted_at")
        ym = pc.unique(pc.add(pc.multiply(pc.year(stamps), 100), pc.month(stamps))).to_pylist()
        result.months = sorted(f"{v // 100:04d}-{v % 100:02d}" for v in ym if v is not None)
    if table.sheet:
        result.sheet = table.sheet
    result.recognised_as, result.recognised_as_th = "Google Forms responses", "ผลแบบสำรวจ Google Forms"
    result.message = "; ".join(
        ([f"tab '{table.sheet}'"] if table.sheet else []) + [n.log_text for n in result.notes]
    )
    finish_batch(con, batch_id, result)
    return result


def _visitor_notes(table: Table, layout) -> list[Note]:
    """A note when visitor-type cells tick no option of the form while most of the column does."""
    i = layout.roles.get("visitor")
    if i is None or not table.rows:
        return []
    counts = pc.value_counts(table.column(i)).to_pylist()
    count, examples = unmatched_visitor_cells((c["values"], c["counts"]) for c in counts)
    if not count:
        return []
    shown = ", ".join(f"'{e}'" for e in examples)
    return [
        Note.of(
            said("note.etl.visitor_other.shown", count=count, shown=shown),
            logged=Note.of(said("note.etl.visitor_other.logged", count=count)),
        )
    ]
