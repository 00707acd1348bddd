"""Writing a test's own hand-counted seed into a database being staged (etl.publish.staged)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import duckdb

VISITOR_COLUMNS = tuple(f"visitor_{v}" for v in ("contract", "information", "meeting", "feedback", "other"))
AWARE_COLUMNS = ("aware_news", "aware_contact", "aware_complaint")
RESPONSE_HEAD = (
    "response_id",
    "submitted_at",
    "submitted_date",
    "fiscal_year",
    "unit_code",
    "unit_raw",
    "unit_known",
    *VISITOR_COLUMNS,
)


def insert(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Iterable[Sequence]
) -> None:
    """The rows into the table's named columns, one value a column each, in that order."""
    con.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",  # noqa: S608 - the test's own names
        [list(r) for r in rows],
    )


def insert_units(
    con: duckdb.DuckDBPyConnection,
    rows: Iterable[Sequence],
    columns: Sequence[str] = ("code", "name_th", "kind"),
) -> None:
    """Rows of units, each giving the named columns."""
    insert(con, "units", columns, rows)


def insert_responses(
    con: duckdb.DuckDBPyConnection, rows: Iterable[Sequence], extra: Sequence[str] = ()
) -> None:
    """Rows of responses: each gives RESPONSE_HEAD's columns then the `extra` ones, in that order;
    source 'seed' and batch 1 are added."""
    insert(con, "responses", [*RESPONSE_HEAD, *extra, "source", "batch_id"], [[*r, "seed", 1] for r in rows])
