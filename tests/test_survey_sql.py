"""SQL contract tests of the survey pages' questions, on their own small seed counted by hand.

Current period = Oct-Dec 2025 (whole months): its previous period is Jul-Sep 2025 and the year
before is Oct-Dec 2024. November 2025 has no responses at all.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from etl import publish
from tests.support.oracle import ask_ita, attached
from tests.support.seed import AWARE_COLUMNS, insert_responses, insert_units
from tests.test_queries_sql import wilson

T, F, N = True, False, None
VISITORS = ("contract", "information", "meeting", "feedback", "other")
CURRENT = {"start": "2025-10-01", "end": "2025-12-31"}

# (id, submitted_at, unit, types ticked, news, contact, complaint, other_text)
SEED = [
    ("c1", datetime(2025, 10, 1, 0, 0, 0), "ADM", {"information"}, T, T, T, None),
    ("c2", datetime(2025, 10, 20, 9, 0), "ADM", {"meeting", "contract"}, T, T, F, None),
    ("c3", datetime(2025, 12, 5, 9, 0), "ADM", {"information"}, T, T, F, None),
    ("c4", datetime(2025, 12, 31, 23, 59, 59), "ADM", {"other"}, T, N, F, "สื่อมวลชน"),
    ("c5", datetime(2025, 10, 2, 9, 0), "ACC", {"contract"}, F, T, T, None),
    ("c6", datetime(2025, 10, 3, 9, 0), "ACC", {"contract", "feedback"}, T, F, T, None),
    ("c7", datetime(2025, 12, 10, 9, 0), "ACC", {"meeting"}, N, T, F, None),
    ("c8", datetime(2025, 10, 5, 9, 0), "LEG", {"information"}, T, F, F, None),
    ("c9", datetime(2025, 10, 6, 9, 0), "LEG", {"other"}, F, F, F, "  สื่อมวลชน "),
    ("c10", datetime(2025, 12, 7, 9, 0), "P12", {"other"}, T, T, T, "ผู้รับเหมา, บริษัท ก"),
    ("c11", datetime(2025, 12, 8, 9, 0), None, {"other"}, F, N, N, "นักศึกษา"),  # unit not in units.csv
    ("c12", datetime(2026, 1, 1, 0, 0, 0), "ADM", {"information"}, T, T, T, None),  # after the period
    # previous period, Jul-Sep 2025: nobody answered the news item
    ("p1", datetime(2025, 7, 1, 0, 0, 0), "ADM", {"information"}, N, T, F, None),
    ("p2", datetime(2025, 9, 30, 23, 59, 59), "ADM", {"meeting"}, N, F, F, None),
    ("p3", datetime(2025, 6, 30, 23, 59, 59), "ADM", {"information"}, T, T, T, None),  # before it
    # the year before, Oct-Dec 2024
    ("y1", datetime(2024, 12, 31, 12, 0), "ADM", {"contract"}, T, T, T, None),
    ("y2", datetime(2025, 1, 1, 0, 0, 0), "ADM", {"contract"}, F, F, F, None),  # after it
]


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("survey") / "seeded.duckdb"
    with publish.staged(path, fresh=True) as c:
        insert_units(
            c,
            [
                ("ADM", "กองกลาง", "กก.", "central"),
                ("ACC", "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ศปท.", "central"),
                ("LEG", "กองกฎหมาย", "กม.", "central"),
                ("P12", "สำนักงานดิจิทัลฯ จังหวัดนนทบุรี", "สดจ.นนทบุรี", "provincial"),
                ("P13", "สำนักงานดิจิทัลฯ จังหวัดปทุมธานี", "สดจ.ปทุมธานี", "provincial"),
            ],
            ("code", "name_th", "abbr", "kind"),
        )
        insert_responses(
            c,
            [
                [rid, at, at.date(), at.year + 543 + (at.month >= 10), unit, unit or "?", unit is not None]
                + [v in ticked for v in VISITORS]
                + [news, contact, complaint, other]
                for rid, at, unit, ticked, news, contact, complaint, other in SEED
            ],
            [*AWARE_COLUMNS, "other_text"],
        )
    yield from attached(path)


def nan(value) -> bool:
    return bool(pd.isna(value))


def day(value) -> str:
    return str(pd.Timestamp(value).date())


def check_wilson(row, k: int, n: int):
    assert (row.aware, row.total) == (k, n)
    low, high = wilson(k, n)
    assert (row.ci_low, row.ci_high) == (pytest.approx(low, abs=1e-6), pytest.approx(high, abs=1e-6))
    if k == 0:
        assert row.ci_low == pytest.approx(0, abs=1e-12)
    if k == n:
        assert row.ci_high == pytest.approx(1, abs=1e-12)


# ---------------------------------------------------------------------------------------------
# awareness_compare


def test_compare_against_previous_period_and_year_before(con):
    frame = ask_ita(con, "awareness_compare", **CURRENT).set_index("channel")
    assert list(frame.index) == ["news", "contact", "complaint"]
    # current: news c1-c4 c6 c8 c10 aware, c5 c9 c11 not; contact 6 of 9; complaint c1 c5 c6 c10 of 10
    assert [tuple(frame.loc[c, ["aware", "total"]]) for c in frame.index] == [(7, 10), (6, 9), (4, 10)]
    row = frame.loc["complaint"]
    assert (day(row.prev_start), day(row.prev_end)) == ("2025-07-01", "2025-09-30")
    assert (day(row.yoy_start), day(row.yoy_end)) == ("2024-10-01", "2024-12-31")
    # previous: p1 p2 (p3 on 30 Jun is outside); year before: y1 (y2 on 1 Jan is outside)
    assert list(frame["prev_total"]) == [0, 2, 2]
    assert list(frame["yoy_total"]) == [1, 1, 1]
    assert frame.loc["contact", "change_prev"] == pytest.approx(6 / 9 - 1 / 2)
    assert frame.loc["complaint", "change_prev"] == pytest.approx(0.4 - 0)
    assert list(frame["change_yoy"]) == pytest.approx([0.7 - 1, 6 / 9 - 1, 0.4 - 1])


def test_compare_says_no_data_rather_than_a_fake_change(con):
    frame = ask_ita(con, "awareness_compare", **CURRENT).set_index("channel")
    # nobody answered the news item in Jul-Sep: no previous rate, no change (not a change from 0)
    assert nan(frame.loc["news", "prev_rate"]) and nan(frame.loc["news", "change_prev"])
    frame = ask_ita(con, "awareness_compare", **CURRENT, units=["P13"]).set_index("channel")
    assert list(frame["total"]) == [0, 0, 0]
    assert all(nan(v) for v in (*frame["rate"], *frame["change_prev"], *frame["change_yoy"]))


@pytest.mark.parametrize(
    ("start", "end", "previous", "year_before"),
    [
        # FY2569 round 6 (Oct-Mar): the six months before, Apr-Sep
        ("2025-10-01", "2026-03-31", ("2025-04-01", "2025-09-30"), ("2024-10-01", "2025-03-31")),
        # a whole fiscal year: the fiscal year before, whatever its number of days
        ("2024-10-01", "2025-09-30", ("2023-10-01", "2024-09-30"), ("2023-10-01", "2024-09-30")),
        # whole months ending in February: the year before ends on its own last day (29 in 2024)
        ("2025-02-01", "2025-02-28", ("2025-01-01", "2025-01-31"), ("2024-02-01", "2024-02-29")),
        ("2024-02-01", "2024-02-29", ("2024-01-01", "2024-01-31"), ("2023-02-01", "2023-02-28")),
        # not whole months: the same number of days just before (31 days here)
        ("2025-10-15", "2025-11-14", ("2025-09-14", "2025-10-14"), ("2024-10-15", "2024-11-14")),
        ("2025-10-01", "2025-10-01", ("2025-09-30", "2025-09-30"), ("2024-10-01", "2024-10-01")),
    ],
)
def test_compare_periods(con, start, end, previous, year_before):
    row = ask_ita(con, "awareness_compare", start=start, end=end).iloc[0]
    assert (day(row.prev_start), day(row.prev_end)) == previous
    assert (day(row.yoy_start), day(row.yoy_end)) == year_before


def test_compare_current_equals_by_channel(con):
    for params in (CURRENT, {**CURRENT, "units": ["ADM", "ACC"], "visitor_type": "contract"}):
        compare = ask_ita(con, "awareness_compare", **params)
        by_channel = ask_ita(con, "awareness_by_channel", **params)
        cols = ["channel", "aware", "unaware", "total", "rate", "ci_low", "ci_high"]
        assert compare[cols].equals(by_channel[cols])


# ---------------------------------------------------------------------------------------------
# awareness_by_unit


def by_unit(con, channel, **params):
    frame = ask_ita(con, "awareness_by_unit", **CURRENT, **params)
    return frame[frame["channel"] == channel]


@pytest.mark.parametrize(
    ("min_n", "order", "ranks"),
    [
        # ADM 1/4, ACC 2/3 have enough; LEG 0/2 and P12 1/1 are few: listed after, never ranked,
        # even though LEG's rate is the lowest of all; P13 (no answers) comes last
        (3, ["ADM", "ACC", "LEG", "P12", "P13"], [1, 2, None, None, None]),
        (1, ["LEG", "ADM", "ACC", "P12", "P13"], [1, 2, 3, 4, None]),
        (5, ["LEG", "ADM", "ACC", "P12", "P13"], [None] * 5),
    ],
)
def test_by_unit_ranks_only_units_with_enough_answers(con, min_n, order, ranks):
    frame = by_unit(con, "complaint", min_n=min_n)
    assert list(frame["unit_code"]) == order
    assert [None if nan(r) else int(r) for r in frame["rank"]] == ranks
    assert list(frame["few"]) == [r is None for r in ranks]


def test_by_unit_counts_and_intervals(con):
    frame = ask_ita(con, "awareness_by_unit", **CURRENT, min_n=3)
    rows = {(r.channel, r.unit_code): r for r in frame.itertuples()}
    assert len(rows) == 3 * 5  # every unit, every item; c11 (unknown unit) is in none
    assert {u: rows[("news", u)].responses for u in ("ADM", "ACC", "LEG", "P12", "P13")} == {
        "ADM": 4, "ACC": 3, "LEG": 2, "P12": 1, "P13": 0,
    }  # fmt: skip
    check_wilson(rows[("news", "ADM")], 4, 4)  # 100 %
    check_wilson(rows[("complaint", "LEG")], 0, 2)  # 0 %
    check_wilson(rows[("complaint", "P12")], 1, 1)  # n = 1
    check_wilson(rows[("complaint", "ACC")], 2, 3)
    assert rows[("news", "ACC")].total == 2  # c7 left the news item blank
    empty = rows[("complaint", "P13")]
    assert empty.total == 0 and nan(empty.rate) and nan(empty.ci_low) and empty.few


def test_by_unit_few_is_per_item(con):
    # ADM answered contact 3 times (c4 blank) but complaint 4 times
    frame = ask_ita(con, "awareness_by_unit", **CURRENT, min_n=4, units=["ADM"])
    assert dict(zip(frame["channel"], frame["few"], strict=True)) == {
        "news": False, "contact": True, "complaint": False,
    }  # fmt: skip


def test_by_unit_with_chosen_units(con):
    frame = by_unit(con, "complaint", min_n=1, units="LEG,ACC", visitor_type="other")
    assert list(frame["unit_code"]) == ["LEG", "ACC"]  # LEG: c9 0/1; ACC: no "other" visitor
    assert list(frame["total"]) == [1, 0]


# ---------------------------------------------------------------------------------------------
# awareness_by_visitor_type


def test_by_visitor_type(con):
    frame = ask_ita(con, "awareness_by_visitor_type", **CURRENT)
    assert list(frame["visitor_type"].drop_duplicates()) == list(VISITORS)
    rows = {(r.visitor_type, r.channel): r for r in frame.itertuples()}
    assert {v: rows[(v, "news")].responses for v in VISITORS} == {
        "contract": 3, "information": 3, "meeting": 2, "feedback": 1, "other": 4,
    }  # fmt: skip  # c2 ticked two types and counts in both
    check_wilson(rows[("contract", "complaint")], 2, 3)  # c2 F, c5 T, c6 T
    check_wilson(rows[("information", "news")], 3, 3)  # 100 %
    check_wilson(rows[("meeting", "complaint")], 0, 2)  # 0 %
    check_wilson(rows[("meeting", "news")], 1, 1)  # n = 1 (c7 blank)
    check_wilson(rows[("other", "complaint")], 1, 3)  # c4 F c9 F c10 T; c11 blank


def test_by_visitor_type_with_a_visitor_filter(con):
    frame = ask_ita(con, "awareness_by_visitor_type", **CURRENT, visitor_type="contract")
    responses = dict(zip(frame["visitor_type"], frame["responses"], strict=False))
    assert responses == {"contract": 3, "information": 0, "meeting": 1, "feedback": 1, "other": 0}
    info = frame[frame["visitor_type"] == "information"]
    assert list(info["total"]) == [0, 0, 0] and all(nan(v) for v in info["rate"])


# ---------------------------------------------------------------------------------------------
# visitor_mix_trend, visitor_mix_by_unit, other_answers


def test_visitor_mix_trend_leaves_empty_months_as_gaps(con):
    frame = ask_ita(con, "visitor_mix_trend", start="2025-10-01", end="2026-01-31")
    got = {
        (r.month.date(), r.visitor_type): (r.n, None if nan(r.responses) else int(r.responses))
        for r in frame.itertuples()
    }
    assert len(got) == 4 * 5
    expected = {
        date(2025, 10, 1): (6, [3, 2, 1, 1, 1]),  # c1 c2 c5 c6 c8 c9
        date(2025, 11, 1): (0, [None] * 5),  # nobody: gaps, not zeros
        date(2025, 12, 1): (5, [0, 1, 1, 0, 3]),  # c3 c4 c7 c10 c11: a real zero stays zero
        date(2026, 1, 1): (1, [0, 1, 0, 0, 0]),  # c12
    }
    for month, (n, counts) in expected.items():
        assert [got[(month, v)] for v in VISITORS] == [(n, c) for c in counts]
    november = frame[frame["month"] == "2025-11-01"]
    assert all(nan(v) for v in november["share"])
    october = frame[frame["month"] == "2025-10-01"].set_index("visitor_type")
    assert october.loc["contract", "share"] == pytest.approx(3 / 6)


def test_visitor_mix_trend_totals_agree_with_visitor_mix(con):
    trend = ask_ita(con, "visitor_mix_trend", **CURRENT, units=["ADM", "LEG"])
    mix = ask_ita(con, "visitor_mix", **CURRENT, units=["ADM", "LEG"]).set_index("visitor_type")
    summed = trend.groupby("visitor_type")["responses"].sum()
    assert {v: int(summed[v]) for v in VISITORS} == {v: int(mix.loc[v, "responses"]) for v in VISITORS}


def test_visitor_mix_by_unit(con):
    frame = ask_ita(con, "visitor_mix_by_unit", **CURRENT, min_n=3)
    assert list(frame["unit_code"].drop_duplicates()) == ["ACC", "ADM", "LEG", "P12"]  # P13: nobody
    got = {u: list(part["responses"]) for u, part in frame.groupby("unit_code")}
    assert got == {
        "ACC": [2, 0, 1, 1, 0],  # c5 c6 c7
        "ADM": [1, 2, 1, 0, 1],  # c1 c2 c3 c4
        "LEG": [0, 1, 0, 0, 1],  # c8 c9
        "P12": [0, 0, 0, 0, 1],  # c10
    }
    few = frame.drop_duplicates("unit_code").set_index("unit_code")
    assert dict(few["n"]) == {"ACC": 3, "ADM": 4, "LEG": 2, "P12": 1}
    assert dict(few["few"]) == {"ACC": False, "ADM": False, "LEG": True, "P12": True}
    adm = frame[frame["unit_code"] == "ADM"]
    assert list(adm["share"]) == pytest.approx([1 / 4, 2 / 4, 1 / 4, 0, 1 / 4])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [("สื่อมวลชน", 2), ("นักศึกษา", 1), ("ผู้รับเหมา, บริษัท ก", 1)]),  # c9 trimmed = c4
        ({"search": "บริษัท"}, [("ผู้รับเหมา, บริษัท ก", 1)]),
        ({"search": " สื่อ "}, [("สื่อมวลชน", 2)]),
        ({"search": "%"}, []),  # taken literally, not a wildcard
        ({"search": "' OR 1=1 --"}, []),
        ({"units": ["LEG"]}, [("สื่อมวลชน", 1)]),
        ({"visitor_type": "meeting"}, []),
    ],
)
def test_other_answers(con, params, expected):
    frame = ask_ita(con, "other_answers", **CURRENT, **params)
    assert list(zip(frame["other_text"], frame["responses"], strict=True)) == expected
