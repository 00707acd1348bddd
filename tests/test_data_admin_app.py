"""AppTest: the data-admin page (counts, refresh with progress, quarantine) and the freshness banner."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from etl import load, refresh
from tests.support.sheets_server import FakeSheetsServer, point_refreshes_at

pytest_plugins = ["tests.support.sheets_server"]

PAGE = "views/data_admin.py"
KEY = "1ReachMonthlyPRgroupabcdefghijklmnopqrstuvwx"


@pytest.fixture
def small_db(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")  # real (non-demo) data without sign-in: said explicitly
    bad = tmp_path / "survey.csv"
    bad.write_text(
        "ประทับเวลา,E-mail,หน่วยงานที่ติดต่อ,ข่าวสาร,ติดต่อสอบถาม,ร้องเรียนการทุจริต\n"
        "1/11/2568 9:00:00,good@example.com,กองกลาง,รู้/ทราบ,รู้/ทราบ,ไม่รู้/ไม่ทราบ\n"
        "31/2/2568 10:00:00,secret.person@example.com,กองกลาง,รู้/ทราบ,รู้/ทราบ,รู้/ทราบ\n",
        encoding="utf-8",
    )
    load.import_files("responses", [str(bad)], db_path)
    return db_path


def _refresh_now(open_app, sheets_server, tmp_path, monkeypatch, spreadsheet: str):
    """The page with one reach source, the spreadsheet on the fake server, after "refresh now" was pressed."""
    sources = f'[[source]]\nname = "reach"\nkind = "reach"\nspreadsheet = "{spreadsheet}"\n'
    point_refreshes_at(sheets_server, tmp_path, monkeypatch, sources)
    at = open_app(PAGE)
    at.button[0].click().run()
    assert not at.exception
    return at


def test_counts_and_quarantine_with_masked_personal_data(open_app, small_db):
    at = open_app(PAGE)
    assert at.title[0].value == "ข้อมูลและการนำเข้า"
    counts = next(d.value for d in at.dataframe if "table_name" in d.value.columns)
    assert dict(zip(counts["table_name"], counts["row_count"], strict=True))["responses"] == 1
    held = at.dataframe[-1].value
    assert len(held) == 1
    assert "31/2/2568" in held["raw"].iloc[0] and "ไม่มีอยู่จริง" in held["reason"].iloc[0]
    assert "secret.person@example.com" not in held.to_csv()
    assert "•••" in held["raw"].iloc[0]


def test_without_sources_the_page_says_how_to_connect(open_app, small_db, monkeypatch, tmp_path):
    monkeypatch.setenv("ITA_SOURCES", str(tmp_path / "none.toml"))
    at = open_app(PAGE)
    assert any("sources.example.toml" in i.value for i in at.info)


def test_refresh_now_pulls_the_sheet_and_reports_progress(
    open_app, small_db, sheets_server: FakeSheetsServer, monkeypatch, tmp_path
):
    sheets_server.add_spreadsheet(
        KEY,
        [("รายเดือน", [["เดือน", "แพลตฟอร์ม", "ตัวชี้วัด", "จำนวน"], ["ต.ค. 2568", "Facebook", "reach", "1000"]])],
    )
    at = _refresh_now(open_app, sheets_server, tmp_path, monkeypatch, KEY)
    labels = [s.label for s in at.status]
    assert any("สำเร็จ 1 จาก 1" in label for label in labels), (labels, [e.value for e in at.error])
    assert any("✓ reach: read 1, new 1" in m.value for m in at.status[0].text)  # plain text: inert
    counts = next(d.value for d in at.dataframe if "table_name" in d.value.columns)
    assert dict(zip(counts["table_name"], counts["row_count"], strict=True))["reach"] == 1


def test_a_failed_refresh_shows_its_whole_reason_in_thai(
    open_app, small_db, sheets_server: FakeSheetsServer, monkeypatch, tmp_path
):
    missing = "1NoSuchSheetabcdefghijklmnopqrstuvwxyz012345"
    at = _refresh_now(open_app, sheets_server, tmp_path, monkeypatch, missing)
    logged = refresh.read_log(small_db)["sources"]["reach"]
    assert logged["status"] == "failed" and logged["message_th"] and logged["message_en"]
    table = next(d.value for d in at.dataframe if "แหล่งข้อมูล" in d.value.columns)
    assert list(table["ผล"]) == ["✗ ไม่สำเร็จ"] and "หมายเหตุ" not in table.columns  # no cut-off cell
    assert any("นำเข้า reach ไม่สำเร็จ เพราะ" in e.value for e in at.error)
    texts = [x.value for x in at.text]
    assert logged["message_th"] in texts  # the whole reason, in Thai
    assert not any(logged["message_en"] in x for x in texts)
    english = open_app(PAGE, lang="en")
    assert logged["message_en"] in [x.value for x in english.text]


@pytest.mark.parametrize(
    "outcome, expected",
    [
        ({"status": "failed", "finished_at": datetime.now().isoformat()}, "ไม่สำเร็จ"),
        ({"status": "ok", "finished_at": (datetime.now() - timedelta(days=5)).isoformat()}, "ไม่ได้ปรับปรุงมา"),
    ],
)
def test_banner_on_every_page_when_refresh_failed_or_data_is_stale(open_app, small_db, outcome, expected):
    base = {"name": "s", "kind": "responses", "rows_new": 0, "rows_quarantined": 0, "message": ""}
    refresh.log_path(small_db).write_text(json.dumps({"sources": {"s": base | outcome}}), encoding="utf-8")
    at = open_app()
    messages = [m.value for m in (*at.error, *at.warning)]
    assert any(expected in m for m in messages), messages
    at.switch_page(PAGE).run()
    assert any(expected in m.value for m in (*at.error, *at.warning))


def test_no_banner_when_fresh(open_app, small_db):
    ok = {"name": "s", "kind": "responses", "status": "ok", "finished_at": datetime.now().isoformat()}
    refresh.log_path(small_db).write_text(json.dumps({"sources": {"s": ok}}), encoding="utf-8")
    at = open_app()
    assert not [m for m in (*at.error, *at.warning) if "ปรับปรุง" in m.value or "ไม่สำเร็จ" in m.value]
