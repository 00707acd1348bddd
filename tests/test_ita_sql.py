"""ITA scores: grade boundaries, partial years, the admin form's validation, the indicator 7 page."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pandas as pd
import pytest

from core import ita
from etl import manual, publish, reference
from etl.problems import InputProblem
from runtime import audit
from tests.support.oracle import ask


@pytest.fixture
def scored_db(db_path, monkeypatch):
    """Overall scores on the grade boundaries; FY2568 has only three indicators."""
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    rows = [
        (2565, 0, 84.99),
        (2566, 0, 85.00),
        (2567, 0, 94.99),
        (2568, 0, 95.00),
        (2565, 7, 80.29),
        (2566, 7, 82.0),
        (2568, 7, 86.5),
        (2568, 9, 100.0),
    ]
    with publish.staged(db_path) as con:
        reference.seed_units(con)
        con.executemany("INSERT INTO ita_scores VALUES (?, ?, ?, false, 'test', 1)", rows)
        con.execute(
            "INSERT INTO annotations VALUES (DATE '2025-06-15', 'เปิดใช้ LINE OA', 'LINE OA opened', 't', now())"
        )
    return db_path


def test_grade_boundaries(scored_db):
    trend = ask(scored_db, "ita_trend", indicator=0)
    assert trend["grade"].tolist() == ["B", "A", "A", "AA"]
    assert trend["change"].round(2).tolist()[1:] == [0.01, 9.99, 0.01]


def test_a_year_with_only_some_indicators_lists_all_eleven(scored_db):
    year = ask(scored_db, "ita_year", fiscal_year=2568)
    assert year["indicator"].tolist() == list(range(11))
    assert year["score"].notna().sum() == 3
    assert year.set_index("indicator").loc[7, "tool"] == "EIT"
    assert year.set_index("indicator").loc[7, "name_th"] == "ประสิทธิภาพการสื่อสาร"


def test_indicator7_trend_skips_missing_years(scored_db):
    trend = ask(scored_db, "ita_trend", indicator=7)
    assert trend["fiscal_year"].tolist() == [2565, 2566, 2568]


@pytest.mark.parametrize(
    "year, scores, fragment",
    [
        (2569, {7: 100.01}, "between 0 and 100"),
        (2569, {7: -1}, "between 0 and 100"),
        (2569, {11: 50}, "0-10"),
        (1999, {7: 80}, "BE year"),
        (2569, {7: None}, "no score"),
    ],
)
def test_score_validation(year, scores, fragment):
    with pytest.raises(InputProblem, match=fragment):
        manual.check_scores(year, scores)


def test_saving_a_year_replaces_it(scored_db):
    assert manual.existing_year(2568, scored_db) == 3
    assert manual.save_scores(2568, {0: 93.1, 7: 88.0}, "admin@x", scored_db) == 2
    year = ask(scored_db, "ita_year", fiscal_year=2568).set_index("indicator")
    assert year.loc[7, "score"] == 88.0 and year["score"].notna().sum() == 2


def test_indicator7_page_shows_the_queried_scores_and_marks_notes(open_app, scored_db):
    at = open_app("views/indicator7.py")
    values = [m.value for m in at.metric]
    assert values[0] == "86.50" and values[1] == "95.00"
    assert "+6.21" in at.metric[0].proto.delta
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert len(charts) == 4  # no survey data: the signal shows the empty-state message instead
    assert any("ไม่มีคำตอบ" in i.value for i in at.info)
    at.selectbox(key="ita_year").set_value(2565).run()
    bars = json.loads(at.get("plotly_chart")[2].proto.spec)["data"][0]
    assert "80.29" in bars["text"]


def test_admin_form_refuses_bad_scores_and_asks_before_replacing(open_app, scored_db):
    at = open_app("views/ita_admin.py")
    at.number_input(key="ita_7").set_value(150.0)
    at.number_input[0].set_value(2568)
    at.button[0].click().run()
    assert any("0 ถึง 100" in e.value for e in at.error)
    at.number_input(key="ita_7").set_value(88.25)
    at.button[0].click().run()
    assert any("มีคะแนนอยู่แล้ว 3" in w.value for w in at.warning)
    at.checkbox[0].check()
    at.button[0].click().run()
    assert any("บันทึกคะแนน 1 รายการ" in s.value for s in at.success)
    assert ask(scored_db, "ita_year", fiscal_year=2568)["score"].notna().sum() == 1
    entry = next(e for e in audit.recent() if e["action"] == "ita_scores")
    assert json.loads(entry["detail"])["replaced"] == 3


def test_the_indicator_names_are_the_default_wording_of_all_eleven(scored_db):
    names = ask(scored_db, "ita_indicator_names")
    assert names["indicator"].tolist() == list(range(11))
    assert names.set_index("indicator").loc[7, "name_th"] == "ประสิทธิภาพการสื่อสาร"
    assert list(names.columns) == ["indicator", "tool", "name_th", "name_en", "weight"]


def test_every_note_is_listed_whatever_its_day(scored_db):
    with publish.staged(scored_db) as con:
        con.execute("INSERT INTO annotations VALUES (DATE '1999-01-01', 'เก่า', NULL, 't', now())")
    notes = ask(scored_db, "annotations_all")
    assert [d.date() for d in notes["day"]] == [date(1999, 1, 1), date(2025, 6, 15)]


def test_a_milestone_day_is_typed_in_be(open_app, scored_db):
    at = open_app("views/ita_admin.py")
    at.text_input(key="note_day").set_value("๑๕ ม.ค. ๒๕๖๙")
    inputs = [w for w in at.text_input if w.key != "note_day"]
    inputs[0].set_value("เปิดช่องทางร้องเรียนใหม่")
    next(b for b in at.button if "เพิ่ม" in b.label).click().run()
    assert not at.exception
    assert any(s for s in at.success), [e.value for e in at.error]
    con = duckdb.connect(str(scored_db), read_only=True)
    try:
        days = [r[0] for r in con.execute("SELECT day FROM annotations").fetchall()]
    finally:
        con.close()
    assert date(2026, 1, 15) in days


def test_kpis_against_the_baseline_the_grade_and_the_target():
    ind7 = pd.DataFrame({"fiscal_year": [2568, 2569], "score": [78.0, 84.5]})
    overall = pd.DataFrame({"fiscal_year": [2569], "score": [88.25], "grade": ["A"]})
    first, second, third = ita.kpis(ind7, overall, 80.29, 90, "en")
    assert first == {
        "label": "Latest indicator 7 (FY2569)",
        "value": "84.50",
        "delta": "+4.21 vs FY2565 baseline",
    }
    assert second == {
        "label": "Latest overall score (FY2569)",
        "value": "88.25",
        "delta": "grade A",
        "delta_color": "off",
    }
    assert third == {"label": "Gap to target", "value": "5.50"}  # 90 - 84.5
    assert ita.kpis(ind7, overall, 80.29, 84, "en")[2]["value"] == "Target reached"
    none = ita.kpis(ind7.iloc[0:0], overall.iloc[0:0], 80.29, None, "th")
    assert [k["value"] for k in none] == ["ยังไม่มีคะแนน", "ยังไม่มีคะแนน", "–"]
