"""The reporting schedule as data: which reports are owed, by whom, for which period, due when.

The admin edits ``data/schedule.toml`` (defaults + per-year overrides); this module checks it and
expands it into rows of ``report_schedule`` (one per fiscal year, form and period) and
``report_owers`` (who owes each form). Status is then computed in SQL (queries/compliance_*.sql).
"""

from __future__ import annotations

import calendar
import tomllib
from datetime import date, timedelta
from pathlib import Path

import duckdb

from core.fiscal import add_months, fiscal_year_range, round_range
from etl.problems import InputProblem
from etl.scalar import insert_rows
from runtime import config

SCHEDULE_TOML = config.DATA / "schedule.toml"
FORMS = ("form1", "form2", "reach_monthly")
GROUPS = ("all", "central", "provincial")


def _due(period_end: date, day: int) -> date:
    """The given day of the month after the period ends (clamped to that month's last day)."""
    month = add_months(period_end, 1)
    return month.replace(day=min(day, calendar.monthrange(month.year, month.month)[1]))


def _periods(fy: int, periods) -> list[tuple[str, date, date]]:
    if periods == "monthly":
        start, _ = fiscal_year_range(fy)
        months = [add_months(start, m) for m in range(12)]
        return [(m.strftime("%Y-%m"), m, add_months(m, 1) - timedelta(days=1)) for m in months]
    return [(p, *round_range(fy, p)) for p in periods]


def parse(text: str, source: str, unit_codes: set[str]) -> tuple[list[tuple], list[tuple]]:
    """(schedule rows, ower rows) from the TOML text; an InputProblem says what to fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputProblem("problem.etl.schedule.read", source=source, exc=exc) from None
    first, last = _fiscal_years(data.get("fiscal_years"), source)
    reports = data.get("reports")
    if not isinstance(reports, dict) or not reports:
        raise InputProblem("problem.etl.schedule.no_reports", source=source)
    schedule: dict[tuple, list] = {}
    owers: list[tuple] = []
    for form, spec in reports.items():
        periods, day, owed_by = _report(form, spec, source, unit_codes)
        owers += [(form, who) for who in owed_by]
        for fy in range(first, last + 1):
            for period, start, end in _periods(fy, periods):
                schedule[(fy, form, period)] = [start, end, _due(end, day)]
    _override(schedule, data.get("override", []), source)
    return [(*k, *v) for k, v in sorted(schedule.items())], owers


def _fiscal_years(years: object, source: str) -> tuple[int, int]:
    if not (
        isinstance(years, list)
        and len(years) == 2
        and all(isinstance(y, int) for y in years)
        and 2500 <= years[0] <= years[1] <= years[0] + 50
    ):
        raise InputProblem("problem.etl.schedule.years", source=source)
    return years[0], years[1]


def _report(
    form: str, spec: dict, source: str, unit_codes: set[str]
) -> tuple[str | list[str], int, list[str]]:
    """One [reports.<form>] table checked: (periods, due day, who owes it)."""
    where = f"[reports.{form}]"
    if form not in FORMS:
        raise InputProblem("problem.etl.schedule.form", source=source, where=where, forms=", ".join(FORMS))
    periods = spec.get("periods")
    if periods != "monthly" and not (isinstance(periods, list) and periods and set(periods) <= {"6", "12"}):
        raise InputProblem("problem.etl.schedule.periods", source=source, where=where)
    day = spec.get("due_day")
    if not isinstance(day, int) or not 1 <= day <= 31:
        raise InputProblem("problem.etl.schedule.due_day", source=source, where=where)
    owed_by = spec.get("owed_by")
    if not isinstance(owed_by, list) or not owed_by:
        raise InputProblem("problem.etl.schedule.owed_by", source=source, where=where)
    for who in owed_by:
        if who not in GROUPS and who not in unit_codes:
            raise InputProblem("problem.etl.schedule.ower", source=source, where=where, who=who)
    return periods, day, owed_by


def _override(schedule: dict[tuple, list], overrides: list[dict], source: str) -> None:
    """[[override]] tables: a report's own due date in place of the computed one."""
    for n, item in enumerate(overrides, start=1):
        keyed = (item.get("fiscal_year"), item.get("form"), str(item.get("period", "")))
        if keyed not in schedule:
            raise InputProblem("problem.etl.schedule.override", source=source, n=n, keyed=keyed)
        if not isinstance(item.get("due"), date):
            raise InputProblem("problem.etl.schedule.due", source=source, n=n)
        schedule[keyed][2] = item["due"]


def load_file(path: str | Path, unit_codes: set[str]) -> tuple[list[tuple], list[tuple]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputProblem("problem.etl.schedule.open", source=str(path), exc=exc) from None
    return parse(text, str(path), unit_codes)


def replace(con: duckdb.DuckDBPyConnection, path: str | Path = SCHEDULE_TOML) -> int:
    """Replace the schedule tables from the file; return the number of reports scheduled."""
    codes = {r[0] for r in con.execute("SELECT code FROM units").fetchall()}
    rows, owers = load_file(path, codes)
    con.execute("DELETE FROM report_schedule")
    con.execute("DELETE FROM report_owers")
    insert_rows(con, "report_schedule", rows)
    insert_rows(con, "report_owers", sorted(set(owers)))
    return len(rows)
