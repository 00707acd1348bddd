"""Thai fiscal years and Buddhist-era conversions.

The fiscal year (ปีงบประมาณ) runs 1 October to 30 September and is named by the BE year in which it
ends: FY2569 = 1 Oct 2025 - 30 Sep 2026. Round "6 เดือน" is October-March, round "12 เดือน" the year.
"""

from __future__ import annotations

from datetime import date

BE_OFFSET = 543


def to_be(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


def fiscal_year(d: date) -> int:
    """BE fiscal year that contains the date."""
    return to_be(d.year + (1 if d.month >= 10 else 0))


def fiscal_year_range(fy_be: int) -> tuple[date, date]:
    end_ce = to_ce(fy_be)
    return date(end_ce - 1, 10, 1), date(end_ce, 9, 30)


def round_range(fy_be: int, round_: str) -> tuple[date, date]:
    """Dates of a reporting round: "6" = Oct-Mar, "12" = the whole fiscal year."""
    start, end = fiscal_year_range(fy_be)
    if round_ == "6":
        return start, date(end.year, 3, 31)
    if round_ == "12":
        return start, end
    raise ValueError(f"unknown round {round_!r}; expected '6' or '12'")


def add_months(d: date, months: int) -> date:
    """First day of the month `months` after d's month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
