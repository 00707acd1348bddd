"""The real downloads in ../shared/real-exports/ (written by other people) load through the CLI exactly.

Each expected figure is computed here from the raw bytes with the csv module alone: no project parser
is used to work out what the answer should be. The folder sits beside the repository here and in CI
(``<repo>/../shared/real-exports``, or ``$ITA_REAL_EXPORTS``); its absence is a failure, not a skip.
"""

from __future__ import annotations

import calendar
import csv
import io
import os
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from tests.support.oracle import etl_cli, reach_figures

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("ITA_REAL_EXPORTS") or ROOT.parent / "shared" / "real-exports")


@pytest.fixture(scope="module")
def real() -> Path:
    assert REAL.is_dir(), (
        f"the real sample exports are missing: expected {REAL} (set $ITA_REAL_EXPORTS to their folder)"
    )
    return REAL


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xff\xfe"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    return raw.decode("utf-8")


def whole_months(daily: dict[date, float | None], span: tuple[date, date] | None = None) -> dict[str, float]:
    """Month -> sum of the days, for the months the file covers from their first to their last day
    (a month the file's range cuts, e.g. an export ending on the 15th, is not one it covers)."""
    first, last = span or (min(daily), max(daily))
    out: dict[str, float] = defaultdict(float)
    for day, figure in daily.items():
        month_start = day.replace(day=1)
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if first <= month_start and month_end <= last and figure is not None:
            out[f"{day:%Y-%m}"] += figure
    return dict(out)


def meta_days(path: Path, delimiter: str = ",") -> dict[date, float]:
    """Day -> the "Primary" column of a Meta page-metric export, by hand."""
    rows = list(csv.reader(io.StringIO(text_of(path)), delimiter=delimiter))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Date") + 1
    return {date.fromisoformat(r[0][:10]): float(r[1]) for r in rows[start:] if r and r[0]}


def meta_daily(path: Path, delimiter: str = ",") -> dict[str, float]:
    return whole_months(meta_days(path, delimiter))


def of(figures: dict, platform: str, metric: str) -> dict[str, float]:
    return {month: v for (p, m, month), v in figures.items() if (p, m) == (platform, metric)}


def test_meta_folder_without_platform_loads_what_names_it_and_refuses_the_rest_by_name(real, tmp_path):
    db = tmp_path / "meta.duckdb"
    proc = etl_cli("import", "reach", str(real / "oigetit"), "--db", str(db))
    assert proc.returncode == 1, proc.stderr  # some files refused
    for name in ("Views.csv", "Interactions.csv", "Follows.csv"):
        assert f"refused / ไม่รับ: {real / 'oigetit' / name}" in proc.stderr
    assert proc.stderr.count("--platform") >= 3
    assert (
        "Audience.csv: skipped" in proc.stdout
        and "Mar-18-2025_Apr-14-2025_553302954456165.csv: skipped" in proc.stdout
    )
    figures = reach_figures(db)
    assert of(figures, "facebook", "reach") == meta_daily(real / "oigetit" / "Reach.csv")  # "Facebook reach"
    assert of(figures, "facebook", "profile_visits") == meta_daily(real / "oigetit" / "Visits.csv")
    assert {m for _, m, _ in figures} == {"reach", "profile_visits"}  # refused files wrote nothing


