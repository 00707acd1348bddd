"""The database's generations on disk: the served file and its backups, and whether a file opens.

Publishing (etl/publish.py) makes a new generation and keeps the old ones; an erasure
(etl/erasure.py) rewrites every one of them.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.problems import InputProblem

REQUIRED_TABLES = (
    "meta",
    "units",
    "responses",
    "reach",
    "submissions",
    "ita_scores",
    "load_batches",
    "quarantine",
)


class DamagedDatabase(InputProblem):
    """The served file is not a readable DuckDB database: restore a backup."""


def damaged(path: Path, exc: BaseException) -> DamagedDatabase:
    return DamagedDatabase("problem.etl.damaged", path=path, detail=str(exc)[:120])


def backups_dir(served: Path) -> Path:
    return served.parent / "backups"


def list_backups(served: Path) -> list[Path]:
    return sorted(backups_dir(served).glob(served.stem + ".*" + served.suffix), reverse=True)


def validate_file(path: Path) -> None:
    con = duckdb.connect(str(path), read_only=True)
    try:
        for table in REQUIRED_TABLES:
            con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - names from a constant
    finally:
        con.close()
