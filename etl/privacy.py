"""PDPA duties on the data itself: retention (purge old responses) and a data subject's erasure.

Both change the served database through the atomic publish, then apply the same deletion to every
backup in place, so a deleted response survives nowhere.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from etl import config, publish, responses


def _apply_everywhere(served: Path, sql: str, params: list) -> dict:
    """Run one DELETE on the served database (published atomically) and on each backup; count rows."""
    counts = {}
    with publish.staged(served) as con:
        counts["served"] = con.execute(sql + " RETURNING 1", params).fetchall().__len__()
    for backup in publish.list_backups(served):
        con = duckdb.connect(str(backup))
        try:
            counts[backup.name] = len(con.execute(sql + " RETURNING 1", params).fetchall())
            con.execute("CHECKPOINT")
        finally:
            con.close()
    return counts


def purge_before(day: date, db: str | Path | None = None) -> dict:
    """Delete responses submitted before `day`, and quarantined survey rows held since before it."""
    served = config.db_path(db)
    counts = _apply_everywhere(served, "DELETE FROM responses WHERE submitted_date < ?", [day])
    _apply_everywhere(served, "DELETE FROM quarantine WHERE kind = 'responses' AND quarantined_at < ?", [day])
    return counts


def subject_keys(email: str | None = None, phone: str | None = None) -> list[str]:
    """The respondent keys a person's rows may carry: hashed exactly as at import."""
    secret = config.respondent_secret()
    keys = []
    if email:
        keys.append(responses.respondent_key(secret, email, "", ""))
    if phone:
        keys.append(responses.respondent_key(secret, "", phone, ""))
    return [k for k in keys if k]


def find_subject(email: str | None = None, phone: str | None = None, db: str | Path | None = None) -> int:
    keys = subject_keys(email, phone)
    if not keys:
        return 0
    con = duckdb.connect(str(config.db_path(db)), read_only=True)
    try:
        return con.execute(
            "SELECT count(*) FROM responses WHERE list_contains(?, respondent_key)", [keys]
        ).fetchone()[0]
    finally:
        con.close()


def forget_subject(email: str | None = None, phone: str | None = None, db: str | Path | None = None) -> dict:
    """Delete one respondent's rows (by e-mail or phone) from the database and its backups."""
    keys = subject_keys(email, phone)
    if not keys:
        return {"served": 0}
    return _apply_everywhere(
        config.db_path(db), "DELETE FROM responses WHERE list_contains(?, respondent_key)", [keys]
    )
