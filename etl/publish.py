"""Atomic publishing: readers only ever see a whole, validated database file.

A load works on a copy beside the served file, validates it, checkpoints and closes it, then
``os.replace``s it over the served file. The old file is kept as a backup (a hard link, no copy).
A failed or killed load leaves the served file untouched; its stale temp file is swept next time.
One writer at a time: a lock file held with flock (released by the kernel if the process dies).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

import duckdb

from etl.erasure import complete_pending
from etl.generations import (
    REQUIRED_TABLES,
    DamagedDatabase,
    backups_dir,
    damaged,
    list_backups,
    validate_file,
)
from etl.problems import InputProblem
from etl.scalar import scalar

SCHEMA = Path(__file__).with_name("schema.sql")
KEEP_BACKUPS = 3


class LoadBusy(RuntimeError):
    """Another load holds the lock for longer than we were willing to wait."""


class StorageProblem(InputProblem):
    """The data folder cannot take the write (disk full, read-only, no permission): the admin must act."""


_STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EACCES, errno.EPERM}
_STORAGE_TEXTS = (
    "No space left",
    "Disk quota",
    "Read-only file system",
    "File too large",
    "Permission denied",
)


def storage_problem(exc: BaseException, folder: Path) -> StorageProblem | None:
    """The storage fault behind an OSError or a DuckDB error, said plainly; None for anything else."""
    if isinstance(exc, OSError) and exc.errno in _STORAGE_ERRNOS:
        detail = os.strerror(exc.errno)
    elif isinstance(exc, duckdb.Error) and any(t in str(exc) for t in _STORAGE_TEXTS):
        detail = next(t for t in _STORAGE_TEXTS if t in str(exc))
    else:
        return None
    return StorageProblem("problem.etl.storage", folder=folder, detail=detail)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA.read_text())


@contextmanager
def writer_lock(served: Path, wait_seconds: float = 600) -> Iterator[None]:
    """Hold the database's writer lock; wait for another load up to wait_seconds, then give up clearly."""
    served.parent.mkdir(parents=True, exist_ok=True)
    lock_path = served.with_name(served.name + ".lock")
    with open(lock_path, "a") as lock:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LoadBusy(
                        f"มีการนำเข้าข้อมูลอื่นกำลังทำงานอยู่กับ {served} โปรดรอให้เสร็จแล้วลองใหม่ / "
                        f"another load is writing {served}; wait for it to finish and try again"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def sweep_temp_files(served: Path) -> None:
    """Remove temp files left by a load or an erasure that was killed (we hold the lock, so none is live)."""
    for stale in served.parent.glob(served.name + ".*.tmp*"):
        stale.unlink(missing_ok=True)
    for stale in backups_dir(served).glob(served.stem + ".*.tmp*"):
        stale.unlink(missing_ok=True)


def complete_pending_erasure(served: Path) -> None:
    """An erasure killed half-way is finished before anything else writes (the caller holds the lock)."""
    complete_pending(served)


@contextmanager
def translate_storage(served: Path) -> Iterator[None]:
    """A full disk or a read-only folder, said plainly (StorageProblem)."""
    try:
        yield
    except (OSError, duckdb.Error) as exc:
        problem = storage_problem(exc, served.parent)
        if problem is None:
            raise
        raise problem from exc


@contextmanager
def staged(
    served: Path, *, fresh: bool = False, wait_seconds: float = 600
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a read-write connection to a copy of the served database; publish it if the block succeeds.

    ``fresh=True`` starts from an empty database instead of a copy (the demo build, a rebuild).
    A full disk or a read-only folder raises StorageProblem, a damaged served file DamagedDatabase;
    either way the served file is untouched and no temp file is left behind.
    """
    served = Path(served)
    with translate_storage(served), writer_lock(served, wait_seconds):
        sweep_temp_files(served)
        complete_pending_erasure(served)
        tmp = served.with_name(f"{served.name}.{os.getpid()}.tmp")
        con = None
        try:
            if served.exists() and not fresh:
                shutil.copyfile(served, tmp)  # inside the try: a copy cut short by a full disk is removed
            try:
                con = duckdb.connect(str(tmp))
            except duckdb.Error as exc:
                raise storage_problem(exc, served.parent) or damaged(served, exc) from exc
            ensure_schema(con)
            yield con
            resolve_derived(con)
            validate(con)
            con.execute("CHECKPOINT")
            con.close()
            validate_file(tmp)
            _swap(tmp, served)
        except BaseException:
            if con is not None:
                with suppress(duckdb.Error):
                    con.close()
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            with suppress(OSError):
                tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
            raise


def resolve_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Tables computed once per publish from the loaded ones, so the app does not recompute them for
    every question: `reach_resolved` (one row per month, platform and metric; its rule is the macro
    `reach_latest()` in schema.sql)."""
    kind = con.execute(
        "SELECT table_type FROM information_schema.tables WHERE table_name = 'reach_resolved'"
    ).fetchone()
    if kind is not None:
        con.execute("DROP VIEW reach_resolved" if kind[0] == "VIEW" else "DROP TABLE reach_resolved")
    con.execute(
        "CREATE TABLE reach_resolved AS SELECT * FROM reach_latest() ORDER BY month, platform, metric"
    )


def validate(con: duckdb.DuckDBPyConnection) -> None:
    """Refuse to publish a database that lacks a table or holds responses no page could place."""
    present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        raise InputProblem("problem.etl.lacks_tables", missing=missing)
    bad = scalar(
        con,
        "SELECT count(*) FROM responses WHERE submitted_date <> CAST(submitted_at AS DATE) OR fiscal_year < 2500",
    )
    if bad:
        raise InputProblem("problem.etl.bad_dates", bad=bad)
    # response_id has no PRIMARY KEY (schema.sql): the import keeps it unique, and this is the guarantee
    repeated = scalar(con, "SELECT count(*) - count(DISTINCT response_id) FROM responses")
    if repeated:
        raise InputProblem("problem.etl.repeated_ids", repeated=repeated)


def _swap(tmp: Path, served: Path) -> None:
    if served.exists():
        folder = backups_dir(served)
        folder.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        os.link(served, folder / f"{served.stem}.{stamp}{served.suffix}")
    os.replace(tmp, served)
    for old in list_backups(served)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


def restore_latest_backup(served: Path) -> Path:
    """Put the newest good backup back in service (the served file becomes a backup itself).

    A backup that does not open (say, a damaged file that was serving when an earlier restore ran)
    is passed over for the next one.
    """
    served = Path(served)
    backups = list_backups(served)
    if not backups:
        raise InputProblem("problem.etl.no_backups", served=served)
    try:
        with writer_lock(served):
            sweep_temp_files(served)
            try:  # a restore must not bring back rows an erasure was removing
                complete_pending_erasure(served)
            except DamagedDatabase:
                pass  # the backups are done; the damaged served file goes, and the journal stays for next time
            backups = list_backups(served)
            tmp = served.with_name(f"{served.name}.{os.getpid()}.tmp")
            try:
                for backup in backups:
                    shutil.copyfile(backup, tmp)
                    try:
                        validate_file(tmp)
                    except duckdb.Error:
                        continue
                    _swap(tmp, served)
                    return backup
            finally:
                with suppress(OSError):
                    tmp.unlink(missing_ok=True)
    except (OSError, duckdb.Error) as exc:
        problem = storage_problem(exc, served.parent)
        if problem is None:
            raise
        raise problem from exc
    raise InputProblem("problem.etl.backups_unreadable", served=served)
