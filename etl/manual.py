"""Data the admin types in the app: a year's ITA scores and dated notes for the trend charts.

Validated here (pure checks with Thai and English messages), written through the same atomic publish
as every import, so the app never writes to the served file directly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from etl import load, publish, reference
from etl.problems import InputProblem
from etl.scalar import read_scalar, scalar
from runtime import config
from runtime.clock import bangkok_now


def check_scores(fiscal_year: int, scores: dict[int, float | None]) -> dict[int, float]:
    """Keep the filled-in scores; refuse an out-of-range year, indicator or score with a clear message."""
    if not 2550 <= int(fiscal_year) <= 2700:
        raise InputProblem("problem.etl.be_year")
    kept = {}
    for indicator, score in scores.items():
        if score is None:
            continue
        if not 0 <= int(indicator) <= 10:
            raise InputProblem("problem.etl.indicators")
        if not 0 <= float(score) <= 100:
            raise InputProblem("problem.etl.indicator_score", indicator=indicator)
        kept[int(indicator)] = round(float(score), 2)
    if not kept:
        raise InputProblem("problem.etl.no_score")
    return kept


def existing_year(fiscal_year: int, db: str | Path | None = None) -> int:
    """How many scores the year already has (the form asks before replacing them)."""
    path = config.db_path(db)
    if not path.exists():
        return 0
    return read_scalar(path, "SELECT count(*) FROM ita_scores WHERE fiscal_year = ?", [fiscal_year])


def save_scores(
    fiscal_year: int, scores: dict[int, float | None], who: str, db: str | Path | None = None
) -> int:
    """Replace the year's scores with those given (real data: is_demo false); return how many were saved."""
    kept = check_scores(fiscal_year, scores)
    with publish.staged(config.db_path(db), wait_seconds=30) as con:
        load.refuse_real_data_in_demo(con)
        reference.seed_units(con)
        batch = scalar(con, "SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches")
        now = bangkok_now()
        con.execute(
            "INSERT INTO load_batches VALUES (?, 'ita', ?, ?, ?, ?, ?, 0, 0, 'ok', 'entered in the app')",
            [batch, f"app:{who}", now, now, len(kept), len(kept)],
        )
        con.execute("DELETE FROM ita_scores WHERE fiscal_year = ?", [fiscal_year])
        con.executemany(
            "INSERT INTO ita_scores VALUES (?, ?, ?, false, ?, ?)",
            [(fiscal_year, i, s, f"app:{who}", batch) for i, s in sorted(kept.items())],
        )
    return len(kept)


def add_note(day: date, text_th: str, text_en: str, who: str, db: str | Path | None = None) -> None:
    text_th, text_en = text_th.strip(), text_en.strip()
    if not text_th or len(text_th) > 80 or len(text_en) > 80:
        raise InputProblem("problem.etl.note_text")
    with publish.staged(config.db_path(db), wait_seconds=30) as con:
        reference.seed_units(con)
        con.execute(
            "INSERT INTO annotations VALUES (?, ?, ?, ?, ?)",
            [day, text_th, text_en or None, who, bangkok_now()],
        )
