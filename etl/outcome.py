"""What one imported file came to, said in Thai and English: the structure the CLI and the data page render.

An import returns one ``etl.batches.BatchResult`` per file; its ``notes`` are ``Note``s. Rendering lives
with whoever shows it (``lines`` here for the command line, ``dashboard.imports`` for the app).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from i18n import t
from i18n.messages import Message
from runtime.clock import bangkok_now


@dataclass(frozen=True)
class Note:
    """``logged`` is the note as it may be kept (the load log, the last-import file) when ``th``/``en``
    quote the file's own cells: examples of free text are shown once to whoever imports, never stored,
    since an erasure could not find them there."""

    th: str
    en: str
    logged: Note | None = None

    @classmethod
    def of(cls, said: Message, logged: Note | None = None) -> Note:
        """A note said as a label (``Note.of(said("note.etl....", ...))``), kept in both languages."""
        return cls(said.th, said.en, logged)

    def text(self, lang: str = "en") -> str:
        return self.th if lang == "th" else self.en

    @property
    def kept(self) -> Note:
        return self.logged or self

    @property
    def log_text(self) -> str:
        return self.kept.en


def describe(result, lang: str = "en") -> list[str]:
    """Lines for one file: recognised as what, loaded what, skipped what and why."""
    th = lang == "th"
    status = t(f"outcome.status.{result.status}", lang)
    head = f"{result.file or result.source}: {status}"
    recognised = (result.recognised_as_th or result.recognised_as) if th else result.recognised_as
    if recognised:
        head += t("outcome.recognised", lang, what=recognised)
    if result.sheet:
        head += t("outcome.tab", lang, sheet=result.sheet)
    lines = [head]
    if result.status == "ok":
        counts = t(
            "outcome.counts",
            lang,
            read=result.rows_read,
            new=result.rows_new,
            duplicate=result.rows_duplicate,
            quarantined=result.rows_quarantined,
        )
        lines.append("  " + counts)
        if result.months:
            span = result.months[0] + (f" – {result.months[-1]}" if len(result.months) > 1 else "")
            what = ", ".join(result.platforms) + (" · " + ", ".join(result.metrics) if result.metrics else "")
            lines.append(
                ("  " + t("outcome.months", lang, span=span, n=len(result.months), what=what)).rstrip()
            )
    else:
        lines.append("  " + (result.reason_th if th else result.reason_en))
    lines += ["  · " + n.text(lang) for n in result.notes]
    return lines


def log_path(db: Path) -> Path:
    """Beside the database, not a sibling of its name (a refused import leaves the served file's
    neighbours as they were): ``data/ita.last-import.json`` for ``data/ita.duckdb``."""
    return db.with_name(db.stem + ".last-import.json")


def _kept(result) -> dict:
    row = asdict(result)
    row["notes"] = [asdict(n.kept) | {"logged": None} for n in result.notes]
    return row


def write_log(db: Path, kind: str, results) -> None:
    """The last command-line import, file by file, for the data page (never personal data: names,
    counts, months, reasons)."""
    payload = {
        "finished_at": bangkok_now().isoformat(timespec="seconds"),
        "kind": kind,
        "files": [_kept(r) for r in results],
    }
    try:
        tmp = log_path(db).with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, log_path(db))
    except OSError:
        pass  # the summary was printed; a read-only data folder must not turn a good load into an error


def read_log(db: Path) -> dict:
    try:
        return json.loads(log_path(db).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
