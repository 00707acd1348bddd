"""PDPA duties on the data itself: retention (purge old responses) and a data subject's erasure.

An erasure is one operation under the writer lock, over every generation of the database (each
backup, then the served file), journaled so an interrupted one is finished (etl/erasure.py). Each
erasure is audited by this module, so the command line and the admin page behave alike.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from pathlib import Path

import duckdb

from etl import publish, responses
from etl.erasure import complete_pending, erase_locked
from etl.generations import list_backups
from etl.scalar import read_scalar
from runtime import audit, config


def _erase(served: Path, op: dict, who: str, roles, target: str, wait_seconds: float, **detail) -> dict:
    with publish.writer_lock(served, wait_seconds), publish.translate_storage(served):
        publish.sweep_temp_files(served)
        complete_pending(served)
        counts = erase_locked(served, op)
    audit.record(who, roles, op["op"], target, counts=counts, **detail)
    return counts


def purge_before(
    day: date, db: str | Path | None = None, *, who: str = "cli", roles=(), wait_seconds: float = 600
) -> dict:
    """Delete responses submitted before `day`, and quarantined rows (of every kind) held since before it."""
    op = {"op": "purge", "before": day.isoformat()}
    return _erase(config.db_path(db), op, who, roles, "responses", wait_seconds, before=day)


def remask_quarantine(
    db: str | Path | None = None, *, who: str = "cli", roles=(), wait_seconds: float = 600
) -> dict:
    """Mask, in the database and every backup, quarantined rows stored before every kind was masked."""
    op = {"op": "remask", "since": "issue-17"}
    return _erase(config.db_path(db), op, who, roles, "quarantine", wait_seconds)


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
    """Rows of this person in the served file; else the most any backup still holds (an erasure reaches all)."""
    keys = subject_keys(email, phone)
    if not keys:
        return 0
    served = config.db_path(db)
    found = [_count(served, keys)]
    for backup in list_backups(served):
        with suppress(duckdb.Error):
            found.append(_count(backup, keys))
    return found[0] or max(found)


def _count(path: Path, keys: list[str]) -> int:
    return read_scalar(path, "SELECT count(*) FROM responses WHERE list_contains(?, respondent_key)", [keys])


def forget_subject(
    email: str | None = None,
    phone: str | None = None,
    db: str | Path | None = None,
    *,
    who: str = "cli",
    roles=(),
    wait_seconds: float = 600,
) -> dict:
    """Delete one respondent's rows (by e-mail or phone) from the database, its quarantine and its backups.

    Runs on every generation even when the served file holds none any more: an earlier, interrupted
    erasure or a restore may have left the rows in a backup only.
    """
    keys = subject_keys(email, phone)
    if not keys:
        return {"served": 0}
    return _erase(config.db_path(db), {"op": "forget", "keys": keys}, who, roles, "responses", wait_seconds)
