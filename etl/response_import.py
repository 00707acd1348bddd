"""Survey responses into the responses table: one batch per sheet, new rows only, notes for the summary."""

from __future__ import annotations

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
    try:
        norm = columnar.stage(con, table, layout, unit_matcher(con), config.respondent_secret())
        batch_id = new_batch(con, "responses", source)
        result.rows_read = norm.rows_read
        result.rows_quarantined = quarantine(con, batch_id, "responses", source, norm.quarantined)
        if norm.good:
            result.rows_new = _insert(con, norm, source, batch_id, demo)
    finally:
        columnar.unstage(con)
    result.rows_duplicate = norm.good - result.rows_new
    if norm.unknown_units:
        result.notes.append(Note.of(said("note.etl.unknown_units", unknown=norm.unknown_units)))
    result.notes += _visitor_notes(norm.visitor_counts)
    if norm.text_cut:
        result.notes.append(cut_note(norm.text_cut))
    result.months = norm.months
    if table.sheet:
        result.sheet = table.sheet
    result.recognised_as, result.recognised_as_th = "Google Forms responses", "ผลแบบสำรวจ Google Forms"
    result.message = "; ".join(
        ([f"tab '{table.sheet}'"] if table.sheet else []) + [n.log_text for n in result.notes]
    )
    finish_batch(con, batch_id, result)
    return result


def _insert(con, norm, source: str, batch_id: int, demo: bool) -> int:
    """The good rows not loaded before into responses, straight from the record SQL; how many went in.

    A submission the file repeats goes in once: the batch's extra copies are deleted afterwards (checking
    for them first would compute the record twice, or copy a million rows to a temporary table)."""
    cols = ", ".join(responses.COLUMNS)
    before = con.execute("SELECT count(*) FROM responses").fetchone()[0]
    con.execute(
        f"""INSERT INTO responses ({cols}, source, batch_id, is_demo)
            SELECT {cols}, $source, $batch, $demo FROM ({norm.sql}) i
            WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.response_id = i.response_id)""",  # noqa: S608 - constant columns
        {**norm.params, "source": source, "batch": batch_id, "demo": demo},
    )
    mine = "FROM responses WHERE batch_id = $batch"
    repeats = con.execute(f"SELECT count(*) > count(DISTINCT response_id) {mine}", {"batch": batch_id})
    if repeats.fetchone()[0]:
        con.execute(
            f"DELETE {mine} AND rowid NOT IN (SELECT min(rowid) {mine} GROUP BY response_id)",
            {"batch": batch_id},
        )
    return con.execute("SELECT count(*) FROM responses").fetchone()[0] - before


def _visitor_notes(counts: list[tuple[str, int]]) -> list[Note]:
    """A note when visitor-type cells tick no option of the form while most of the column does."""
    count, examples = unmatched_visitor_cells(counts)
    if not count:
        return []
    shown = ", ".join(f"'{e}'" for e in examples)
    return [
        Note.of(
            said("note.etl.visitor_other.shown", count=count, shown=shown),
            logged=Note.of(said("note.etl.visitor_other.logged", count=count)),
        )
    ]
