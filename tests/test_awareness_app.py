"""AppTest: the app shell and the awareness page, on a real DuckDB file, with behaviour."""

from __future__ import annotations

import json

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.support.apptest import plotly_array, rerun
from tests.support.oracle import ask, etl_cli

PAGE = "views/awareness.py"


def _expected(db, **params):
    return ask(db, "awareness_by_channel", **params)


CHANNEL_LABELS = ("ข้อมูลข่าวสารและผลงาน", "ช่องทางติดต่อ-สอบถาม-ข้อเสนอแนะ", "ช่องทางร้องเรียนการทุจริต")


def _metric_values(at: AppTest) -> list[str]:
    """The three rates at the top (the comparisons and the one-unit cards below are other metrics)."""
    return [m.value for m in at.metric if m.label in CHANNEL_LABELS][:3]


def test_default_view_shows_latest_fiscal_year_rates(open_app, served_demo):
    at = open_app(PAGE)
    assert at.title[0].value == "การรับรู้-รับทราบ ตามช่องทาง"
    expected = _expected(served_demo, start="2025-10-01", end="2026-09-30")
    assert _metric_values(at) == [f"{r:.1%}" for r in expected["rate"]]
    assert len(at.get("plotly_chart")) == 6
    assert any("ข้อมูลตัวอย่าง" in w.value for w in at.warning), "demo data must be labelled"


def test_changing_fiscal_year_changes_the_numbers(open_app, served_demo):
    at = open_app(PAGE)
    before = _metric_values(at)
    at.selectbox(key="f_fy").set_value(2568)
    rerun(at)
    after = _metric_values(at)
    expected = _expected(served_demo, start="2024-10-01", end="2025-09-30")
    assert after == [f"{r:.1%}" for r in expected["rate"]]
    assert after != before


def test_unit_and_visitor_filters_match_the_query(open_app, served_demo):
    at = open_app(PAGE)
    at.multiselect(key="f_units").set_value(["ACC", "P12"])
    rerun(at)
    at.selectbox(key="f_visitor").set_value("meeting")
    rerun(at)
    expected = _expected(
        served_demo, start="2025-10-01", end="2026-09-30", units=["ACC", "P12"], visitor_type="meeting"
    )
    assert _metric_values(at) == [f"{r:.1%}" for r in expected["rate"]]
    assert at.query_params["unit"] in (["ACC,P12"], "ACC,P12")


def test_group_buttons_pick_every_central_or_provincial_unit(open_app, served_demo):
    at = open_app(PAGE)
    at.button(key="f_units_central").click()
    rerun(at)
    central = at.multiselect(key="f_units").value
    assert len(central) == 13 and "ADM" in central and "P12" not in central
    expected = _expected(served_demo, start="2025-10-01", end="2026-09-30", units=central)
    assert _metric_values(at) == [f"{r:.1%}" for r in expected["rate"]]
    at.button(key="f_units_provincial").click()
    rerun(at)
    provincial = at.multiselect(key="f_units").value
    assert len(provincial) == 76 and all(c.startswith("P") for c in provincial)
    # The group buttons are the bulk choice: Streamlit's own English "Select all" is not offered.
    assert at.multiselect(key="f_units").proto.select_all == 0


