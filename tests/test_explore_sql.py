"""The explorer's datasets on the real demo DuckDB: allow-listed columns, bound values, stable pages,
URL round trips, and the command line giving the same rows in the same safe formats."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from datetime import date

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from queries import explore
from tests.conftest import ROOT

FY2569 = {"start": date(2025, 10, 1), "end": date(2026, 9, 30), "units": None, "visitor_type": None}
PERSONAL = {"respondent_key", "response_id", "name", "phone", "email", "e_mail", "position"}


@pytest.fixture(scope="module")
def con(demo_db):
    c = duckdb.connect(str(demo_db), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("key", list(explore.DATASETS))
def test_every_dataset_runs_and_carries_no_personal_or_pseudonymous_column(con, key):
    view = explore.View(key)
    rows = explore.rows(con, view, FY2569)
    assert len(rows) == explore.count(con, view, FY2569) > 0
    assert list(rows.columns) == list(explore.DATASETS[key].columns)
    assert not PERSONAL & set(rows.columns)


def test_the_shared_filter_applies(con):
    adm = dict(FY2569, units=["ADM"], visitor_type="meeting")
    rows = explore.rows(con, explore.View("responses"), adm)
    assert set(rows["unit_code"]) == {"ADM"} and rows["visitor_meeting"].all()
    assert rows["submitted_date"].between(pd.Timestamp("2025-10-01"), pd.Timestamp("2026-09-30")).all()
    status = explore.rows(con, explore.View("compliance"), dict(FY2569, units=["ADM", "ACC"]))
    assert set(status["unit_code"]) == {"ADM", "ACC"} and set(status["fiscal_year"]) == {2569}


def test_pages_are_disjoint_and_together_are_the_whole_sorted_result(con):
    view = explore.View("responses", (explore.Cond("unit_code", "eq", "ADM"),), "aware_news", True)
    whole = explore.rows(con, view, FY2569)
    pages = [explore.rows(con, view, FY2569, limit=100, offset=o) for o in range(0, len(whole), 100)]
    assert all(len(p) <= 100 for p in pages) and len(pages) > 5
    pd.testing.assert_frame_equal(pd.concat(pages, ignore_index=True), whole)
    sql, params = explore.build(view, FY2569, limit=100, offset=200)
    assert sql.endswith("LIMIT $_limit OFFSET $_offset") and (params["_limit"], params["_offset"]) == (
        100,
        200,
    )


@pytest.mark.parametrize(
    "cond, check",
    [
        ("unit_code.eq.ADM", lambda f: f["unit_code"] == "ADM"),
        ("respondent_agency.has.กรม", lambda f: f["respondent_agency"].fillna("").str.contains("กรม")),
        ("submitted_date.ge.2026-03-01", lambda f: f["submitted_date"] >= pd.Timestamp("2026-03-01")),
        (
            "submitted_at.le.2025-12-31",
            lambda f: f["submitted_at"].dt.normalize() <= pd.Timestamp("2025-12-31"),
        ),
        ("aware_complaint.eq.false", lambda f: f["aware_complaint"].eq(False)),
        ("aware_complaint.eq.ไม่", lambda f: f["aware_complaint"].eq(False)),
        ("submitted_date.eq.2026-03-02", lambda f: f["submitted_date"] == pd.Timestamp("2026-03-02")),
    ],
)
def test_conditions_match_pandas(con, cond, check):
    ds = explore.DATASETS["responses"]
    whole = explore.rows(con, explore.View("responses"), FY2569)
    want = whole[check(whole).fillna(False).astype(bool)].reset_index(drop=True)
    got = explore.rows(con, explore.View("responses", (explore.parse_cond(ds, cond),)), FY2569)
    assert 0 < len(got) < len(whole)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)  # bool vs nullable boolean


@pytest.mark.parametrize(
    "text",
    [
        'unit_code"; DROP TABLE responses; --.eq.x',
        "respondent_key.eq.x",  # pseudonymous hash: not on the allow-list
        "unit_code.ge.ADM",  # no such operator for text
        "fiscal_year.eq.two",
        "submitted_date.ge.31/2/2569",
        "aware_news.eq.maybe",
        "unit_code.eq",
    ],
)
def test_bad_conditions_are_refused(text):
    with pytest.raises(explore.ExploreError):
        explore.parse_cond(explore.DATASETS["responses"], text)


def test_values_are_bound_never_spliced(con):
    evil = "ADM' OR 1=1 --"
    view = explore.View("responses", (explore.Cond("unit_code", "eq", evil),))
    sql, params = explore.build(view, FY2569)
    assert evil not in sql and params["w0"] == evil
    assert explore.count(con, view, FY2569) == 0


def test_a_view_round_trips_through_the_url():
    ds = explore.DATASETS["responses"]
    view = explore.View(
        "responses",
        (explore.parse_cond(ds, "other_text.has.a~b 100%"), explore.parse_cond(ds, "aware_news.eq.true")),
        "unit_code",
        True,
        ("submitted_at", "unit_code", "other_text"),
    )
    query = explore.view_query(view)
    assert query["where"] == "other_text.has.a%7Eb 100%25~aware_news.eq.true"
    assert explore.parse_view(query) == view


def test_a_crafted_url_falls_back_to_defaults():
    view = explore.parse_view(
        {
            "ds": "users",
            "where": "x.eq.1~unit_code.zz.1~" + "a" * 9000,
            "sort": "respondent_key:desc",
            "cols": "a,b",
        }
    )
    assert view == explore.View("responses")


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "queries", "run", *args], cwd=ROOT, capture_output=True, timeout=120
    )


def test_cli_gives_the_same_rows_as_the_explorer(con, demo_db):
    ds = explore.DATASETS["compliance"]
    view = explore.View("compliance", (explore.parse_cond(ds, "status.eq.late"),), "days_late", True,
                        ("unit_code", "form", "period", "days_late"))  # fmt: skip
    want = explore.rows(con, view, dict(FY2569, units=["ADM"]))
    proc = _cli("explore_compliance", "--db", str(demo_db), "-p", "end=2026-09-30", "-p", "units=ADM",
                "--where", "status.eq.late", "--sort", "days_late:desc",
                "--columns", "unit_code,form,period,days_late", "--format", "csv")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    got = pd.read_csv(io.BytesIO(proc.stdout), dtype={"period": str})
    assert len(want) > 0 and not proc.stdout.startswith(b"\xef\xbb\xbf")
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_cli_writes_the_same_safe_xlsx(demo_db, tmp_path):
    out = tmp_path / "responses.xlsx"
    proc = _cli("explore_responses", "--db", str(demo_db), "-p", "start=2025-10-01", "-p", "end=2025-10-31",
                "-p", "units=ADM,ACC", "--format", "xlsx", "-o", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as z:
        assert not any(
            re.search(rb"<f[ >]", z.read(n)) for n in z.namelist() if n.startswith("xl/worksheets/")
        )
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "เวลาที่ส่ง" and sheet.freeze_panes == "A2" and sheet["A2"].is_date
    assert sheet.max_row > 10


def test_cli_says_what_is_wrong(demo_db):
    proc = _cli("explore_reach", "--db", str(demo_db), "-p", "start=2025-10-01", "-p", "end=2026-09-30",
                "-p", "units=ADM")  # fmt: skip
    assert proc.returncode == 2 and b"unknown parameter(s) ['units']" in proc.stderr
    proc = _cli("explore_responses", "--db", str(demo_db), "-p", "start=2025-10-01", "-p", "end=2026-09-30",
                "--where", "respondent_key.eq.x")  # fmt: skip
    assert proc.returncode == 2 and b"no column 'respondent_key'" in proc.stderr
    assert _cli("explore_responses", "--db", str(demo_db), "--format", "xlsx").returncode == 2


def test_a_date_condition_reads_be_dates_as_typed():
    from queries.explore import condition, dataset

    ds = dataset("responses")
    for typed in ("2025-12-31", "31/12/2568", "31 ธ.ค. 2568", "๓๑/๑๒/๒๕๖๘"):
        assert str(condition(ds, "submitted_date", "ge", typed).value) == "2025-12-31", typed
