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


def insert_responses(
    con: duckdb.DuckDBPyConnection, rows: Iterable[Sequence], extra: Sequence[str] = ()
) -> None:
    """Rows of responses: each gives RESPONSE_HEAD's columns then the `extra` ones, in that order;
    source 'seed' and batch 1 are added."""
    columns = [*RESPONSE_HEAD, *extra]
    con.executemany(
        f"INSERT INTO responses ({', '.join(columns)}, source, batch_id) "  # noqa: S608 - the test's own columns
        f"VALUES ({', '.join('?' * len(columns))}, 'seed', 1)",
        [list(r) for r in rows],
    )
