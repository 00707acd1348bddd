"""The one value of an aggregate query (count, max): DuckDB's fetchone() is typed as maybe no row. On a
connection, or on a database file read once (read_scalar)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Any:
    """The first column of the query's first row; a query that returns no row is a programming error."""
    row = con.execute(sql, params).fetchone()
    if row is None:
        raise LookupError(f"the query returned no row: {sql[:80]}")
    return row[0]


def read_scalar(path: str | Path, sql: str, params: list | None = None) -> Any:
    """`scalar` on a read-only connection to the database file, closed afterwards."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return scalar(con, sql, params)
    finally:
        con.close()
