"""AppTest: the survey pages' widgets (comparisons, item, unit detail, target, visitor mix, search)."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from core import survey
from tests.support.apptest import plotly_array, rerun
from tests.support.oracle import ask

FY2569 = {"start": "2025-10-01", "end": "2026-09-30"}
ROUND6 = {"start": "2025-10-01", "end": "2026-03-31"}


AWARENESS = "views/awareness.py"


def spec(at: AppTest, name: str) -> dict:
    charts = [c for c in at.get("plotly_chart") if c.proto.id.endswith(f"-chart_{name}")]
    assert charts, f"no chart {name}"
    return json.loads(charts[0].proto.spec)


def url(at: AppTest, key: str):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


# ---------------------------------------------------------------------------------------------
# awareness page


def test_comparisons_show_the_queried_changes(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2569", "round": "6"})
    expected = ask(served_demo, "awareness_compare", **ROUND6)
    compared = [m for m in at.metric if "→" in m.value][:6]  # previous period, then year before, per item
    changes = [c for r in expected.itertuples() for c in (r.change_prev, r.change_yoy)]
    assert [m.delta for m in compared] == [survey.points(c) for c in changes]
    assert compared[0].label.startswith("เทียบช่วงก่อนหน้า · เม.ย.–ก.ย. 68")
    assert compared[1].label.startswith("เทียบปีก่อน · ต.ค. 67–มี.ค. 68")


def test_no_earlier_data_says_no_data_not_a_fake_change(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2567"})  # the demo data starts in FY2567: nothing a year before
    no_data = [m for m in at.metric if m.value == "ไม่มีข้อมูลให้เทียบ"]
    assert len(no_data) >= 3
    assert all(not m.delta for m in no_data)


def test_the_item_choice_ranks_units_and_stays_in_the_url(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2569", "round": "6"})
    assert at.segmented_control(key="aw_item").value == "complaint"
    at.segmented_control(key="aw_item").set_value("news")
    rerun(at)
    assert url(at, "item") == "news"
    ranked = ask(served_demo, "awareness_by_unit", **ROUND6, min_n=30)
    news = ranked[(ranked["channel"] == "news") & (ranked["total"] > 0)]
    labels = spec(at, "awareness_by_unit")["data"][0]["y"]
    assert len(labels) == len(news)
    assert labels[0].startswith("1. ") and f"(n={news.iloc[0].total:,})" in labels[0]
    # few responses: marked, unranked, after every ranked unit
    few = [i for i, label in enumerate(labels) if "ข้อมูลน้อย" in label]
    assert few and few == list(range(len(labels) - len(few), len(labels)))
    assert len(few) == int(news["few"].sum())
    assert not any(labels[i][0].isdigit() for i in few)


def test_one_unit_in_detail(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2569"})
    ranked = ask(served_demo, "awareness_by_unit", **FY2569, min_n=30)
    first = ranked[ranked["channel"] == "complaint"].iloc[0].unit_code
    assert at.selectbox(key="aw_drill").value == first  # starts at the least aware unit
    at.selectbox(key="aw_drill").set_value("ADM")
    rerun(at)
    assert url(at, "drill") == "ADM"
    expected = ask(served_demo, "awareness_compare", **FY2569, units=["ADM"])
    rates = [m.value for m in at.metric if m.label.startswith("ช่องทาง") or m.label.startswith("ข้อมูล")]
    assert rates[3:6] == [f"{r:.1%}" for r in expected["rate"]]  # after the three overall cards
    mix = ask(served_demo, "visitor_mix", **FY2569, units=["ADM"])
    bars = spec(at, "visitor_mix_ADM")["data"][0]
    assert sorted(plotly_array(bars["x"])) == sorted(int(v) for v in mix["responses"])


def test_a_shared_link_restores_item_and_unit(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2568", "unit": "ADM,ACC,P12", "item": "contact", "drill": "ACC"})
    assert at.segmented_control(key="aw_item").value == "contact"
    assert at.selectbox(key="aw_drill").value == "ACC"
    labels = spec(at, "awareness_by_unit")["data"][0]["y"]
    assert len(labels) == 3  # only the chosen units are ranked


@pytest.mark.parametrize("crafted", [{"item": "<b>x</b>", "drill": "ZZZ"}, {"drill": "P12' OR 1=1"}])
def test_crafted_page_values_fall_back(open_app, served_demo, crafted):
    at = open_app(AWARENESS, query={"fy": "2569", **crafted})
    assert at.segmented_control(key="aw_item").value == "complaint"
    assert at.selectbox(key="aw_drill").value in set(ask(served_demo, "units")["code"])


def test_the_target_comes_from_the_settings_file(open_app, served_demo, tmp_path, monkeypatch):
    settings = tmp_path / "survey.toml"
    settings.write_text("[targets]\ndefault = 70\n[units]\nmin_responses = 5000\n", encoding="utf-8")
    monkeypatch.setenv("ITA_SURVEY_CONFIG", str(settings))
    at = open_app(AWARENESS, query={"fy": "2569"})
    shapes = spec(at, "awareness_monthly")["layout"]["shapes"]
    assert [s["y0"] for s in shapes] == [0.7]
    labels = spec(at, "awareness_by_unit")["data"][0]["y"]
    assert all("ข้อมูลน้อย" in label for label in labels)  # nobody has 5000 answers


def test_a_broken_settings_file_is_said_and_defaults_apply(open_app, served_demo, tmp_path, monkeypatch):
    settings = tmp_path / "survey.toml"
    settings.write_text("[targets]\ndefault = 300\n", encoding="utf-8")
    monkeypatch.setenv("ITA_SURVEY_CONFIG", str(settings))
    at = open_app(AWARENESS, query={"fy": "2569"})
    assert any("ไฟล์ตั้งค่าแบบสำรวจ" in w.value for w in at.warning)
    assert [s["y0"] for s in spec(at, "awareness_monthly")["layout"]["shapes"]] == [0.85]


def test_rates_per_visitor_type_match_the_query(open_app, served_demo):
    at = open_app(AWARENESS, query={"fy": "2569", "visitor": "meeting"})
    expected = ask(served_demo, "awareness_by_visitor_type", **FY2569, visitor_type="meeting")
    traces = spec(at, "awareness_by_visitor_type")["data"]
    complaint = expected[expected["channel"] == "complaint"]
    assert plotly_array(traces[2]["x"]) == pytest.approx(list(complaint["rate"]))


# ---------------------------------------------------------------------------------------------
# visitor-mix page


def test_visitor_mix_page_matches_the_queries(open_app, served_demo):
    at = open_app("views/visitor_mix.py", query={"fy": "2569", "unit": "ADM,P12"})
    assert at.title[0].value == "ประเภทผู้มาติดต่อ"
    params = {**FY2569, "units": ["ADM", "P12"]}
    mix = ask(served_demo, "visitor_mix", **params)
    assert any(f"{int(mix['n'].iloc[0]):,} คน" in m.value for m in at.markdown)
    bars = spec(at, "visitor_mix")["data"][0]
    assert sorted(plotly_array(bars["x"]), reverse=True) == sorted(mix["responses"], reverse=True)
    heat = spec(at, "visitor_mix_by_unit")["data"][0]
    assert len(heat["y"]) == 2
    trend = spec(at, "visitor_mix_trend")["data"]
    assert len(trend) == 6 and len(trend[0]["x"]) == 12
    other = ask(served_demo, "other_answers", **params)
    assert list(at.dataframe[0].value["other_text"]) == list(other["other_text"])
    assert any("หลายประเภท" in c.value for c in at.caption)  # says a response may tick several


def test_searching_the_other_answers(open_app, served_demo):
    at = open_app("views/visitor_mix.py", query={"fy": "2569"})
    at.text_input(key="vm_search").input("บริษัท")
    rerun(at)
    assert url(at, "search") == "บริษัท"
    expected = ask(served_demo, "other_answers", **FY2569, search="บริษัท")
    shown = at.dataframe[0].value
    assert list(shown["other_text"]) == list(expected["other_text"])
    assert list(shown["responses"]) == list(expected["responses"])
    at.text_input(key="vm_search").input("ไม่มีคำนี้แน่นอน")
    rerun(at)
    assert any("ไม่มีคำตอบ “อื่นๆ”" in i.value for i in at.info)


def test_visitor_mix_shared_link_with_search(open_app, served_demo):
    at = open_app("views/visitor_mix.py", query={"fy": "2569", "search": "สื่อ"})
    assert at.text_input(key="vm_search").value == "สื่อ"
    assert list(at.dataframe[0].value["other_text"]) == ["สื่อมวลชน"]


def test_visitor_mix_empty_filter_shows_a_message(open_app, served_demo):
    at = open_app("views/visitor_mix.py", query={"start": "2012-01-01", "end": "2012-03-31"})
    assert any("ไม่มีคำตอบในช่วงที่เลือก" in i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 0


def test_visitor_mix_trend_keeps_empty_months_as_gaps(open_app, served_demo):
    at = open_app("views/visitor_mix.py", query={"start": "2026-08-01", "end": "2026-11-30"})
    for trace in spec(at, "visitor_mix_trend")["data"]:
        y = plotly_array(trace["y"])
        assert y[0] and y[1] and all(v is None or v != v for v in y[2:]), trace["name"]


def test_visitor_mix_is_registered_for_every_role():
    from dashboard.registry import ROLES, by_path

    spec_ = by_path("views/visitor_mix.py")
    assert spec_.key == "visitor_mix" and spec_.roles == frozenset(ROLES)
