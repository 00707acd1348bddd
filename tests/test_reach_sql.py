"""SQL contract tests for the reach questions on a small seeded DuckDB, every number counted by hand."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import duckdb
import pytest

import queries
from etl import publish
from tests.support.oracle import ask_ita, attached

# (month, platform, metric, value, source, batch_id)
SEED = [
    # September 2025: a year before the month reported
    ("2025-09-01", "facebook", "reach", 1000, "sheet", 1),
    ("2025-09-01", "facebook", "engagement", 50, "sheet", 1),
    ("2025-09-01", "line", "reach", 400, "sheet", 1),
    ("2025-09-01", "youtube", "reach", 300, "sheet", 1),
    # July 2026: nothing at all (a gap)
    # August 2026
    ("2026-08-01", "facebook", "reach", 2000, "sheet", 1),
    ("2026-08-01", "facebook", "followers", 5000, "sheet", 1),
    ("2026-08-01", "line", "reach", 500, "sheet", 1),
    ("2026-08-01", "x", "reach", 100, "sheet", 1),
    # September 2026: X has no figure yet; TikTok is new; two sources give Facebook reach
    ("2026-09-01", "facebook", "reach", 2200, "sheet", 1),
    ("2026-09-01", "facebook", "reach", 2400, "pr-sheet-2", 2),  # loaded later: counts
    ("2026-09-01", "facebook", "engagement", 120, "sheet", 1),
    ("2026-09-01", "facebook", "followers", 5300, "sheet", 1),
    ("2026-09-01", "line", "reach", 600, "sheet", 1),
    ("2026-09-01", "tiktok", "reach", 700, "sheet", 1),
]
SEPTEMBER = {"month": "2026-09-17"}  # any day of the month


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path: Path = tmp_path_factory.mktemp("reach") / "seeded.duckdb"
    with publish.staged(path, fresh=True) as c:
        c.executemany("INSERT INTO reach VALUES (?, ?, ?, ?, ?, ?, false)", SEED)
    yield from attached(path)


def nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def test_months_with_figures_inside_the_period(con):
    frame = ask_ita(con, "reach_months", start="2025-10-01", end="2026-09-30")
    assert [
        (m.date(), p, r)
        for m, p, r in zip(frame["month"], frame["platforms"], frame["reach_platforms"], strict=True)
    ] == [
        (date(2026, 9, 1), 3, 3),  # facebook (two sources, one figure), line, tiktok
        (date(2026, 8, 1), 3, 3),  # facebook, line, x
    ]
    assert list(ask_ita(con, "reach_months", start="2026-08-15", end="2026-08-20")["month"].dt.date) == [
        date(2026, 8, 1)  # a period starting mid-month still includes that month
    ]
    assert ask_ita(con, "reach_months", start="2011-01-01", end="2011-12-31").empty


def test_the_last_month_with_figures_up_to_a_day(con):
    frame = ask_ita(con, "reach_last_month", as_of="2026-09-30")
    assert [
        (m.date(), p, r)
        for m, p, r in zip(frame["month"], frame["platforms"], frame["reach_platforms"], strict=True)
    ] == [
        (date(2026, 9, 1), 3, 3)  # one row: the newest month, as reach_months counts it
    ]
    assert list(ask_ita(con, "reach_last_month", as_of="2026-08-31")["month"].dt.date) == [date(2026, 8, 1)]
    assert list(ask_ita(con, "reach_last_month", as_of="2026-07-31")["month"].dt.date) == [
        date(2025, 9, 1)
    ]  # July: a gap
    assert ask_ita(con, "reach_last_month", as_of="2011-01-01").empty


def test_summary_totals_name_their_platforms_and_compare_like_with_like(con):
    rows = {r.comparison: r for r in ask_ita(con, "reach_summary", **SEPTEMBER).itertuples()}
    assert list(rows) == ["current", "prev_month", "last_year"]
    cur, prev, ly = rows["current"], rows["prev_month"], rows["last_year"]
    assert (cur.reach_total, cur.platforms, cur.n_platforms) == (
        3700,
        "facebook,line,tiktok",
        3,
    )  # 2400+600+700
    assert cur.missing_platforms == "x,youtube"  # reach within the 12 months before, none now
    assert nan(cur.change)
    assert (prev.month.date(), prev.reach_total, prev.platforms) == (
        date(2026, 8, 1),
        2600,
        "facebook,line,x",
    )
    assert (prev.common_platforms, prev.current_common, prev.base_common) == ("facebook,line", 3000, 2500)
    assert prev.change == pytest.approx(0.2)  # 3000 / 2500 - 1
    assert (ly.reach_total, ly.platforms, ly.common_platforms) == (
        1700,
        "facebook,youtube,line",
        "facebook,line",
    )
    assert ly.change == pytest.approx(3000 / 1400 - 1)


def test_summary_of_a_month_without_a_previous_one(con):
    rows = {r.comparison: r for r in ask_ita(con, "reach_summary", month="2025-09-01").itertuples()}
    assert rows["current"].reach_total == 1700
    assert rows["prev_month"].n_platforms == 0 and nan(rows["prev_month"].reach_total)
    assert nan(rows["prev_month"].change) and nan(rows["last_year"].change)


def test_monthly_table_per_platform_and_metric(con):
    frame = ask_ita(con, "reach_monthly", **SEPTEMBER)
    got = {(r.platform, r.metric): r for r in frame.itertuples()}
    assert list(dict.fromkeys(frame["platform"])) == ["facebook", "youtube", "line", "x", "tiktok"]
    assert [m for p, m in got if p == "facebook"] == ["reach", "engagement", "engagement_rate", "followers"]
    fb = got[("facebook", "reach")]
    assert (fb.value, fb.prev_value, fb.ly_value, fb.source) == (2400, 2000, 1000, "pr-sheet-2")
    assert (fb.mom_diff, fb.yoy_diff) == (400, 1400)
    assert fb.mom_change == pytest.approx(0.2) and fb.yoy_change == pytest.approx(1.4)
    rate = got[("facebook", "engagement_rate")]
    assert rate.value == pytest.approx(0.05) and nan(rate.prev_value) and rate.ly_value == pytest.approx(0.05)
    followers = got[("facebook", "followers")]
    assert (followers.value, followers.prev_value, followers.mom_diff) == (5300, 5000, 300)
    x = got[("x", "reach")]  # no figure this month: missing, not zero, and no change
    assert nan(x.value) and x.prev_value == 100 and nan(x.mom_change)
    youtube = got[("youtube", "reach")]
    assert nan(youtube.value) and nan(youtube.prev_value) and youtube.ly_value == 300
    tiktok = got[("tiktok", "reach")]
    assert tiktok.value == 700 and nan(tiktok.prev_value) and nan(tiktok.yoy_change)


def test_by_platform_grid_keeps_gaps(con):
    frame = ask_ita(con, "reach_by_platform", start="2026-07-01", end="2026-09-30")
    assert len(frame) == 12  # 3 months x 4 platforms with a figure in the period
    rows = {(r.month.strftime("%Y-%m"), r.platform): r for r in frame.itertuples()}
    assert all(nan(rows[("2026-07", p)].reach) for p in ("facebook", "line", "x", "tiktok"))
    sep = rows[("2026-09", "facebook")]
    assert (sep.reach, sep.followers, sep.follower_growth) == (2400, 5300, 300)
    assert sep.engagement_rate == pytest.approx(0.05)
    assert nan(rows[("2026-08", "facebook")].follower_growth)  # no July figure to grow from
    assert nan(rows[("2026-09", "x")].reach) and rows[("2026-08", "x")].reach == 100


@pytest.mark.parametrize("name", ["reach_monthly", "reach_by_platform", "reach_summary", "explore_reach"])
def test_a_monthly_reach_figure_wins_over_a_sum_of_daily_reach(tmp_path, name):
    """Reach summed from days counts a person once per day: the PR sheet's monthly figure is used
    even when a daily export was loaded later. Views add up either way: the latest load counts."""
    path = tmp_path / "daily.duckdb"
    with publish.staged(path, fresh=True) as c:
        c.executemany(
            "INSERT INTO reach VALUES (?, ?, ?, ?, ?, ?, false)",
            [
                ("2026-09-01", "facebook", "reach", 5000, "sheet", 1),
                ("2026-09-01", "facebook", "views", 9000, "sheet", 1),
                ("2026-09-01", "facebook", "reach", 7100, "meta-business-suite", 2),
                ("2026-09-01", "facebook", "views", 9100, "meta-business-suite", 2),
                ("2026-09-01", "tiktok", "reach", 300, "tiktok-studio", 2),
            ],
        )
    connection = duckdb.connect(":memory:")
    connection.execute("ATTACH ? AS ita (READ_ONLY)", [str(path)])
    try:
        params = (
            SEPTEMBER
            if name in ("reach_monthly", "reach_summary")
            else {"start": "2026-09-01", "end": "2026-09-30"}
        )
        frame = ask_ita(connection, name, **params)
    finally:
        connection.close()
    if name == "reach_summary":
        assert frame[frame["comparison"] == "current"]["reach_total"].tolist() == [5300]
        return
    if name == "reach_by_platform":
        fb = frame[frame["platform"] == "facebook"].iloc[0]
        assert (fb.reach, fb.views) == (5000, 9100)
        return
    got = {(r.platform, r.metric): r.value for r in frame.itertuples()}
    assert got[("facebook", "reach")] == 5000 and got[("facebook", "views")] == 9100
    assert got[("tiktok", "reach")] == 300  # the only figure there is


def test_the_daily_sources_are_the_ones_the_importers_write():
    from core import reach
    from etl import reach_formats, reach_rows

    assert reach.DAILY_SOURCES == {*reach_formats.SOURCES.values(), reach_rows.DAILY_SOURCE}
    schema = (Path(reach_formats.__file__).parent / "schema.sql").read_text(encoding="utf-8")
    rule = schema[schema.index("MACRO reach_latest") :].split(";")[0]
    for source in reach.DAILY_SOURCES:
        assert f"'{source}'" in rule, source
    for name in ("reach_monthly", "reach_by_platform", "reach_summary", "reach_months", "explore_reach"):
        sql = (Path(queries.__file__).parent / f"{name}.sql").read_text(encoding="utf-8")
        assert "FROM reach_resolved" in sql and "FROM reach\n" not in sql, name
