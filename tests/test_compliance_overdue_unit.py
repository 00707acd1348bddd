"""The per-unit overdue list (core.compliance.overdue_by_unit), built in one pass for all units, gives
what the former pandas group per unit gave: the old implementation is kept here as the oracle."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest

import queries
from core import compliance as comp
from core.thaidate import format_date


def oracle(rows: pd.DataFrame, lang: str, *, round_end: date | None = None) -> pd.DataFrame:
    """overdue_by_unit as it was before issue #20's rewrite (a group per unit)."""
    out = []
    late = comp.overdue(rows if round_end is None else comp.in_round(rows, round_end))
    for code, items in late.groupby("unit_code", sort=False):
        items = items.sort_values("due_date")
        out.append(
            {
                "unit_code": code,
                "unit": comp._short_unit(items.iloc[0], lang),
                "reports": len(items),
                "days_overdue": int(items["days_overdue"].max()),
                "due_date": format_date(items["due_date"].iloc[0], lang),
                "overdue_reports": " · ".join(
                    f"{comp.report_label(r.form, r.period, lang, short=True)} ({format_date(r.due_date, lang)})"
                    for r in items.itertuples()
                ),
            }
        )
    columns = ["unit_code", "unit", "reports", "days_overdue", "due_date", "overdue_reports"]
    return pd.DataFrame(out, columns=columns)


def same(rows: pd.DataFrame, lang: str, **kw) -> pd.DataFrame:
    got = comp.overdue_by_unit(rows, lang, **kw)
    pd.testing.assert_frame_equal(got, oracle(rows, lang, **kw))
    return got


@pytest.fixture(scope="module")
def status(demo_db):
    con = duckdb.connect(str(demo_db), read_only=True)
    cache = {}

    def ask(as_of: date, fy: int | None) -> pd.DataFrame:
        if (as_of, fy) not in cache:
            cache[(as_of, fy)] = queries.run(con, "compliance_status", as_of=as_of, fy=fy)
        return cache[(as_of, fy)]

    yield ask
    con.close()


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize(
    "as_of, fy, round_end",
    [
        (date(2026, 5, 20), 2569, None),
        (date(2026, 5, 20), 2569, date(2026, 3, 31)),
        (date(2025, 11, 15), 2568, None),
        (date(2025, 11, 15), 2568, date(2025, 3, 31)),
        (date(2025, 11, 15), None, None),  # every year so far: many reports per unit
        (date(2024, 10, 2), 2567, None),
    ],
)
def test_same_as_the_group_per_unit_on_the_demo(status, lang, as_of, fy, round_end):
    rows = status(as_of, fy)
    got = same(rows, lang, round_end=round_end)
    if fy is None:
        assert len(got) and got["reports"].max() > 1  # the comparison is not vacuous


ROW = {
    "unit_code": "LEG",
    "abbr": "กม.",
    "name_th": "กองกฎหมาย",
    "name_en": "Legal",
    "kind": "central",
    "fiscal_year": 2569,
    "form": "form1",
    "period": "6",
    "period_end": pd.Timestamp("2026-03-31"),
    "due_date": pd.Timestamp("2026-04-10"),
    "status": "missing",
    "days_late": None,
    "days_overdue": 40,
}


def frame(*changes: dict) -> pd.DataFrame:
    return pd.DataFrame([{**ROW, **c} for c in changes])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_edge_cases_match(lang):
    # nothing at all; nothing overdue
    same(frame(ROW).iloc[0:0], lang)
    same(
        frame({"status": "on_time", "days_overdue": None}, {"status": "not_due", "days_overdue": None}), lang
    )
    # one unit, one report; a provincial office by its abbreviation; no abbreviation or English name
    same(frame({}), lang)
    same(frame({"kind": "provincial", "abbr": "สดจ.นนทบุรี", "unit_code": "P12"}), lang)
    same(frame({"abbr": None, "name_en": None}), lang)
    # units interleaved in the input, ties in days overdue (then by unit code), reports listed by due date
    same(
        frame(
            {"unit_code": "ADM", "abbr": "กก.", "days_overdue": 10, "due_date": pd.Timestamp("2026-05-10")},
            {"days_overdue": 10, "due_date": pd.Timestamp("2026-05-10"), "form": "form2"},
            {
                "unit_code": "ADM",
                "abbr": "กก.",
                "days_overdue": 70,
                "due_date": pd.Timestamp("2026-03-11"),
                "form": "reach_monthly",
                "period": "2026-02",
            },
            {"status": "on_time", "days_overdue": None, "period": "12"},
            {"days_overdue": 40},
            {
                "unit_code": "P12",
                "kind": "provincial",
                "abbr": "สดจ.นนทบุรี",
                "days_overdue": 10,
                "due_date": pd.Timestamp("2026-05-10"),
            },
        ),  # fmt: skip
        lang,
    )
    # the sidebar's round: the round-12 report is left out; nothing left in the round
    rows = frame({"period": "12", "period_end": pd.Timestamp("2026-09-30"), "days_overdue": 5}, {})
    assert list(same(rows, lang, round_end=date(2026, 3, 31))["reports"]) == [1]
    assert same(rows.iloc[:1], lang, round_end=date(2026, 3, 31)).empty


def test_many_reports_of_one_unit_with_the_same_due_date():
    """Over 16 reports sharing one due date: the old per-group quicksort reordered such ties arbitrarily
    (numpy's introsort is only stable below 17 items); the new list keeps them in the order of the
    rows. Everything else, and the set of reports, is as before."""
    months = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 13)]
    rows = frame(*({"form": "reach_monthly", "period": m} for m in months))
    got, old = comp.overdue_by_unit(rows, "en"), oracle(rows, "en")
    pd.testing.assert_frame_equal(got.drop(columns="overdue_reports"), old.drop(columns="overdue_reports"))
    parts = got["overdue_reports"][0].split(" · Monthly reach · ")
    assert sorted(parts) == sorted(old["overdue_reports"][0].split(" · Monthly reach · "))
    assert got["reports"].tolist() == [24] and parts[1] == "Feb 2025 (10 Apr 2026)"
    same(rows.iloc[:16], "en")  # up to 16 the old order was the rows' order too
