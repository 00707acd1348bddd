"""Reach formats as pure functions: column titles, file names, cells, format detection, daily to monthly.

Expected values are worked out by hand from the inputs written next to them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl import reach_formats as rf
from etl import reach_rows as rr
from etl.problems import InputProblem
from etl.readers import Table, read_table

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reach"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Facebook reach", ("facebook", "reach")),
        ("Facebook การเข้าถึง", ("facebook", "reach")),
        ("เฟซบุ๊ก ยอดเข้าถึง", ("facebook", "reach")),
        ("ยอดเข้าถึง เฟซบุ๊ก", ("facebook", "reach")),
        ("FB - Reach", ("facebook", "reach")),
        ("YouTube views", ("youtube", "views")),
        ("LINE OA ผู้ติดตาม", ("line", "followers")),
        ("ไลน์ followers", ("line", "followers")),
        ("X (Twitter) impressions", ("x", "views")),
        ("Twitter engagement", ("x", "engagement")),
        ("TikTok_posts", ("tiktok", "posts")),
        ("IG reach", ("instagram", "reach")),
        ("เว็บไซต์ ยอดเข้าชม", ("website", "views")),
        ("Reach", (None, "reach")),
        ("Content interactions", (None, "engagement")),
        ("Watch time (hours)", None),
        ("หมายเหตุ", None),
        ("MySpace reach", None),
    ],
)
def test_column_titles_name_platform_and_metric(header, expected):
    assert rr.split_header(header, extra=True) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("x_analytics_2026-09.csv", "x"),
        ("TikTok overview Sep.csv", "tiktok"),
        ("LINE OA insight.csv", "line"),
        ("Instagram followers.csv", "instagram"),
        ("reach-2569.csv", None),
        ("Totals.csv", None),
    ],
)
def test_platform_named_in_the_file_name(name, expected):
    assert rr.platform_in_name(name) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1,234", 1234.0), ("๖๐๐๐๐", 60000.0), (" 12.5 ", 12.5), ("", None), ("-", None), ("N/A", None)],
)
def test_cells_blank_is_missing_not_zero(raw, expected):
    assert rr.value(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "-5", "1.2.3"])
def test_bad_cells_say_why(raw):
    with pytest.raises(InputProblem):
        rr.value(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-09-15", (date(2026, 9, 15), True)),
        ("2026-09-15T00:00:00", (date(2026, 9, 15), True)),
        ("15/9/2569", (date(2026, 9, 15), True)),
        ("2026-09", (date(2026, 9, 1), False)),
        ("ก.ย. 2569", (date(2026, 9, 1), False)),
        ("กันยายน 2569", (date(2026, 9, 1), False)),
    ],
)
def test_days_and_months(raw, expected):
    assert rr.when(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Facebook reach.csv", "meta"),
        ("Instagram followers.csv", "meta"),
        ("Totals.csv", "youtube"),
        ("Table data 2026-08.csv", "youtube_videos"),  # a Total row and a row per video: skipped
        ("pr_sheet_wide.csv", "wide"),
        ("x_analytics_2026-09.csv", "wide"),
        ("../reach.csv", "long"),
    ],
)
def test_format_is_told_from_the_content(name, expected):
    assert rf.detect(read_table(FIXTURES / name)) == expected


def test_meta_export_with_a_missing_day_sums_the_days_present():
    parsed = rf.parse(read_table(FIXTURES / "Facebook reach.csv"), "meta")
    # days 1-30 except 15, each 1000 + day: 30 * 1000 + (1 + ... + 30) - 1015 = 29,450
    assert parsed.rows == [rr.ReachRow(date(2026, 9, 1), "facebook", "reach", 29450.0, 29, 30)]
    assert not parsed.rows[0].complete
    assert parsed.rows_read == 29 and parsed.source == "meta-business-suite"
    assert [n.en for n in parsed.notes] == [
        "facebook reach 2026-09: 29 of 30 days (missing day 15); the sum covers the days present"
    ]
    assert "มี 29 จาก 30 วัน (ขาดวันที่ 15)" in parsed.notes[0].th


def test_meta_followers_take_the_months_last_value():
    parsed = rf.parse(read_table(FIXTURES / "Instagram followers.csv"), "meta")
    by_month = {r.month: (r.value, r.complete) for r in parsed.rows}
    assert by_month == {date(2026, 8, 1): (60020.0, False), date(2026, 9, 1): (60320.0, True)}


def test_meta_text_from_a_sheet_without_sep_and_two_blocks():
    views = "".join(f'"2026-09-{d:02d}","{d}"\n' for d in range(1, 31))
    reach = "".join(f'"2026-09-{d:02d}","7"\n' for d in range(1, 31))
    text = f'"Facebook views"\n"Date","Primary"\n{views}"Reach"\n"Date","Primary"\n{reach}'
    parsed = rf.parse_meta(text, "Instagram export.csv")
    assert {(r.platform, r.metric, r.value) for r in parsed.rows} == {
        ("facebook", "views", 465.0),  # 1 + ... + 30
        ("instagram", "reach", 210.0),  # no platform in the metric line: the file name says Instagram
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('sep=,\n"Facebook watch time"\n"Date","Primary"\n"2026-09-01","3"\n', "not one the dashboard keeps"),
        ('sep=,\n"Reach"\n"Date","Primary"\n"2026-09-01","3"\n', "Facebook or Instagram"),
    ],
)
def test_meta_exports_we_cannot_place_are_refused_with_a_reason(text, message):
    with pytest.raises(InputProblem, match=message):
        rf.parse_meta(text, "export.csv")


def test_youtube_totals_and_table_data():
    totals = rf.parse(read_table(FIXTURES / "Totals.csv"), "youtube")
    assert [(r.month, r.platform, r.metric, r.value) for r in totals.rows] == [
        (date(2026, 9, 1), "youtube", "views", 15465.0)  # 30 * 500 + 465
    ]
    # Table data (a Total row and a row per video) is a per-video breakdown: skipped, never summed
    table = read_table(FIXTURES / "Table data 2026-08.csv")
    with pytest.raises(rf.Skip, match="per-video figures") as skip:
        rf.parse(table, rf.detect(table))
    assert "แยกรายวิดีโอ" in skip.value.reason.th


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("Table data 2026-09-01_2026-09-30.csv", date(2026, 9, 1)),
        ("Table data 2026-09.csv", date(2026, 9, 1)),
        ("Table data.csv", None),
    ],
)
def test_month_in_a_youtube_file_name(name, month):
    assert rf.month_in_name(name) == month


def test_a_youtube_range_that_is_not_one_month_is_refused():
    with pytest.raises(InputProblem, match="not one whole month"):
        rf.month_in_name("Table data 2026-09-05_2026-10-04.csv")


def test_wide_sheet_missing_cells_stay_missing_and_bad_cells_wait():
    parsed = rf.parse(read_table(FIXTURES / "pr_sheet_wide.csv"), "wide")
    got = {(r.month.month, r.platform, r.metric): r.value for r in parsed.rows}
    assert got[(9, "facebook", "reach")] == 438771.0  # Thai digits
    assert got[(7, "facebook", "reach")] == 412300.0  # "412,300"
    assert (7, "tiktok", "reach") not in got and (8, "tiktok", "reach") not in got  # blank and "-"
    assert (9, "x", "views") not in got  # "ไม่ทราบ": quarantined, not zero
    assert [(b.row_number, b.column) for b in parsed.bad] == [(4, "X (Twitter) impressions")]
    assert len(parsed.rows) == 15 and parsed.source is None
    assert [n.en for n in parsed.notes] == ["ignored columns: หมายเหตุ"]


def test_wide_sheet_a_row_per_platform():
    table = Table.from_values(
        "sheet",
        [
            ["เดือน", "แพลตฟอร์ม", "การเข้าถึง", "ผู้ติดตาม"],
            ["ก.ย. 2569", "ไลน์", "5000", ""],
            ["ก.ย. 2569", "FB", "9", "7"],
        ],
    )
    parsed = rf.parse(table, rf.detect(table))
    assert sorted((r.platform, r.metric, r.value) for r in parsed.rows) == [
        ("facebook", "followers", 7.0),
        ("facebook", "reach", 9.0),
        ("line", "reach", 5000.0),
    ]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([["Facebook reach"], ["5"]], "no month or date column"),
        ([["month", "Likes"], ["2026-09", "5"]], "no figure columns"),
        ([["month", "reach"], ["2026-09", "5"]], "which platform"),
    ],
)
def test_wide_sheets_we_cannot_read_say_what_to_fix(values, message):
    with pytest.raises(InputProblem, match=message):
        rr.parse_wide(Table.from_values("sheet", values))


def test_daily_to_monthly_flows_sum_stocks_take_the_last_day():
    points = {
        ("line", "reach"): {date(2026, 2, d): 10.0 for d in range(1, 29)},  # all 28 days of Feb 2026
        ("line", "followers"): {date(2026, 2, 27): 900.0, date(2026, 2, 28): 950.0, date(2026, 3, 1): 990.0},
    }
    rows, notes = rr.aggregate_daily(points)
    assert [(r.month.month, r.metric, r.value, r.complete) for r in rows] == [
        (2, "followers", 950.0, False),
        (2, "reach", 280.0, True),
    ]  # March: the file stops on the 1st, so March is not a month it covers
    assert [n.en for n in notes] == [
        "line followers 2026-02: 2 of 28 days (missing day 1, 2, 3, 4, 5, 6, …); the last value covers the days present",
        "line followers 2026-03: the file covers only days 1–1 (1 of 31): this month is not loaded; "
        "export the whole month",
    ]
