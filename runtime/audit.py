"""The audit trail (PDPA): who did what, when — page views of sensitive pages, exports, admin actions.

Kept in SQLite beside the analytics database, not in it: the analytics file is read-only to the app
and replaced by every load, while the audit log must take small writes from every app process.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from runtime import config
from runtime.clock import bangkok_now

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_log (
    at      TEXT NOT NULL,   -- ISO time, Asia/Bangkok
    who     TEXT NOT NULL,   -- e-mail, or 'no-auth' / 'cli'
    roles   TEXT NOT NULL,   -- comma-separated
    action  TEXT NOT NULL,   -- view | export | denied | refresh | purge | forget | ita_scores
    target  TEXT NOT NULL,   -- page key, export name, command
    detail  TEXT NOT NULL    -- JSON: filters, row count, ...
)
"""


def audit_path() -> Path:
    """$ITA_AUDIT_DB, else audit.sqlite beside the served database."""
    explicit = os.environ.get("ITA_AUDIT_DB")
    return Path(explicit) if explicit else config.db_path().with_name("audit.sqlite")


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=10)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(SCHEMA)
    return con


def record(who: str, roles, action: str, target: str, **detail) -> None:
    con = _connect(audit_path())
    try:
        with con:
            con.execute(
                "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?)",
                (
                    bangkok_now().isoformat(timespec="seconds"),
                    who,
                    ",".join(sorted(roles)),
                    action,
                    target,
                    json.dumps(detail, ensure_ascii=False, default=str),
                ),
            )
    finally:
        con.close()


def recent(limit: int = 1000) -> list[dict]:
    path = audit_path()
    if not path.exists():
        return []
    con = _connect(path)
    try:
        cur = con.execute(
            "SELECT at, who, roles, action, target, detail FROM audit_log ORDER BY at DESC, rowid DESC LIMIT ?",
            (limit,),
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
