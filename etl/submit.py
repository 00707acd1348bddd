"""Reports recorded in the app: ศปท. records a report it received, a unit officer submits its own.

Both go through the submissions path of the importer (``etl.long_tables``: the same normalisers, the same unit
check, the same upsert of the submission and its form-1 measures) inside ``publish.staged``, so a recorded
report is validated, published atomically and seen by every page at once, exactly like a register row.

Who recorded it: the submissions table keeps only an account label in ``source`` (``app:ศปท.``,
``app:unit:ADM``) and ``submission_receipts.recorded_by``; the person's sign-in identity goes to the audit
log only (PDPA: the analytics file, its backups and exports hold no officer's name or address).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from etl import publish, tabular
from etl.batches import BatchResult, finish_batch, new_batch
from etl.long_tables import check_row, upsert
from etl.problems import InputProblem
from etl.reference import seed_units, unit_matcher
from i18n.messages import Message, said
from runtime import config
from runtime.clock import bangkok_now

MAX_TEXT = 2000  # a result text or note; longer is refused with a message, never cut silently


@dataclass
class Receipt:
    unit_code: str
    form: str  # form1 | form2 | reach_monthly
    fiscal_year: int  # BE
    period: str  # '6' | '12' | 'YYYY-MM'
    received: date | datetime  # the day the report arrived; a unit's own submission: the very time
    link: str = ""
    receipt_no: str = ""
    note: str = ""
    measures: dict[int, tuple[str, str]] = field(default_factory=dict)  # n -> (result, evidence link)

    def key(self) -> tuple:
        return (self.unit_code, self.form, self.fiscal_year, self.period, self.submitted_at())

    def submitted_at(self) -> datetime:
        if isinstance(self.received, datetime):
            return self.received.replace(microsecond=0)
        return datetime.combine(self.received, time(0))


def _check_link(text: str, what: Message) -> str:
    text = (text or "").strip()
    if text and not text.lower().startswith(("http://", "https://")):
        raise InputProblem("problem.etl.link", what=what, text=text[:40])
    return text


def _check_text(text: str, what: Message) -> str:
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise InputProblem("problem.etl.too_long", what=what, limit=MAX_TEXT)
    return text


def _record(con, r: Receipt) -> dict:
    """The receipt as an importer row, checked by the importer's own normalisers and unit check."""
    record = {
        "unit": r.unit_code,
        "form": tabular.form(r.form),
        "fiscal_year": tabular.fiscal_year(str(r.fiscal_year)),
        "period": tabular.period(r.period),
        "submitted_at": r.submitted_at(),
        "link": _check_link(r.link, said("problem.etl.what.report_link")),
    }
    for n, (result, evidence) in sorted(r.measures.items()):
        if not 1 <= n <= 7:
            raise InputProblem("problem.etl.measure", n=n)
        record[f"measure_{n}"] = _check_text(result, said("problem.etl.what.measure_result", n=n))
        record[f"evidence_{n}"] = _check_link(evidence, said("problem.etl.what.measure_evidence", n=n))
    check_row("submissions", record, unit_matcher(con))
    if record["form"] == "reach_monthly" and len(str(record["period"])) != 7:
        raise InputProblem("problem.etl.pick_month")
    if record["form"] != "reach_monthly" and record["period"] not in ("6", "12"):
        raise InputProblem("problem.etl.pick_round")
    if r.submitted_at().date() > bangkok_now().date():
        raise InputProblem("problem.etl.future")
    return record


def _read(con, key: tuple) -> dict | None:
    row = con.execute(
        "SELECT s.link, s.source, r.receipt_no, r.note, r.recorded_by, r.recorded_at FROM submissions s "
        "LEFT JOIN submission_receipts r USING (unit_code, form, fiscal_year, period, submitted_at) "
        "WHERE s.unit_code = ? AND s.form = ? AND s.fiscal_year = ? AND s.period = ? AND s.submitted_at = ?",
        list(key),
    ).fetchone()
    if row is None:
        return None
    measures = con.execute(
        "SELECT measure, result, evidence FROM submission_measures WHERE unit_code = ? AND form = ? "
        "AND fiscal_year = ? AND period = ? AND submitted_at = ? ORDER BY measure",
        list(key),
    ).fetchall()
    names = ("link", "source", "receipt_no", "note", "recorded_by", "recorded_at")
    return dict(zip(names, row, strict=True)) | {
        "key": list(key),
        "measures": {m: [res, ev] for m, res, ev in measures},
    }


def _delete(con, key: tuple) -> None:
    where = "unit_code = ? AND form = ? AND fiscal_year = ? AND period = ? AND submitted_at = ?"
    for table in ("submission_measures", "submission_receipts", "submissions"):
        con.execute(f"DELETE FROM {table} WHERE {where}", list(key))  # noqa: S608 - constant names


def save(
    receipt: Receipt, recorded_by: str, *, replaces: tuple | None = None, db: str | Path | None = None
) -> dict:
    """Record a report (or correct the entry ``replaces``); publish atomically. Returns the old and new
    entries (old is None for a new record) for the audit log, which keeps the old value."""
    receipt.note = _check_text(receipt.note, said("problem.etl.what.note"))
    receipt.receipt_no = _check_text(receipt.receipt_no, said("problem.etl.what.receipt_no"))[:100]
    source = f"app:{recorded_by}"
    with publish.staged(config.db_path(db)) as con:
        seed_units(con)
        record = _record(con, receipt)
        receipt.unit_code = record["unit"]
        old = None
        if replaces is not None:
            old = _read(con, tuple(replaces))
            if old is None:
                raise InputProblem("problem.etl.entry_gone")
            _delete(con, tuple(replaces))
        elif _read(con, receipt.key()) is not None:
            raise InputProblem("problem.etl.entry_exists")
        batch_id = new_batch(con, "submissions", source)
        upsert(con, "submissions", record, source, batch_id, False)
        con.execute(
            "INSERT INTO submission_receipts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                *receipt.key(),
                receipt.receipt_no or None,
                receipt.note or None,
                recorded_by,
                bangkok_now(),
            ],
        )
        finish_batch(con, batch_id, BatchResult(source, "submissions", rows_read=1, rows_new=1))
        new = _read(con, receipt.key())
    return {"old": old, "new": new, "receipt": asdict(receipt)}
