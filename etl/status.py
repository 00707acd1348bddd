"""What is in the served database: counts, last load per source, quarantine size."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.scalar import scalar

TABLES = ("units", "responses", "reach", "submissions", "ita_scores", "load_batches", "quarantine")


def status(db: Path) -> dict:
    if not db.exists():
        return {"db": str(db), "exists": False}
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {t: scalar(con, f"SELECT count(*) FROM {t}") for t in TABLES}  # noqa: S608
        loads = con.execute(
            """SELECT source, kind, finished_at, status, rows_read, rows_new, rows_duplicate, rows_quarantined, message
               FROM load_batches QUALIFY row_number() OVER (PARTITION BY source ORDER BY batch_id DESC) = 1
               ORDER BY finished_at DESC NULLS LAST"""
        ).fetchall()
        names = (
            "source",
            "kind",
            "finished_at",
            "status",
            "rows_read",
            "rows_new",
            "rows_duplicate",
            "rows_quarantined",
            "message",
        )
        demo = con.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
        return {
            "db": str(db),
            "exists": True,
            "demo": bool(demo and demo[0] == "true"),
            "tables": tables,
            "last_loads": [dict(zip(names, row, strict=True)) for row in loads],
            "quarantine": tables["quarantine"],
        }
    finally:
        con.close()
