"""Reach imports end to end: each format through etl.load into a real DuckDB file, re-imports, the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
from openpyxl import Workbook

from etl import load, publish
from etl.readers import Table
from tests.support.oracle import etl_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reach"


def fetch(db, sql, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def figures(db, source=None):
    return {
        (m.strftime("%Y-%m"), p, k): v
        for m, p, k, v in fetch(
            db,
            "SELECT month, platform, metric, value FROM reach WHERE ? IS NULL OR source = ?",
            [source, source],
        )
    }


def meta_export(path: Path, title: str, days: dict[int, int]) -> Path:
    """A Meta Business Suite page-metric export as it downloads: UTF-16 with BOM, CRLF, sep=,."""
    lines = ["sep=,", f'"{title}"', '"Date","Primary"']
    lines += [f'"2026-09-{d:02d}T00:00:00","{v}"' for d, v in sorted(days.items())]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def test_every_format_loads_into_monthly_rows(db_path):
    names = [
        "Facebook reach.csv",
        "Instagram followers.csv",
        "Totals.csv",
        "Table data 2026-08.csv",
        "x_analytics_2026-09.csv",
    ]
    results = load.import_files("reach", [str(FIXTURES / n) for n in names], db_path)
    assert [(r.status, r.rows_read, r.rows_new, r.rows_quarantined) for r in results] == [
        ("ok", 29, 1, 0),  # 29 days -> one month
        ("ok", 32, 2, 0),  # 2 August days + 30 September days -> two months
        ("ok", 30, 1, 0),
        ("skipped", 0, 0, 0),  # Table data: a per-video breakdown, never channel figures
        ("ok", 30, 2, 0),  # impressions and engagements; likes ignored
    ]
    assert figures(db_path) == {
        ("2026-09", "facebook", "reach"): 29450.0,
        ("2026-08", "instagram", "followers"): 60020.0,
        ("2026-09", "instagram", "followers"): 60320.0,
        ("2026-09", "youtube", "views"): 15465.0,
        ("2026-09", "x", "views"): 60465.0,  # 30 * 2000 + 465
        ("2026-09", "x", "engagement"): 1287.0,  # 30 * 40 + (1+...+6) * 4 + 1 + 2
    }
    [(message,)] = fetch(db_path, "SELECT message FROM load_batches WHERE source = 'Facebook reach.csv'")
    assert "Meta Business Suite" in message and "29 of 30 days (missing day 15)" in message


def test_reimporting_a_month_replaces_it_and_a_partial_month_never_overwrites_a_whole_one(db_path, tmp_path):
    full = {d: 100 for d in range(1, 31)}
    meta_export(tmp_path / "Facebook reach.csv", "Facebook reach", full)
    [first] = load.import_files("reach", [str(tmp_path / "Facebook reach.csv")], db_path)
    [again] = load.import_files("reach", [str(tmp_path / "Facebook reach.csv")], db_path)
    assert (first.rows_new, again.rows_new, again.rows_duplicate) == (1, 0, 1)
    # next download of the same export, renamed by the browser, with corrected figures: replaces
    meta_export(tmp_path / "Facebook reach (1).csv", "Facebook reach", {d: 110 for d in range(1, 31)})
    load.import_files("reach", [str(tmp_path / "Facebook reach (1).csv")], db_path)
    assert figures(db_path) == {("2026-09", "facebook", "reach"): 3300.0}
    # an export with days missing must not overwrite the whole month already held
    meta_export(tmp_path / "Facebook reach (2).csv", "Facebook reach", {1: 5, 2: 5})
    [partial] = load.import_files("reach", [str(tmp_path / "Facebook reach (2).csv")], db_path)
    assert figures(db_path) == {("2026-09", "facebook", "reach"): 3300.0}
    assert (
        partial.rows_new == 0
        and "covers only days 1–2 (2 of 30): this month is not loaded" in partial.message
    )
    assert fetch(db_path, "SELECT count(*) FROM reach")[0][0] == 1


def test_wide_sheet_from_a_google_sheet_goes_through_import_table(db_path):
    values = [
        ["เดือน", "Facebook reach", "YouTube การดู", "LINE OA ผู้ติดตาม"],
        ["ส.ค. 2569", "425900", "176400", "70900"],
        ["ก.ย. 2569", "438771", "", "71650"],
    ]
    with publish.staged(db_path) as con:
        result = load.import_table(con, "reach", Table.from_values("reach", values), "sheet:reach")
    assert (result.rows_read, result.rows_new) == (2, 5)
    assert figures(db_path, "sheet:reach") == {
        ("2026-08", "facebook", "reach"): 425900.0,
        ("2026-08", "youtube", "views"): 176400.0,
        ("2026-08", "line", "followers"): 70900.0,
        ("2026-09", "facebook", "reach"): 438771.0,
        ("2026-09", "line", "followers"): 71650.0,  # September YouTube is blank: missing, no row
    }
    values[2][2] = "185390"  # the PR group fills the gap and the sheet is pulled again
    with publish.staged(db_path) as con:
        again = load.import_table(con, "reach", Table.from_values("reach", values), "sheet:reach")
    assert (again.rows_new, again.rows_duplicate) == (1, 5)
    assert figures(db_path)[("2026-09", "youtube", "views")] == 185390.0


def test_wide_sheet_as_xlsx_with_date_cells(db_path, tmp_path):
    book = Workbook()
    book.active.append(["Month", "Facebook reach", "TikTok reach"])
    book.active.append([date(2026, 9, 1), 438771, None])
    book.save(tmp_path / "reach.xlsx")
    [result] = load.import_files("reach", [str(tmp_path / "reach.xlsx")], db_path)
    assert result.rows_new == 1 and figures(db_path) == {("2026-09", "facebook", "reach"): 438771.0}


def test_wide_sheet_bad_cells_wait_in_quarantine_and_the_rest_loads(db_path):
    [result] = load.import_files("reach", [str(FIXTURES / "pr_sheet_wide.csv")], db_path)
    assert (result.rows_read, result.rows_new, result.rows_quarantined) == (3, 15, 1)
    [(row, column, reason)] = fetch(db_path, "SELECT row_number, column_name, reason_en FROM quarantine")
    assert (row, column, reason) == (4, "X (Twitter) impressions", "'ไม่ทราบ' is not a number")


def test_cli_imports_a_utf16_meta_export(db_path):
    proc = etl_cli("import", "reach", str(FIXTURES / "Facebook reach.csv"), "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    assert "Facebook reach.csv: loaded — recognised as Meta Business Suite daily page metric" in proc.stdout
    assert "read 29, new 1, duplicate 0, quarantined 0" in proc.stdout
    assert "อ่าน 29 แถว ใหม่ 1" in proc.stdout and "months 2026-09 (1) facebook · reach" in proc.stdout
    assert "29 of 30 days (missing day 15)" in proc.stdout
