"""The one value of an aggregate query (count, max): DuckDB's fetchone() is typed as maybe no row."""

from __future__ import annotations

from typing import Any

import duckdb


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> Any:
    """The first column of the query's first row; a query that returns no row is a programming error."""
    row = con.execute(sql, params).fetchone()
    if row is None:
        raise LookupError(f"the query returned no row: {sql[:80]}")
    return row[0]
