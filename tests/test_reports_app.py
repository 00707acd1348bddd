"""AppTest: the reports page builds แบบรายงานที่ ๒ whose preview equals the queries, previews a PDF's first
page, packs every unit into one ZIP, and refuses nothing to the roles that may open it."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import zipfile

import pytest
from streamlit.testing.v1 import AppTest

from reports import pdf
from tests.support.oracle import ask


@pytest.fixture
def page(open_app, demo_db):
    return open_app("views/reports.py", db=demo_db, timeout=180)


def _audit(action: str) -> list[dict]:
    con = sqlite3.connect(os.environ["ITA_AUDIT_DB"])
    try:
        rows = con.execute("SELECT target, detail FROM audit_log WHERE action = ?", (action,)).fetchall()
    finally:
        con.close()
    return [{"target": target, "detail": json.loads(detail)} for target, detail in rows]


def _build(at: AppTest) -> AppTest:
    at.button(key="rp_build").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_form2_preview_equals_the_queries_and_offers_the_docx(page, demo_db):
    page.selectbox(key="rp_fy").set_value(2569)
    page.selectbox(key="rp_round").set_value("6")
    page.multiselect(key="rp_units").set_value(["ADM"])
    _build(page.run())
    params = {"start": "2025-10-01", "end": "2026-03-31", "units": ["ADM"], "visitor_type": None}
    mix = ask(demo_db, "visitor_mix", **params)
    aware = ask(demo_db, "awareness_by_channel", **params)
    visitors, items = (frame.value for frame in page.dataframe)
    assert list(visitors["จำนวน (คน)"]) == [f"{v:,}" for v in mix["responses"]]
    assert list(items["รู้/ทราบ"]) == [f"{v:,}" for v in aware["aware"]]
    assert list(items["รวมทั้งสิ้น จำนวน (คน)"]) == [f"{v:,}" for v in aware["total"]]
    [button] = page.get("download_button")
    assert button.proto.label == "ดาวน์โหลด form2-2569-r6-ADM.docx"
    assert len(page.image) == 0  # no PDF asked for, so no page picture
    page.download_button(key="rp_download").click().run()
    exports = _audit("export")
    assert [(e["target"], e["detail"]["units"], e["detail"]["fy"]) for e in exports] == [
        ("form2-2569-r6-ADM.docx", "ADM", 2569)
    ]
    assert any(v["target"] == "reports" for v in _audit("view"))  # the page itself is audited


def test_a_pdf_is_one_pdf_previewed_as_its_first_page(page):
    assert not pdf.missing_packages(), f"install: {pdf.INSTALL}"
    page.segmented_control(key="rp_formats").set_value("pdf")
    page.multiselect(key="rp_units").set_value(["ADM"])
    _build(page.run())
    [button] = page.get("download_button")
    assert button.proto.label == "ดาวน์โหลด form2-2569-r6-ADM.pdf"  # one choice, one file: no ZIP
    assert list(page.session_state["rp_batch"][1].files) == ["form2-2569-r6-ADM.pdf"]
    assert len(page.image) == 1


@pytest.mark.parametrize("kind", ["form2", "form1", "form1_blank", "consolidated"])
def test_every_document_type_previews_without_an_error(page, kind):
    from reports import bundle

    assert kind in bundle.KINDS and len(bundle.KINDS) == 4  # a new kind must join this list
    page.selectbox(key="rp_kind").set_value(kind).run()
    if kind != "consolidated":
        page.multiselect(key="rp_units").set_value(["ADM"])
    _build(page.run())
    assert page.get("download_button")
    assert len(page.dataframe) >= 1
    for frame in page.dataframe:
        assert frame.value.columns.is_unique, list(frame.value.columns)


def test_every_unit_in_one_zip(page, demo_db):
    page.selectbox(key="rp_kind").set_value("form1")
    page.toggle(key="rp_all").set_value(True)
    _build(page.run())
    [button] = page.get("download_button")
    assert button.proto.label == "ดาวน์โหลด form1-2569-r6.zip"
    batch = page.session_state["rp_batch"][1]
    name, data = batch.package("x.zip")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert len(names) == len(ask(demo_db, "units")) and "form1-2569-r6-ADM.docx" in names


def test_consolidated_preview_shows_compliance_as_of_the_chosen_day(page, demo_db):

    page.selectbox(key="rp_kind").set_value("consolidated")
    page.run()
    page.text_input(key="rp_as_of").set_value("20 เม.ย. 2569")
    _build(page.run())
    status = ask(demo_db, "compliance_status", as_of="2026-04-20", fy=2569, unit=None)
    form2 = status[(status["form"] == "form2") & (status["period"] == "6")]
    compliance = page.dataframe[0].value
    assert list(compliance.iloc[1, 1:5]) == [
        f"{(form2['status'] == s).sum():,}" for s in ("on_time", "late", "missing", "not_due")
    ]
    assert page.get("download_button")[0].proto.label == "ดาวน์โหลด ita-round-report-2569-r6.docx"
    # like with like: round 6 against last year's round 6, both named with their months
    visitors = page.dataframe[2].value
    assert list(visitors.columns) == ["ประเภทผู้มาติดต่อ", "ปีงบฯ ๒๕๖๙ (คน)", "สัดส่วน ปีงบฯ ๒๕๖๙",
                                      "ปีงบฯ ๒๕๖๘ (คน)", "สัดส่วน ปีงบฯ ๒๕๖๘"]  # fmt: skip
    mix = ask(demo_db, "visitor_mix", start="2024-10-01", end="2025-03-31", units=None, visitor_type=None)
    assert list(visitors.iloc[:5, 3]) == [f"{v:,}" for v in mix["responses"]]
    assert any("รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘ (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)" in c.value for c in page.caption), [
        c.value for c in page.caption
    ]


def test_changing_a_choice_after_building_asks_to_build_again(page):
    _build(page)
    page.selectbox(key="rp_round").set_value("12").run()
    assert len(page.get("download_button")) == 0
    assert any("สร้างเอกสารอีกครั้ง" in i.value for i in page.info)
