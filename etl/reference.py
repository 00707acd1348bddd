"""Reference data every database holds: the units, the reporting schedule, ITA indicators and grades."""

from __future__ import annotations

import duckdb

from etl import schedule
from etl.readers import read_table
from etl.scalar import insert_rows, scalar
from etl.units import UNIT_COLUMNS, UnitMatcher, units_from_table
from runtime import config


def seed_units(con: duckdb.DuckDBPyConnection) -> None:
    """A new database starts with the shipped reference files: units, then the reporting schedule; the ITA
    reference files are reloaded each time (small; data/ita_*.csv is their source of truth)."""
    if scalar(con, "SELECT count(*) FROM units") == 0:
        replace_units(con, units_from_table(read_table(config.UNITS_CSV)))
    if scalar(con, "SELECT count(*) FROM report_schedule") == 0:
        schedule.replace(con, schedule.SCHEDULE_TOML)
    load_ita_reference(con)


def load_ita_reference(con: duckdb.DuckDBPyConnection) -> None:
    """ITA indicator names/tools/weights and grade bands from data/ita_indicators.csv and ita_grades.csv."""
    for table, path in (
        ("ita_indicators", config.DATA / "ita_indicators.csv"),
        ("ita_grades", config.DATA / "ita_grades.csv"),
    ):
        con.execute(f"DELETE FROM {table}")  # noqa: S608 - constant names
        sql = f"INSERT INTO {table} SELECT * FROM read_csv(?, header = true)"  # noqa: S608 - constant names
        con.execute(sql, [str(path)])


def replace_units(con: duckdb.DuckDBPyConnection, units: list[dict]) -> None:
    con.execute("DELETE FROM units")
    insert_rows(con, "units", [[u[c] or None for c in UNIT_COLUMNS] for u in units], UNIT_COLUMNS)


def unit_matcher(con: duckdb.DuckDBPyConnection) -> UnitMatcher:
    rows = con.execute("SELECT code, name_th, name_en, abbr, aliases FROM units").fetchall()
    return UnitMatcher(
        dict(zip(("code", "name_th", "name_en", "abbr", "aliases"), r, strict=True)) for r in rows
    )
