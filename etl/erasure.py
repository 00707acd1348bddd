"""An erasure as one journaled operation over every generation of the database (the backups, then the
served file); ``complete_pending`` finishes one that was interrupted.

A file a reader may hold (the app keeps the previous served file, now a backup, open read-only) is
never opened for writing: each generation is copied to a new file, the rows are deleted there and
checkpointed, and the copy is swapped in with ``os.replace``, as publishing does. The journal is
written before the first file is touched; a rerun, a restore and the next load (etl.publish) finish
an interrupted erasure, so ``etl restore`` cannot bring erased rows back. What to erase, and who asked,
is etl/privacy.py's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from contextlib import suppress
from pathlib import Path

import duckdb

from etl import pii
from etl.generations import damaged, list_backups, validate_file
from runtime import audit

# The statements an erasure may run: the journal names one of these and its parameters, never SQL.
_STATEMENTS = {
    "purge": (
        ("DELETE FROM responses WHERE submitted_date < ?::DATE", "before"),
        ("DELETE FROM quarantine WHERE quarantined_at < ?::DATE", "before"),
    ),
    "forget": (
        ("DELETE FROM responses WHERE list_contains(?::VARCHAR[], respondent_key)", "keys"),
        ("DELETE FROM quarantine WHERE list_contains(?::VARCHAR[], respondent_key)", "keys"),
    ),
    # Quarantined rows stored before every kind was masked (issue 17): mask them where they lie.
    "remask": (
        ("UPDATE quarantine SET raw = mask_raw(raw) WHERE raw <> mask_raw(raw) AND ? IS NOT NULL", "since"),
    ),
}


def journal_path(served: Path) -> Path:
    return Path(served).with_name(Path(served).name + ".erasure.json")


def write_journal(served: Path, op: dict) -> None:
    """Record the erasure about to run (durably: written, synced, then renamed into place)."""
    path = journal_path(served)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(op, f, default=str)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _rewrite(path: Path, op: dict, *, backup: bool) -> tuple[int, int]:
    """Erase from one file by rewriting a copy and swapping it in; (responses, quarantined rows) deleted.

    A file with nothing to delete is left as it is."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.erase.tmp")
    compact = path.with_name(f"{path.name}.{os.getpid()}.compact.tmp")
    con = None
    try:
        shutil.copyfile(path, tmp)
        try:
            con = duckdb.connect(str(tmp))
        except duckdb.Error as exc:
            # A damaged generation cannot be restored and may still hold the rows' bytes: remove it.
            tmp.unlink(missing_ok=True)
            if backup:
                path.unlink(missing_ok=True)
                return 0, 0
            raise damaged(path, exc) from exc
        con.create_function("mask_raw", pii.mask_raw_json, ["VARCHAR"], "VARCHAR", side_effects=False)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        columns = {
            (r[0], r[1])
            for r in con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall()
        }
        deleted = {}
        for sql, param in _STATEMENTS[op["op"]]:
            table = _table_of(sql)
            if table not in tables or (param == "keys" and (table, "respondent_key") not in columns):
                continue  # an older file without the column holds nothing this statement could find
            deleted[table] = len(con.execute(sql + " RETURNING 1", [op[param]]).fetchall())
        con.execute("CHECKPOINT")
        con.close()
        con = None
        if any(deleted.values()):
            # DELETE marks rows; their bytes stay in the file's free blocks. Copying the database into a
            # new file keeps only live rows, so the erased text is nowhere on disk.
            con = duckdb.connect(":memory:")
            con.execute("ATTACH ? AS erased (READ_ONLY)", [str(tmp)])
            con.execute("ATTACH ? AS compact", [str(compact)])
            con.execute("COPY FROM DATABASE erased TO compact")
            con.close()
            con = None
            validate_file(compact)
            os.replace(compact, path)
        return deleted.get("responses", 0), deleted.get("quarantine", 0)
    finally:
        if con is not None:
            with suppress(duckdb.Error):
                con.close()
        for leftover in (
            tmp,
            tmp.with_name(tmp.name + ".wal"),
            compact,
            compact.with_name(compact.name + ".wal"),
        ):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)


def erase_locked(served: Path, op: dict) -> dict:
    """Run one erasure on every generation; the caller holds the writer lock. Finishes with the journal.

    Counts: responses deleted per file ("served", then each backup's name), and "quarantine": the
    quarantined rows deleted in all files together."""
    served = Path(served)
    write_journal(served, op)
    counts, quarantined = {}, 0
    for backup in reversed(list_backups(served)):  # oldest first, the served file last
        counts[backup.name], q = _rewrite(backup, op, backup=True)
        quarantined += q
    counts["served"], q = _rewrite(served, op, backup=False) if served.exists() else (0, 0)
    journal_path(served).unlink(missing_ok=True)
    return counts | {"quarantine": quarantined + q}


def complete_pending(served: Path) -> dict | None:
    """Finish an erasure that was interrupted (the caller holds the writer lock); None when none was."""
    path = journal_path(served)
    if not path.exists():
        return None
    try:
        op = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if op.get("op") not in _STATEMENTS:
        return None
    counts = erase_locked(served, op)
    audit.record("system", [], op["op"], "responses", resumed=True, counts=counts)
    return counts


def _table_of(sql: str) -> str:
    """The table a statement of _STATEMENTS deletes from or updates."""
    m = re.search(r"(?:FROM|UPDATE)\s+(\w+)", sql)
    if m is None:
        raise ValueError(f"no table in {sql!r}")
    return m.group(1)
