"""Compliance in SQL: every status boundary on a small seeded DuckDB, counted by hand.

The schedule is the shipped data/schedule.toml (defaults: round 6 due 10 Apr, round 12 due 10 Oct,
a month due the 10th of the next). FY2569: round 6 = 1 Oct 2025 - 31 Mar 2026, due 2026-04-10.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import queries
from etl import publish, schedule
from tests.support.oracle import ask_ita, attached
from tests.support.seed import insert_responses, insert_units

# code, kind, active_from, active_to
UNITS = [
    ("ADM", "central", None, None),
    ("ACC", "central", None, None),
    ("LEG", "central", None, None),
    ("PSD", "central", None, None),
    ("P12", "provincial", None, None),
    ("CLS", "central", None, date(2026, 1, 15)),  # closed mid-round 6: owes nothing in FY2569
    ("HALF", "central", None, date(2026, 5, 1)),  # closed after round 6 ended: owes round 6 only
    ("NEW", "central", date(2026, 2, 1), None),  # opened in round 6: owes both rounds
]
# unit, form, period, submitted_at
SUBMITTED = [
    ("ADM", "form1", "6", datetime(2026, 4, 10, 23, 59)),  # on the due date, late evening: on time
    ("LEG", "form1", "6", datetime(2026, 4, 11, 8, 0)),  # one day late
    ("PSD", "form1", "6", datetime(2025, 9, 30, 9, 0)),  # before the period opened: ignored
    ("ACC", "form1", "6", datetime(2026, 4, 5, 9, 0)),  # on time ...
    ("ACC", "form1", "6", datetime(2026, 4, 15, 9, 0)),  # ... and a later copy: the first counts
    ("ACC", "form2", "6", datetime(2026, 4, 12, 9, 0)),  # late by 2, and a later copy
    ("ACC", "form2", "6", datetime(2026, 4, 20, 9, 0)),
    ("CLS", "form1", "6", datetime(2026, 1, 10, 9, 0)),  # not owed: does not count anywhere
    ("ADM", "reach_monthly", "2025-10", datetime(2025, 11, 10, 9, 0)),  # on time
    ("ADM", "reach_monthly", "2025-11", datetime(2025, 12, 11, 9, 0)),  # late by 1
]
# survey responses (unit, date): LEG has some in round 6 but no form2; ACC filed form2 with none
RESPONSES = [("LEG", date(2025, 11, 3)), ("LEG", date(2026, 3, 31)), ("ADM", date(2026, 4, 2))]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("compliance") / "seeded.duckdb"
    with publish.staged(path, fresh=True) as con:
        insert_units(
            con,
            [(c, f"หน่วย {c}", c, k, f, t) for c, k, f, t in UNITS],
            ("code", "name_th", "abbr", "kind", "active_from", "active_to"),
        )
        schedule.replace(con)
        con.executemany(
            "INSERT INTO submissions VALUES (?, ?, 2569, ?, ?, 'https://x.example/r', 'seed', 1, false)",
            SUBMITTED,
        )
        insert_responses(
            con,
            [
                (f"r{i}", d, d, 2569, u, u, True, False, True, False, False, False)
                for i, (u, d) in enumerate(RESPONSES)
            ],
        )
    return path


@pytest.fixture(scope="module")
def con(seeded):
    yield from attached(seeded)


def status(con, as_of, **params) -> dict:
    frame = ask_ita(con, "compliance_status", as_of=as_of, fy=2569, **params)
    return {(r.unit_code, r.form, r.period): r for r in frame.itertuples()}


def test_submitted_on_the_due_date_is_on_time(con):
    row = status(con, "2026-04-20")[("ADM", "form1", "6")]
    assert (row.status, row.due_date.date()) == ("on_time", date(2026, 4, 10))


def test_one_day_late(con):
    row = status(con, "2026-04-20")[("LEG", "form1", "6")]
    assert (row.status, row.days_late) == ("late", 1)


def test_a_submission_before_the_period_opened_is_ignored(con):
    row = status(con, "2026-04-20")[("PSD", "form1", "6")]
    assert (row.status, row.days_overdue, row.submissions) == ("missing", 10, 0)


def test_two_submissions_for_one_period_the_first_counts(con):
    rows = status(con, "2026-04-20")
    assert rows[("ACC", "form1", "6")].status == "on_time"
    assert rows[("ACC", "form1", "6")].submitted_at == datetime(2026, 4, 5, 9, 0)
    assert rows[("ACC", "form1", "6")].submissions == 2
    assert (rows[("ACC", "form2", "6")].status, rows[("ACC", "form2", "6")].days_late) == ("late", 2)


def test_units_owe_only_periods_ending_while_they_are_active(con):
    owed = {(u, f, p) for u, f, p in status(con, "2026-11-01") if f == "form1"}
    assert not any(u == "CLS" for u, _, _ in owed), "closed in January: owes nothing in FY2569"
    assert ("HALF", "form1", "6") in owed and ("HALF", "form1", "12") not in owed
    assert ("NEW", "form1", "6") in owed and ("NEW", "form1", "12") in owed


def test_a_report_due_today_is_not_yet_late(con):
    rows = status(con, "2026-04-10")
    assert rows[("LEG", "form1", "6")].status == "not_due"  # it came in the next day
    assert rows[("ADM", "form1", "6")].status == "on_time"
    assert rows[("P12", "form1", "6")].status == "not_due"  # nothing filed, but due only tonight


def test_the_day_after_the_due_date_it_is_missing(con):
    row = status(con, "2026-04-11")[("P12", "form1", "6")]
    assert (row.status, row.days_overdue) == ("missing", 1)


def test_as_of_before_the_due_date_nothing_is_late_and_later_submissions_are_unknown(con):
    rows = status(con, "2026-04-01")
    assert rows[("ACC", "form1", "6")].status == "not_due"  # filed 5 April: not yet on 1 April
    assert {r.status for k, r in rows.items() if k[1] != "reach_monthly"} == {"not_due"}


def test_monthly_reports_are_due_the_10th_of_the_next_month(con):
    rows = status(con, "2026-04-20", unit="ADM")
    assert rows[("ADM", "reach_monthly", "2025-10")].status == "on_time"
    assert rows[("ADM", "reach_monthly", "2025-11")].days_late == 1
    assert rows[("ADM", "reach_monthly", "2026-03")].due_date.date() == date(2026, 4, 10)
    assert rows[("ADM", "reach_monthly", "2026-04")].status == "not_due"
    assert not any(k[1] == "reach_monthly" for k in status(con, "2026-04-20", unit="LEG"))


def test_form2_rows_carry_the_survey_responses_up_to_the_as_of_date(con):
    rows = status(con, "2026-04-20")
    assert rows[("LEG", "form2", "6")].responses == 2
    assert rows[("ACC", "form2", "6")].responses == 0
    assert rows[("ADM", "form2", "12")].responses == 1  # 2 April is in round 12, not round 6
    assert pd.isna(rows[("LEG", "form1", "6")].responses)  # only form2 is cross-checked


def test_rates_counted_by_hand(con):
    frame = queries.run(con, "compliance_rates", catalog="ita", as_of="2026-04-20", fy=2569)
    got = {r.round: (r.owed, r.due, r.on_time_due, r.late, r.missing, r.not_due) for r in frame.itertuples()}
    # round 6: 7 units owe it (not CLS) x 2 forms; on time ADM+ACC form1; late LEG form1, ACC form2
    assert got["6"] == (14, 14, 2, 2, 10, 0)
    assert got["12"] == (12, 0, 0, 0, 0, 12)  # 6 units active on 30 Sep (not CLS, HALF)
    assert got["monthly"] == (12, 6, 1, 1, 4, 6)  # Oct-Mar due by 20 April
    rates = dict(zip(frame["round"], frame["rate"], strict=True))
    assert rates["6"] == pytest.approx(2 / 14) and rates["monthly"] == pytest.approx(1 / 6)
    assert rates["12"] != rates["12"], "nothing due yet: NULL, not 0"


def test_unit_submissions_say_what_became_of_each(con):
    frame = queries.run(con, "unit_submissions", catalog="ita", unit="ACC", as_of="2026-04-30")
    assert sorted(zip(frame["form"], frame["note"], strict=True)) == [
        ("form1", "counted"),
        ("form1", "later_copy"),
        ("form2", "counted"),
        ("form2", "later_copy"),
    ]
    psd = queries.run(con, "unit_submissions", catalog="ita", unit="PSD", as_of="2026-04-30")
    assert list(psd["note"]) == ["before_period"]


@pytest.mark.parametrize("as_of", ["2024-04-10", "2024-04-11", "2025-10-10", "2026-04-20", "2026-11-26"])
def test_rates_agree_with_the_status_rows_on_demo_data(demo_db, as_of):
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        rows = queries.run(con, "compliance_status", as_of=as_of)
        rates = queries.run(con, "compliance_rates", as_of=as_of)
    finally:
        con.close()
    rows["round"] = rows["period"].where(rows["form"] != "reach_monthly", "monthly")
    for r in rates.itertuples():
        part = rows[(rows["fiscal_year"] == r.fiscal_year) & (rows["round"] == r.round)]
        counts = part["status"].value_counts()
        assert (r.owed, r.late, r.missing, r.not_due) == (
            len(part),
            counts.get("late", 0),
            counts.get("missing", 0),
            counts.get("not_due", 0),
        )
        assert r.due == int((part["due_date"] < as_of).sum())
