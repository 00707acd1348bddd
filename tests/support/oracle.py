"""Independent reads of a database file, the figures the tests hold pages and imports to: a named query
on a read-only connection, a count, the reach table, and the ETL's command line run as a user would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

import queries

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def reading(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the file, closed afterwards."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        yield con
    finally:
        con.close()


def attached(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Read the way the app does: an in-memory connection with the file attached read-only as `ita`
    (a generator for a fixture: `yield from attached(path)`)."""
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ? AS ita (READ_ONLY)", [str(db)])
    yield con
    con.close()


def ask_ita(con: duckdb.DuckDBPyConnection, name: str, **params):
    """queries/<name>.sql on a connection from `attached` (the file as catalog `ita`), as a DataFrame."""
    return queries.run(con, name, catalog="ita", **params)


def ask(db: Path, name: str, **params):
    """queries/<name>.sql on the file, as a DataFrame."""
    with reading(db) as con:
        return queries.run(con, name, **params)


def scalar(db: Path, sql: str, params: list | None = None):
    with reading(db) as con:
        return con.execute(sql, params or []).fetchone()[0]


def count(db: Path, table: str) -> int:
    return scalar(db, f"SELECT count(*) FROM {table}")  # noqa: S608 - a test's own table name


def reach_figures(db: Path) -> dict[tuple[str, str, str], float]:
    """The reach table as {(platform, metric, 'YYYY-MM'): value}."""
    with reading(db) as con:
        rows = con.execute("SELECT platform, metric, strftime(month, '%Y-%m'), value FROM reach").fetchall()
    return {(p, m, month): v for p, m, month, v in rows}


def etl_cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    """`python -m etl ARGS` from the repository root, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "etl", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