def test_meta_folder_with_platform_loads_every_daily_metric_exactly(real, tmp_path):
    db = tmp_path / "meta.duckdb"
    proc = etl_cli("import", "reach", str(real / "oigetit"), "--platform", "facebook", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    figures = reach_figures(db)
    folder = real / "oigetit"
    assert of(figures, "facebook", "reach") == meta_daily(folder / "Reach.csv")
    assert of(figures, "facebook", "views") == meta_daily(folder / "Views.csv")
    assert of(figures, "facebook", "engagement") == meta_daily(folder / "Interactions.csv")
    assert of(figures, "facebook", "new_followers") == meta_daily(folder / "Follows.csv")
    assert of(figures, "facebook", "profile_visits") == meta_daily(folder / "Visits.csv")
    assert of(figures, "facebook", "followers") == {}  # follows per day are not a follower total
    # The exports run 1 January to 15 April 2025: April is not a month they cover, and says so
    assert set(of(figures, "facebook", "reach")) == {"2025-01", "2025-02", "2025-03"}
    assert "facebook reach 2025-04: the file covers only days 1–15 (15 of 30): this month is not loaded" in (
        proc.stdout
    )


def test_youtube_folder_loads_totals_and_skips_the_per_video_files(real, tmp_path):
    db = tmp_path / "yt.duckdb"
    proc = etl_cli("import", "reach", str(real / "yt_priyanka"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "Chart data.csv: skipped" in proc.stdout and "Table data.csv: skipped" in proc.stdout
    rows = list(csv.reader(io.StringIO(text_of(real / "yt_priyanka" / "Totals.csv"))))
    assert rows[0] == ["Date", "Views"]
    daily = {}
    for day, views in rows[1:]:
        d, m, y = day.split("-")  # 13-06-2025: day first
        daily[date(int(y), int(m), int(d))] = float(views)
    expected = whole_months(daily)
    figures = reach_figures(db)
    assert of(figures, "youtube", "views") == expected
    # 13 June 2025 to 12 June 2026: July to May, never a month the file does not cover
    assert sorted(expected) == [f"2025-{m:02d}" for m in range(7, 13)] + [
        f"2026-{m:02d}" for m in range(1, 6)
    ]
    assert {(p, m) for p, m, _ in figures} == {("youtube", "views")}


def test_tiktok_and_excel_folder(real, tmp_path):
    folder = real / "tiktok_and_excel"
    rows = list(csv.DictReader(io.StringIO(text_of(folder / "TIKTOK_RAW.csv"))))
    days: dict[str, dict[date, float | None]] = defaultdict(dict)
    for r in rows:
        day = date(*map(int, r["Date"].split("/")))  # 2025/10/31
        days["reach"][day] = None if r["Reached audience"] == "NAN" else float(r["Reached audience"])
        days["views"][day] = float(r["Video views"])
        days["engagement"][day] = float(r["Likes"]) + float(r["Comments"]) + float(r["Shares"])
        days["new_followers"][day] = float(r["New followers"])
        days["profile_visits"][day] = float(r["Profile views"])
    span = (min(days["views"]), max(days["views"]))  # the file's range: 31 Oct to 31 Dec 2025
    sums = {metric: whole_months(by_day, span) for metric, by_day in days.items()}
    assert set(sums["views"]) == {"2025-11", "2025-12"}  # October: only its 31st is in the file

    db = tmp_path / "tt.duckdb"
    proc = etl_cli("import", "reach", str(folder), "--db", str(db))
    assert proc.returncode == 1  # Viewers.csv (a Meta export) names no platform, and "tiktok" in
    # the folder's name is not a platform Meta reports on: refused, naming --platform
    assert f"refused / ไม่รับ: {folder / 'Viewers.csv'}" in proc.stderr and "--platform" in proc.stderr
    figures = reach_figures(db)
    for metric, by_month in sums.items():
        assert of(figures, "tiktok", metric) == by_month, metric

    db2 = tmp_path / "tt2.duckdb"
    proc = etl_cli("import", "reach", str(folder), "--platform", "facebook", "--db", str(db2))
    assert proc.returncode == 0, proc.stderr
    figures = reach_figures(db2)
    assert of(figures, "facebook", "reach") == meta_daily(folder / "Viewers.csv", delimiter=";")
    assert of(figures, "tiktok", "reach") == sums["reach"]  # found by content, not --platform


def test_the_forms_download_is_told_apart_from_our_survey_and_its_timestamps_read_day_first(real, tmp_path):
    [path] = (real / "forms").glob("*.csv")
    rows = list(csv.reader(io.StringIO(text_of(path))))
    assert rows[0][0] == "ประทับเวลา"
    from etl.timestamps import detect_order, parse_timestamp

    stamps = [r[0] for r in rows[1:]]
    order = detect_order(stamps)
    for raw in stamps:  # "17/4/2026, 12:00:35": day/month/year, by hand
        day, month, rest = raw.split("/")
        year, clock = rest.split(", ")
        h, mi, s = clock.split(":")
        got = parse_timestamp(raw, order)
        assert (got.year, got.month, got.day, got.hour, got.minute, got.second) == tuple(
            map(int, (year, month, day, h, mi, s))
        )
    # Not our survey (no awareness items): refused with what is missing, and nothing is published.
    db = tmp_path / "forms.duckdb"
    proc = etl_cli("import", "responses", str(path), "--db", str(db))
    assert proc.returncode == 2 and "not changed" in proc.stderr
    assert not db.exists()