def test_a_filter_that_matches_nothing_shows_a_message_not_a_chart(open_app, served_demo):
    at = open_app(PAGE)
    at.radio(key="f_mode").set_value("range")
    rerun(at)
    at.text_input(key="f_from").set_value("1/1/2554")  # BE, as typed
    at.text_input(key="f_to").set_value("๑ ก.พ. ๒๕๕๔")
    rerun(at)
    assert not at.exception
    assert any("ไม่มีคำตอบในช่วงที่เลือก" in i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 0


def test_shared_link_reproduces_the_view(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2567", "round": "6", "unit": "ADM,ICT"})
    expected = _expected(served_demo, start="2023-10-01", end="2024-03-31", units=["ADM", "ICT"])
    assert _metric_values(at) == [f"{r:.1%}" for r in expected["rate"]]
    assert at.multiselect(key="f_units").value == ["ADM", "ICT"]


@pytest.mark.parametrize(
    "query",
    [
        {"unit": "<script>alert(1)</script>"},
        {"unit": "ADM,<script>," + "X" * 5000},
        {"fy": "99999999999"},
        {"start": "2026-09-30", "end": "2025-10-01"},
        {"start": "0001-01-01", "end": "9999-12-31"},
        {"visitor": "' OR 1=1 --"},
    ],
)
def test_crafted_links_fall_back_to_sensible_defaults(open_app, served_demo, query):
    at = open_app(PAGE, query=query)
    assert len(_metric_values(at)) == 3


def test_reversed_dates_are_swapped_and_said(open_app, served_demo):
    at = open_app(PAGE, query={"start": "2026-09-30", "end": "2025-10-01"})
    expected = _expected(served_demo, start="2025-10-01", end="2026-09-30")
    assert _metric_values(at) == [f"{r:.1%}" for r in expected["rate"]]
    assert any("สลับ" in w.value for w in at.sidebar.warning)


def test_english_toggle(open_app, served_demo):
    at = open_app(PAGE, query={"lang": "en"})
    assert at.title[0].value == "Awareness by channel"
    assert at.query_params["lang"] in ("en", ["en"])


def test_first_run_without_data_welcomes_and_builds_the_demo(open_app, db_path):
    assert not db_path.exists()
    at = open_app()
    assert any("ยังไม่มีข้อมูลในระบบ" in m.value for m in at.markdown)
    assert any("sources.example.toml" in m.value for m in at.markdown)
    at.button[0].click().run()
    assert db_path.exists()
    assert len(at.metric) >= 3 and any("ข้อมูลตัวอย่าง" in w.value for w in at.warning)


def test_months_without_answers_are_gaps_not_zeros(open_app, served_demo):
    # The demo data ends in September 2026: October and November must be gaps in the trend.
    at = open_app(PAGE, query={"start": "2026-08-01", "end": "2026-11-30"})
    spec = json.loads(at.get("plotly_chart")[1].proto.spec)
    lines = [trace for trace in spec["data"] if trace.get("mode") == "lines+markers"]
    assert len(lines) == 3
    for trace in lines:
        assert trace["x"] == ["ส.ค. 69", "ก.ย. 69", "ต.ค. 69", "พ.ย. 69"]
        y = plotly_array(trace["y"])
        assert 0 < y[0] < 1 and 0 < y[1] < 1
        assert all(v is None or v != v for v in y[2:]), f"expected gaps, got {y[2:]}"


def test_a_database_from_an_older_version_says_how_to_upgrade(open_app, demo_db, tmp_path, monkeypatch):
    import shutil

    old = tmp_path / "old.duckdb"
    shutil.copyfile(demo_db, old)
    con = duckdb.connect(str(old))
    con.execute("DROP MACRO TABLE survey_responses")  # as a database built before the macro existed
    con.execute("DROP MACRO awareness_rated")  # and before the staging macros (issue #21)
    con.close()
    at = open_app(PAGE, db=old)
    assert any("python -m etl upgrade" in e.value for e in at.error)
    done = etl_cli("upgrade", "--db", str(old))
    assert done.returncode == 0, done.stderr
    at = open_app(PAGE, db=old)
    assert not at.error and len(at.metric) >= 3


def test_the_range_is_typed_in_be_a_bad_date_says_what_to_type_and_a_reversed_range_is_swapped(
    open_app, served_demo
):
    at = open_app(PAGE)
    at.radio(key="f_mode").set_value("range")
    rerun(at)
    at.text_input(key="f_from").set_value("1/10/2568")
    at.text_input(key="f_to").set_value("31/12/2568")
    rerun(at)
    assert at.query_params["start"] == "2025-10-01" and at.query_params["end"] == "2025-12-31"
    at.text_input(key="f_to").set_value("31/13/2568")
    rerun(at)
    assert any("ไม่มีวันที่ 31 เดือน 13 2568" in e.value for e in at.error)
    assert at.query_params["end"] == "2025-12-31"  # the last good range stays
    at.text_input(key="f_to").set_value("1/1/2568")
    rerun(at)
    assert at.query_params["start"] == "2025-01-01" and at.query_params["end"] == "2025-10-01"


def test_units_without_answers_are_listed_by_name_and_not_offered_in_the_drill_down(open_app, served_demo):
    at = open_app(PAGE, query={"fy": "2569", "round": "6", "visitor": "other"})
    rows = ask(
        served_demo, "awareness_by_unit", start="2025-10-01", end="2026-03-31", min_n=30, visitor_type="other"
    )
    rows = rows[rows["channel"] == "complaint"]  # the page's default item
    silent = rows[rows["total"] == 0]
    assert len(silent) >= 2, "the demo has units no 'other' visitor answered in round 6"
    listed = [x.value for x in at.text if x.value.count(", ") == len(silent) - 1]
    assert len(listed) == 1
    for unit in silent.itertuples():  # each by its abbreviation (provincial) or its name
        assert (unit.abbr if unit.kind == "provincial" else unit.name_th)[:20] in listed[0], unit.unit_code
    drill = at.selectbox(key="aw_drill")
    assert len(drill.options) == (rows["total"] > 0).sum()
    assert not set(listed[0].split(", ")) & set(drill.options)  # both show each unit the same way
