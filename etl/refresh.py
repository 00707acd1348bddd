"""Refresh: pull every configured Google Sheet, then load what arrived in one atomic publish.

Network first, outside the writer lock (a slow API must not block other loads); then one staged
database for all sources, each source in its own transaction so a bad one (header drift, say) is
rolled back and reported while the good ones are still published. Fetch failures never touch the
served database; every outcome goes to a small JSON log beside it for the admin page and the banner.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from etl import limits, load, publish, reference, sheets, sources
from etl.problems import InputProblem
from etl.readers import Table
from i18n.messages import Message, said
from runtime import config
from runtime.clock import bangkok_now


@dataclass
class SourceOutcome:
    name: str
    kind: str
    status: str = "pending"  # 'ok' | 'failed'
    rows_read: int = 0
    rows_new: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    requests: int = 0
    seconds: float = 0.0
    message: str = ""  # "Thai / English", as the command line prints it
    message_th: str = ""  # a failure's reason alone in each language, for the data page
    message_en: str = ""
    finished_at: str = field(default_factory=lambda: bangkok_now().isoformat(timespec="seconds"))

    def line(self) -> str:
        if self.status != "ok":
            return f"✗ {self.name}: {self.message}"
        return (
            f"✓ {self.name}: read {self.rows_read}, new {self.rows_new}, duplicate {self.rows_duplicate}, "
            f"quarantined {self.rows_quarantined} ({self.requests} requests, {self.seconds:.1f} s)"
        )


def log_path(db: Path) -> Path:
    return db.with_name(db.name + ".refresh.json")


def read_log(db: Path) -> dict:
    """{'last_run': iso, 'sources': {name: outcome}} or {} when no refresh ever ran."""
    try:
        return json.loads(log_path(db).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _write_log(db: Path, outcomes: list[SourceOutcome]) -> None:
    current = read_log(db)
    merged = current.get("sources", {}) | {o.name: asdict(o) for o in outcomes}
    payload = {"last_run": bangkok_now().isoformat(timespec="seconds"), "sources": merged}
    tmp = log_path(db).with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, log_path(db))


def refresh(
    db: str | Path | None = None,
    sources_file: str | Path | None = None,
    only: str | None = None,
    progress: Callable[[SourceOutcome], None] = lambda o: None,
    credentials: dict | None = None,
    wait_seconds: float = 600,
) -> list[SourceOutcome]:
    served = config.db_path(db)
    settings, configured = sources.load(sources.sources_path(sources_file))
    chosen = [s for s in configured if only in (None, s.name)]
    if only and not chosen:
        raise InputProblem("problem.etl.no_source", name=only)
    creds = credentials or sheets.load_credentials(config.ROOT / ".streamlit" / "secrets.toml")
    outcomes, fetched = [], []
    for source in chosen:
        outcome = SourceOutcome(source.name, source.kind)
        stats: dict = {}
        t0 = time.monotonic()
        try:
            values = sheets.fetch_values(
                source,
                creds,
                api_base=settings.api_base,
                timeout=settings.timeout_seconds,
                max_retries=settings.max_retries,
                stats=stats,
            )
            bounded = list(limits.bounded_rows(values, source.name))  # before the writer lock, too
            fetched.append((source, Table.from_values(source.name, bounded), outcome))
        except (sheets.SheetError, InputProblem) as exc:
            outcome.status, outcome.message = "failed", str(exc)
            if isinstance(exc, InputProblem):
                outcome.message_th, outcome.message_en = exc.th, exc.en
            else:
                outcome.message_th, outcome.message_en = exc.message_th, exc.message_en
        outcome.requests = stats.get("requests", 0)
        outcome.seconds = time.monotonic() - t0
        outcomes.append(outcome)
        if outcome.status == "failed":
            progress(outcome)
    if fetched:
        _publish(served, fetched, progress, wait_seconds)
    _write_log(served, outcomes)
    return outcomes


def _publish(served: Path, fetched, progress, wait_seconds: float) -> None:
    with publish.staged(served, wait_seconds=wait_seconds) as con:
        reference.seed_units(con)
        for source, table, outcome in fetched:
            t0 = time.monotonic()
            con.execute("BEGIN TRANSACTION")
            try:
                result = load.import_table(
                    con, source.kind, table, f"sheet:{source.name}", mapping_path=source.mapping
                )
                con.execute("COMMIT")
                outcome.status = "ok"
                for name in ("rows_read", "rows_new", "rows_duplicate", "rows_quarantined"):
                    setattr(outcome, name, getattr(result, name))
                outcome.message = result.message
            except InputProblem as problem:
                con.execute("ROLLBACK")
                where = f" (column {problem.column})" if problem.column else ""
                outcome.status, outcome.message = "failed", f"{source.name}{where}: {problem}"
                where_th = f" (คอลัมน์ {problem.column})" if problem.column else ""
                outcome.message_th = f"{source.name}{where_th}: {problem.th}"
                outcome.message_en = f"{source.name}{where}: {problem.en}"
            outcome.seconds += time.monotonic() - t0
            outcome.finished_at = bangkok_now().isoformat(timespec="seconds")
            progress(outcome)


def health(log: dict, now: datetime, stale_after_hours: float) -> tuple[str, Message] | None:
    """A warning for the banner: ('error'|'warning', what to say), or None when all is well.

    Failed = some source's latest refresh failed; stale = the newest successful refresh is older
    than the configured age. No log (no refresh ever configured) means nothing to say.
    """
    sources = log.get("sources", {})
    if not sources:
        return None
    failed = sorted(name for name, o in sources.items() if o.get("status") != "ok")
    if failed:
        names = ", ".join(failed)
        return "error", said("refresh.health.failed", names=names)
    newest = max(datetime.fromisoformat(o["finished_at"]) for o in sources.values())
    age_hours = (now - newest).total_seconds() / 3600
    if age_hours > stale_after_hours:
        return "warning", said("refresh.health.stale", hours=age_hours, limit=stale_after_hours)
    return None
