"""Every shape real exports take (see ../shared/real-exports/PROVENANCE.md), in fixtures written here.

Each test builds its files in the shape of a real download (encoding, delimiter, name line, date form),
imports them as a batch or a folder, and checks the exact monthly figures worked out by hand next to
them, and what each file's outcome says, in Thai and English.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from etl import load, outcome
from tests.support.oracle import etl_cli, reach_figures


def meta(path: Path, title: str, days: dict[date, float | str], *, header=("Date", "Primary")) -> Path:
    """A Meta Business Suite page metric as downloaded: UTF-16 with BOM, CRLF, sep=, then the name line."""
    lines = ["sep=,", f'"{title}"', f'"{header[0]}","{header[1]}"']
    lines += [f'"{d:%Y-%m-%d}T01:00:00","{v}"' for d, v in sorted(days.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def september(f) -> dict[date, float]:
    return {date(2026, 9, d): f(d) for d in range(1, 31)}


def by_file(results) -> dict[str, load.BatchResult]:
    return {Path(r.file).name: r for r in results}


@pytest.fixture
def meta_folder(tmp_path) -> Path:
    """A Meta download: a file per metric, only Reach and Visits naming the platform, plus two non-series."""
    folder = tmp_path / "page-export"
    meta(folder / "Reach.csv", "Facebook reach", september(lambda d: 100 + d))
    meta(folder / "Views.csv", "Views", september(lambda d: 10 * d))
    meta(folder / "Interactions.csv", "Content interactions", september(lambda d: d % 3))
    # Meta leaves out the days with no new follows
    meta(folder / "Follows.csv", "Follows", {date(2026, 9, 1): 2, date(2026, 9, 10): 5, date(2026, 9, 30): 1})
    meta(folder / "Visits.csv", "Facebook visits", september(lambda d: 4))
    meta(folder / "Link clicks.csv", "Facebook link clicks", september(lambda d: 1 if d <= 10 else 0))
    (folder / "Audience.csv").write_bytes(
        'sep=,\r\n"Age & gender"\r\n"","Women","Men"\r\n"18-24","10.6","6.5"\r\n'.encode("utf-16")
    )
    (folder / "Sep-01-2026_Sep-30-2026_1234.csv").write_bytes(
        "\ufeff".encode()
        + b'"Post ID","Page ID",Title,"Publish time",Permalink,Reach\n1,2,"A post","09/03/2026 09:09",https://x,17\n'
    )
    return folder


def test_a_meta_folder_without_platform_loads_what_it_can_and_names_every_refused_file(meta_folder, db_path):
    results = by_file(load.import_files("reach", [str(meta_folder)], db_path))
    assert {n: r.status for n, r in results.items()} == {
        "Audience.csv": "skipped",
        "Sep-01-2026_Sep-30-2026_1234.csv": "skipped",
        "Follows.csv": "refused",
        "Interactions.csv": "refused",
        "Views.csv": "refused",
        "Reach.csv": "ok",
        "Visits.csv": "ok",
        "Link clicks.csv": "ok",
    }
    for name in ("Follows.csv", "Interactions.csv", "Views.csv"):
        assert "--platform facebook" in results[name].reason_en
        assert "--platform facebook" in results[name].reason_th and "ไม่ระบุ" in results[name].reason_th
    assert "not a daily page metric" in results["Audience.csv"].reason_en
    assert "a row per post" in results["Sep-01-2026_Sep-30-2026_1234.csv"].reason_en
    assert reach_figures(db_path) == {
        ("facebook", "reach", "2026-09"): 30 * 100 + 465.0,  # 100 + d over 30 days
        ("facebook", "profile_visits", "2026-09"): 120.0,
        ("facebook", "link_clicks", "2026-09"): 10.0,
    }
    reach = results["Reach.csv"]
    assert (reach.months, reach.platforms, reach.metrics) == (["2026-09"], ["facebook"], ["reach"])
    assert reach.recognised_as == "Meta Business Suite daily page metric"
    en, th = outcome.describe(reach, "en"), outcome.describe(reach, "th")
    assert en[0].endswith("Reach.csv: loaded — recognised as Meta Business Suite daily page metric")
    assert "  months 2026-09 (1) facebook · reach" in en
    assert any("sum of daily reach" in line for line in en)
    assert "รู้จักเป็น ไฟล์ส่งออกรายวันของ Meta Business Suite" in th[0]
    assert any("ผลรวมของยอดรายวัน" in line for line in th)


def test_platform_on_the_command_line_places_the_files_that_do_not_name_it(meta_folder, db_path):
    proc = etl_cli("import", "reach", str(meta_folder), "--platform", "facebook", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    got = reach_figures(db_path)
    assert got[("facebook", "views", "2026-09")] == 10 * 465.0
    assert got[("facebook", "engagement", "2026-09")] == 10 * (1 + 2 + 0)  # d % 3 over 30 days
    # Follows: the days left out are no new follows, the sum is what Meta gave
    assert got[("facebook", "new_followers", "2026-09")] == 8.0
    assert ("facebook", "followers", "2026-09") not in got  # new follows are not a follower total
    assert "Audience.csv: skipped" in proc.stdout and "ข้ามไป" in proc.stdout


def test_cli_exit_is_non_zero_only_when_a_file_is_refused_and_names_each(meta_folder, db_path):
    proc = etl_cli("import", "reach", str(meta_folder), "--db", str(db_path), timeout=120)
    assert proc.returncode == 1
    for name in ("Follows.csv", "Interactions.csv", "Views.csv"):
        assert f"refused / ไม่รับ: {meta_folder / name}" in proc.stderr
    assert "Audience.csv" not in proc.stderr  # skipped is not refused
    only_good = [str(meta_folder / "Reach.csv"), str(meta_folder / "Audience.csv")]
    proc = etl_cli("import", "reach", *only_good, "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr


def test_a_refused_file_alone_leaves_the_served_database_untouched(meta_folder, db_path):
    load.import_files("reach", [str(meta_folder / "Reach.csv")], db_path)
    before = (db_path.read_bytes(), db_path.stat().st_mtime_ns)
    [result] = load.import_files("reach", [str(meta_folder / "Views.csv")], db_path)
    assert result.status == "refused"
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns) == before


def test_thai_ui_meta_export_and_the_platform_from_the_folder_name(tmp_path, db_path):
    folder = tmp_path / "Facebook ก.ย. 2569"
    meta(folder / "export1.csv", "การเข้าถึง", september(lambda d: 7), header=("วันที่", "หลัก"))
    meta(folder / "export2.csv", "ยอดดู", september(lambda d: d), header=("วันที่", "หลัก"))
    meta(folder / "export3.csv", "การโต้ตอบกับเนื้อหา", september(lambda d: 2), header=("วันที่", "หลัก"))
    meta(folder / "export4.csv", "การคลิกลิงก์", september(lambda d: 1), header=("วันที่", "หลัก"))
    meta(folder / "export5.csv", "การเข้าชม", september(lambda d: 3), header=("วันที่", "หลัก"))
    results = load.import_files("reach", [str(folder)], db_path)
    assert [r.status for r in results] == ["ok"] * 5
    assert reach_figures(db_path) == {
        ("facebook", "reach", "2026-09"): 210.0,
        ("facebook", "views", "2026-09"): 465.0,
        ("facebook", "engagement", "2026-09"): 60.0,
        ("facebook", "link_clicks", "2026-09"): 30.0,
        ("facebook", "profile_visits", "2026-09"): 90.0,
    }


def test_a_tiktok_folder_name_does_not_place_a_meta_export(tmp_path, db_path):
    """Meta reports on Facebook and Instagram only: a folder called 'tiktok_and_excel' says nothing."""
    folder = tmp_path / "tiktok_and_excel"
    meta(folder / "Viewers.csv", "Viewers", september(lambda d: 1))
    [result] = load.import_files("reach", [str(folder)], db_path)
    assert result.status == "refused" and "--platform" in result.reason_en


def test_excel_semicolon_resave_of_a_meta_export(tmp_path, db_path):
    """Excel in a ';'-list locale: no quotes, ';' delimiter, a trailing ';' on the name line, UTF-8."""
    folder = tmp_path / "instagram"
    folder.mkdir()
    days = [date(2026, 8, 31) + timedelta(n) for n in range(31)]  # 31 Aug .. 30 Sep
    body = "Viewers;\nDate;Primary\n" + "".join(f"{d:%Y-%m-%d}T00:00:00;{d.day * 2}\n" for d in days)
    (folder / "Viewers.csv").write_text(body, encoding="utf-8")
    [result] = load.import_files("reach", [str(folder)], db_path)
    assert result.status == "ok", result.reason_en
    assert reach_figures(db_path) == {("instagram", "reach", "2026-09"): 930.0}  # 2 * (1 + ... + 30)
    # August: only its 31st is in the file, so it is not a month the file covers
    assert "instagram reach 2026-08: the file covers only days 31–31 (1 of 31)" in result.message


def test_youtube_totals_month_first_stay_in_the_months_they_cover_and_subscribers_are_not_followers(
    tmp_path, db_path
):
    """A US-locale Totals.csv: 1/13/2022. Read day first, 39 days would spread over twelve months."""
    days = [date(2022, 1, 1) + timedelta(n) for n in range(39)]  # 1 Jan .. 8 Feb 2022
    rows = [f"{d.month}/{d.day}/{d.year},{n + 1},{1 if n % 2 else -1}" for n, d in enumerate(days)]
    folder = tmp_path / "yt"
    folder.mkdir()
    (folder / "Totals.csv").write_text("Date,Views,Subscribers\n" + "\n".join(rows) + "\n", encoding="utf-8")
    # The same download's per-video files: never summed into, nor overwriting, the channel's figures
    (folder / "Chart data.csv").write_text(
        "Date,Content,Video title,Video publish time,Duration,Views\n"
        + "".join(f'{d:%Y-%m-%d},v1,A video,"Jan 1, 2022",5,99999\n' for d in days),
        encoding="utf-8",
    )
    (folder / "Table data.csv").write_text(
        "Content,Video title,Video publish time,Duration,Views,Subscribers\nTotal,,,,88888,3\n"
        'v1,A video,"Jan 1, 2022",5,88888,3\n',
        encoding="utf-8",
    )
    results = by_file(load.import_files("reach", [str(folder)], db_path))
    assert {n: r.status for n, r in results.items()} == {
        "Chart data.csv": "skipped",
        "Table data.csv": "skipped",
        "Totals.csv": "ok",
    }
    # January whole (1 + ... + 31); February 1-8 is not a month the file covers: said, not loaded
    assert reach_figures(db_path) == {("youtube", "views", "2022-01"): float(sum(range(1, 32)))}
    notes = [n.en for n in results["Totals.csv"].notes]
    assert "youtube views 2022-02: the file covers only days 1–8 (8 of 28): this month is not loaded; " in (
        " ".join(notes) + " "
    ).replace("export the whole month", "")
    assert any("net daily change" in n for n in notes)
    assert "per-video figures" in results["Chart data.csv"].reason_en


def test_day_first_totals_are_read_day_first(tmp_path, db_path):
    days = [date(2025, 6, 13) + timedelta(n) for n in range(49)]  # 13 Jun .. 31 Jul
    rows = [f"{d:%d-%m-%Y},{d.day}" for d in days]
    (tmp_path / "Totals.csv").write_text("Date,Views\n" + "\n".join(rows) + "\n", encoding="utf-8")
    load.import_files("reach", [str(tmp_path / "Totals.csv")], db_path)
    assert reach_figures(db_path) == {
        ("youtube", "views", "2025-07"): float(sum(range(1, 32)))
    }  # June starts the 13th


def test_a_file_whose_date_order_cannot_be_told_is_refused(tmp_path, db_path):
    rows = [f"{d}/2/2026,10" for d in range(1, 8)]  # 1 Feb .. 7 Feb, or 2 Jan .. 2 Jul?
    (tmp_path / "Totals.csv").write_text("Date,Views\n" + "\n".join(rows) + "\n", encoding="utf-8")
    [result] = load.import_files("reach", [str(tmp_path / "Totals.csv")], db_path)
    assert result.status == "refused"
    assert "cannot tell whether 1/2 is day 1 of month 2" in result.reason_en
    assert "บอกไม่ได้" in result.reason_th and not db_path.exists()


def test_tiktok_overview_with_nan_and_a_follower_total(tmp_path, db_path):
    header = (
        "Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,New followers,Total followers"
    )
    rows = ["2026/08/31,700,NAN,25,26,4,7,10,990"]  # the export starts on the 31st: August is not covered
    for d in range(1, 31):
        reach = "--" if d == 2 else str(450 + d)  # one day without a figure
        likes = "NAN" if d == 3 else "20"
        rows.append(f"2026/09/{d:02d},{1000 + d},{reach},5,{likes},2,1,1,{1000 + d}")
    (tmp_path / "TIKTOK_RAW.csv").write_bytes("\ufeff".encode() + "\n".join([header, *rows]).encode() + b"\n")
    [result] = load.import_files("reach", [str(tmp_path / "TIKTOK_RAW.csv")], db_path)
    assert result.status == "ok" and result.recognised_as == "TikTok Studio overview (daily)"
    assert reach_figures(db_path) == {
        ("tiktok", "views", "2026-09"): 30 * 1000 + 465.0,
        ("tiktok", "reach", "2026-09"): 29 * 450 + 465 - 2.0,  # "--" (day 2) is no figure, not 0
        ("tiktok", "profile_visits", "2026-09"): 150.0,
        ("tiktok", "engagement", "2026-09"): 29
        * 23.0,  # likes + shares + comments; day 3's NAN part: left out
        ("tiktok", "new_followers", "2026-09"): 30.0,
        ("tiktok", "followers", "2026-08"): 990.0,  # a stock: the 31st is August's month-end value
        ("tiktok", "followers", "2026-09"): 1030.0,
    }
    assert "tiktok views 2026-08: the file covers only days 31–31" in result.message


def test_wide_semicolon_sheet_with_dashes(tmp_path, db_path):
    text = "Month;Facebook reach;LINE OA followers\n2026-08;1200;--\n2026-09;1300;5000\n"
    (tmp_path / "pr.csv").write_text(text, encoding="utf-8")
    [result] = load.import_files("reach", [str(tmp_path / "pr.csv")], db_path)
    assert result.status == "ok"
    assert reach_figures(db_path) == {
        ("facebook", "reach", "2026-08"): 1200.0,
        ("facebook", "reach", "2026-09"): 1300.0,
        ("line", "followers", "2026-09"): 5000.0,
    }


def test_the_data_page_lists_the_last_import_file_by_file(open_app, meta_folder, db_path, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    proc = etl_cli("import", "reach", str(meta_folder), "--db", str(db_path), timeout=120)
    assert proc.returncode == 1
    at = open_app("views/data_admin.py")
    table = next(d.value for d in at.dataframe if "ไฟล์" in d.value.columns)
    rows = {r["ไฟล์"]: r for r in table.to_dict("records")}
    assert rows["Views.csv"]["ผล"] == "✗ ไม่รับ" and "--platform" in rows["Views.csv"]["เหตุผล / หมายเหตุ"]
    assert rows["Views.csv"]["รู้จักเป็น"] == "ไฟล์ส่งออกรายวันของ Meta Business Suite"
    assert rows["Audience.csv"]["ผล"] == "– ข้ามไป"
    assert rows["Reach.csv"]["ผล"] == "✓ นำเข้าแล้ว" and rows["Reach.csv"]["ใหม่"] == 1
    assert rows["Reach.csv"]["นำเข้าแล้ว"] == "2026-09 · facebook · reach"
    assert "ผลรวมของยอดรายวัน" in rows["Reach.csv"]["เหตุผล / หมายเหตุ"]


def test_outcome_rows_in_english(meta_folder, db_path):
    from dashboard.imports import outcome_rows

    results = load.import_files(
        "reach", [str(meta_folder / "Reach.csv"), str(meta_folder / "Views.csv")], db_path
    )
    reach, views = outcome_rows(results, "en")
    assert (reach["File"], reach["Outcome"], reach["Loaded"], reach["New"]) == (
        "Reach.csv",
        "✓ loaded",
        "2026-09 · facebook · reach",
        1,
    )
    assert views["Outcome"] == "✗ refused" and "--platform facebook" in views["Why / notes"]


def test_the_reach_page_says_which_reach_is_a_daily_sum_and_shows_the_new_metrics(
    open_app, tmp_path, db_path, monkeypatch
):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    header = "Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,New followers"
    rows = [f"2026/09/{d:02d},100,90,5,3,1,1,2" for d in range(1, 31)]
    (tmp_path / "TIKTOK_RAW.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    [result] = load.import_files("reach", [str(tmp_path / "TIKTOK_RAW.csv")], db_path)
    assert result.status == "ok"
    at = open_app("views/reach.py", query={"start": "2026-09-01", "end": "2026-09-30"}, lang="en")
    assert not at.exception, [e.value for e in at.exception]
    captions = [c.value for c in at.caption]
    assert any(c.startswith("This month, the reach of TikTok is a sum of daily reach") for c in captions)
    table = at.dataframe[0].value
    got = dict(zip(table["Metric"], table["This month"], strict=True))
    assert got["Reach"] == "2,700" and got["New followers"] == "60" and got["Page / profile visits"] == "150"


def test_two_files_of_one_import_giving_the_same_figure_differently_are_named(tmp_path, db_path):
    """Meta's "Facebook reach" and "Viewers" are both reach: the later file's figure is kept, and said."""
    folder = tmp_path / "facebook"
    meta(folder / "A Reach.csv", "Facebook reach", september(lambda d: 10))
    meta(folder / "B Viewers.csv", "Viewers", september(lambda d: 11))
    first, second = load.import_files("reach", [str(folder)], db_path)
    assert first.status == second.status == "ok"
    assert reach_figures(db_path) == {("facebook", "reach", "2026-09"): 330.0}
    [note] = [n for n in second.notes if "replaces" in n.en]
    assert note.en == "facebook reach 2026-09: replaces 300 from A Reach.csv in this same import with 330"
    assert not [n for n in first.notes if "replaces" in n.en]


def test_a_semicolon_file_has_a_decimal_comma_and_an_ambiguous_grouping_waits(tmp_path, db_path):
    days = "".join(f"2026-09-{d:02d};100;100\n" for d in range(3, 31))
    text = "Date;Facebook views;Facebook reach\n2026-09-01;2500,0;1.234\n2026-09-02;10,5;800\n" + days
    (tmp_path / "fb.csv").write_text(text, encoding="utf-8")
    [result] = load.import_files("reach", [str(tmp_path / "fb.csv")], db_path)
    assert (result.status, result.rows_quarantined) == ("ok", 1)
    got = reach_figures(db_path)
    assert got[("facebook", "views", "2026-09")] == 2510.5 + 2800  # "2500,0" + "10,5": commas are decimals
    assert (
        got[("facebook", "reach", "2026-09")] == 800.0 + 2800
    )  # "1.234" (1.234 or 1234?) waits in quarantine
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        [(reason,)] = con.execute("SELECT reason_en FROM quarantine").fetchall()
    finally:
        con.close()
    assert "could be a decimal or thousands" in reason


@pytest.mark.parametrize(
    ("dates", "order"),
    [
        (["13-06-2025", "14-06-2025"], "dmy"),
        (["1/13/2022", "1/14/2022"], "mdy"),
        (["1/9/2569", "1/10/2569"], "dmy"),  # Buddhist-era years: a Thai locale, day first
        (["5/5/2026", "6/6/2026"], "dmy"),  # the same dates either way
        (["2026-09-01", "2026/09/02"], "dmy"),  # year first: no order to tell
        (["1/1/2022", "1/2/2022", "1/12/2022"], None),  # 12 days of January, or 12 months? refused
        (["13/1/2022", "1/13/2022"], None),  # both orders in one file: refused
    ],
)
def test_date_order_is_told_per_file_from_the_values(dates, order):
    from etl.problems import InputProblem
    from etl.reach_rows import date_order

    if order is None:
        with pytest.raises(InputProblem):
            date_order(dates)
    else:
        assert date_order(dates) == order


def test_a_dry_run_gives_the_same_outcomes_and_publishes_nothing(meta_folder, db_path):
    """What an upload preview shows before anything is published (the data page's import, issue 18)."""
    load.import_files("reach", [str(meta_folder / "Visits.csv")], db_path)
    before = (db_path.read_bytes(), db_path.stat().st_mtime_ns)
    preview = load.import_files("reach", [str(meta_folder)], db_path, platform="facebook", dry_run=True)
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns) == before
    real = load.import_files("reach", [str(meta_folder)], db_path, platform="facebook")

    def key(results):
        return [
            (Path(r.file).name, r.status, r.rows_read, r.rows_new, r.rows_duplicate, r.months)
            for r in results
        ]

    assert key(preview) == key(real)
    assert by_file(preview)["Visits.csv"].rows_duplicate == 1  # already held: the preview knows it
    assert by_file(preview)["Views.csv"].rows_new == 1


def test_cli_dry_run_says_what_would_load_and_writes_nothing(meta_folder, db_path):
    proc = etl_cli("import", "reach", str(meta_folder / "Reach.csv"), "--dry-run", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    assert "read 30, new 1, duplicate 0, quarantined 0" in proc.stdout and "nothing published" in proc.stdout
    assert not db_path.exists() and not outcome.log_path(db_path).exists()
