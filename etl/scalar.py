"""The one value of an aggregate query (count, max): DuckDB's fetchone() is typed as maybe no row. On a
connection, or on a database file read once (read_scalar). And rows of Python values in one INSERT."""

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


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list, columns=None) -> None:
    """Rows of Python values into a table in one INSERT of a VALUES list (executemany goes row by row,
    and an Arrow table of them imports pandas: 0.2 s)."""
    if not rows:
        return
    width = len(rows[0])
    values = ", ".join(["(" + ", ".join("?" * width) + ")"] * len(rows))
    named = f" ({', '.join(columns)})" if columns else ""
    con.execute(f"INSERT INTO {table}{named} VALUES {values}", [v for r in rows for v in r])  # noqa: S608
