"""One batch per imported file: its row in load_batches, its quarantined rows, and its result.

Every importer (survey responses, long tables, reach exports, the app's recorded reports) opens a batch
with ``new_batch``, keeps its bad rows with ``quarantine`` and closes it with ``finish_batch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from etl import limits, pii
from etl.outcome import Note
from i18n.messages import said
from runtime.clock import bangkok_now


@dataclass
class BatchResult:
    """One file's (or source's) outcome: what the CLI prints and the data page shows (etl.outcome).

    ``status``: "ok" (loaded), "skipped" (recognised, not a kind of file this import loads; nothing
    written) or "refused" (cannot be loaded as it is; nothing written; ``reason_*`` says what to fix).
    """

    source: str
    kind: str
    rows_read: int = 0
    rows_new: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    status: str = "ok"
    message: str = ""
    file: str = ""  # the path as given (a folder's files each get their own result)
    recognised_as: str = ""
    recognised_as_th: str = ""
    sheet: str | None = None  # the workbook tab read
    months: list[str] = field(default_factory=list)  # YYYY-MM loaded (reach)
    platforms: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    reason_th: str = ""
    reason_en: str = ""

    def line(self) -> str:
        if self.status in ("skipped", "refused"):
            return f"{self.file or self.source}: {self.status} — {self.reason_en}"
        return (
            f"{self.source}: read {self.rows_read}, new {self.rows_new}, duplicate {self.rows_duplicate}, "
            f"quarantined {self.rows_quarantined}" + (f" — {self.message}" if self.message else "")
        )


@dataclass
class Quarantined:
    """A row kept out of the data with its reason, masked; the same row imported twice is kept once."""

    row_number: int
    column: str | None
    reason_th: str
    reason_en: str
    raw: str
    row_hash: str
    respondent_key: str | None = None  # the HMAC of a survey row, so an erasure reaches its quarantine


def new_batch(con, kind: str, source: str) -> int:
    batch_id = con.execute("SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches").fetchone()[0]
    con.execute(
        "INSERT INTO load_batches (batch_id, kind, source, started_at, status) VALUES (?, ?, ?, ?, 'running')",
        [batch_id, kind, source, bangkok_now()],
    )
    return batch_id


def finish_batch(con, batch_id: int, result: BatchResult) -> None:
    con.execute(
        "UPDATE load_batches SET finished_at = ?, rows_read = ?, rows_new = ?, rows_duplicate = ?, "
        "rows_quarantined = ?, status = ?, message = ? WHERE batch_id = ?",
        [
            bangkok_now(),
            result.rows_read,
            result.rows_new,
            result.rows_duplicate,
            result.rows_quarantined,
            result.status,
            result.message,
            batch_id,
        ],
    )


def quarantine(con, batch_id: int, kind: str, source: str, items: list[Quarantined]) -> int:
    """Keep bad rows with their reasons; the same bad row imported twice is kept once."""
    if not items:
        return 0
    now = bangkok_now()
    incoming = pa.table(
        {
            "row_number": [q.row_number for q in items],
            "column_name": [q.column for q in items],
            "reason_th": [q.reason_th for q in items],
            "reason_en": [q.reason_en for q in items],
            # Every kind's row is masked here, whatever its importer did: personal columns, and phones,
            # e-mails and national IDs in the rest (responses arrive already masked by an allow-list).
            "raw": [pii.mask_raw_json(q.raw) for q in items],
            "row_hash": [q.row_hash for q in items],
            "respondent_key": pa.array([q.respondent_key for q in items], pa.string()),
        }
    )
    con.register("incoming_quarantine", incoming)
    con.execute(
        """INSERT INTO quarantine (batch_id, kind, source, row_number, column_name, reason_th, reason_en, raw,
                                  row_hash, quarantined_at, respondent_key)
           SELECT DISTINCT ON (row_hash) ?, ?, ?, row_number, column_name, reason_th, reason_en, raw, row_hash, ?,
                  respondent_key
           FROM incoming_quarantine i
           WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.kind = ? AND q.row_hash = i.row_hash)""",
        [batch_id, kind, source, now, kind],
    )
    con.unregister("incoming_quarantine")
    return len(items)


def cut_note(n: int, what: str = "note.etl.rows") -> Note:
    """Said when free text was cut to the max_text_chars limit in ``n`` rows (or cells: ``note.etl.cells``)."""
    chars = limits.current().max_text_chars
    return Note.of(said("note.etl.cut", chars=chars, n=n, what=said(what)))
