"""`reach_resolved`: one row per month, platform and metric, resolved once per publish into a table of
the published file (schema.sql's `reach_latest()`): a monthly reach figure wins over a sum of daily
reach; otherwise the latest load wins."""

from __future__ import annotations

import duckdb

import queries
from etl import publish

RANKED = """
    SELECT month, platform, metric, value, source, batch_id FROM reach
    QUALIFY row_number() OVER (PARTITION BY month, platform, metric ORDER BY
        metric = 'reach' AND source IN ('meta-business-suite', 'youtube-studio', 'tiktok-studio', 'daily-export'),
        batch_id DESC, source) = 1
    ORDER BY ALL
"""
SEED = [
    ("2026-08-01", "facebook", "reach", 2000, "sheet", 1),
    ("2026-09-01", "facebook", "reach", 2200, "sheet", 1),
    ("2026-09-01", "facebook", "reach", 2400, "meta-business-suite", 2),  # a daily sum: the sheet's wins
    ("2026-09-01", "facebook", "views", 9000, "sheet", 1),
    ("2026-09-01", "facebook", "views", 9100, "meta-business-suite", 2),  # loaded later: counts
    ("2026-09-01", "line", "reach", 600, "b-sheet", 3),
    ("2026-09-01", "line", "reach", 650, "a-sheet", 3),  # same batch: the first source by name
]


def _table_type(con) -> str:
    return con.execute(
        "SELECT table_type FROM information_schema.tables WHERE table_name = 'reach_resolved'"
    ).fetchone()[0]


def _resolved(con) -> list:
    return con.execute(
        "SELECT month, platform, metric, value, source, batch_id FROM reach_resolved ORDER BY ALL"
    ).fetchall()


def test_publish_stores_the_resolved_rows_as_a_table(tmp_path):
    path = tmp_path / "ita.duckdb"
    with publish.staged(path, fresh=True) as c:
        c.executemany("INSERT INTO reach VALUES (?, ?, ?, ?, ?, ?, false)", SEED)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert _table_type(con) == "BASE TABLE"
        assert _resolved(con) == con.execute(RANKED).fetchall()
        assert {(r[1], r[2], r[3]) for r in _resolved(con) if str(r[0]) == "2026-09-01"} == {
            ("facebook", "reach", 2200),
            ("facebook", "views", 9100),
            ("line", "reach", 650),
        }
    finally:
        con.close()

    # A later publish (a copy of the served file, then new rows) replaces the table.
    with publish.staged(path) as c:
        c.execute(
            "INSERT INTO reach VALUES ('2026-09-01', 'facebook', 'reach', 2500, 'sheet-october', 4, false)"
        )
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert _resolved(con) == con.execute(RANKED).fetchall()
        assert (2500.0,) in con.execute(
            "SELECT value FROM reach_resolved WHERE month = '2026-09-01' AND platform = 'facebook'"
            " AND metric = 'reach'"
        ).fetchall()
        month = queries.run(con, "reach_monthly", month="2026-09-10")
        assert month.loc[(month.platform == "facebook") & (month.metric == "reach"), "value"].item() == 2500
    finally:
        con.close()


def test_a_database_made_without_publishing_answers_through_the_view():
    con = duckdb.connect(":memory:")
    publish.ensure_schema(con)
    con.executemany("INSERT INTO reach VALUES (?, ?, ?, ?, ?, ?, false)", SEED)
    assert _table_type(con) == "VIEW"
    assert _resolved(con) == con.execute(RANKED).fetchall()
    publish.resolve_derived(con)
    assert _table_type(con) == "BASE TABLE"
    assert _resolved(con) == con.execute(RANKED).fetchall()
