"""Dates typed the way Thai officers type them, and clear errors for what is not a date."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from core.thaidate import DateTextError, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/4/2569", date(2026, 4, 15)),
        ("15/04/2569", date(2026, 4, 15)),
        ("15-4-2569", date(2026, 4, 15)),
        ("15.4.69", date(2026, 4, 15)),
        ("15 เม.ย. 2569", date(2026, 4, 15)),
        ("15 เม.ย.2569", date(2026, 4, 15)),
        ("15เมษายน2569", date(2026, 4, 15)),
        ("15 เมษายน 69", date(2026, 4, 15)),
        ("๑๕/๔/๒๕๖๙", date(2026, 4, 15)),
        ("๑๕ เม.ย. ๒๕๖๙", date(2026, 4, 15)),
        ("1 ต.ค. 2568", date(2025, 10, 1)),
        ("29 ก.พ. 2567", date(2024, 2, 29)),
        ("15 Apr 2026", date(2026, 4, 15)),
        ("15/4/2026", date(2026, 4, 15)),
        ("2026-04-15", date(2026, 4, 15)),
        ("  15 / 4 / 2569 ", date(2026, 4, 15)),
    ],
)
def test_typed_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "th"),
    [
        ("", "ยังไม่ได้กรอกวันที่"),
        ("พรุ่งนี้", 'อ่าน "พรุ่งนี้" เป็นวันที่ไม่ได้'),
        ("31/2/2569", "ไม่มีวันที่ 31 กุมภาพันธ์ 2569"),
        ("29 ก.พ. 2569", "ไม่มีวันที่ 29 กุมภาพันธ์ 2569"),
        ("15 เมย์ 2569", "ไม่รู้จักเดือน"),
        ("15/13/2569", "ไม่มีวันที่ 15 เดือน 13 2569"),
        ("15/4/3000", "ปี 3000 ผิดปกติ"),
    ],
)
def test_what_is_not_a_date_says_what_to_type(text, th):
    with pytest.raises(DateTextError) as caught:
        parse_date(text)
    assert th in caught.value.th and caught.value.en


def _widget_app():
    from datetime import date

    import streamlit as st

    from dashboard.date_input import be_date_input

    got = be_date_input("วันที่รับ", date(2026, 4, 15), key="d")
    st.text(f"value={got}")


def test_the_widget_shows_be_reads_typing_and_refuses_clearly():
    at = AppTest.from_function(_widget_app).run()
    assert at.text_input(key="d").value == "15 เม.ย. 2569"
    assert at.caption[0].value == "15 เมษายน 2569"
    assert at.text[-1].value == "value=2026-04-15"
    at.text_input(key="d").set_value("๓๐/๙/๒๕๖๙").run()
    assert at.text[-1].value == "value=2026-09-30"
    at.text_input(key="d").set_value("31/9/2569").run()
    assert at.text[-1].value == "value=None"
    assert "ไม่มีวันที่ 31 กันยายน 2569" in at.error[0].value


def test_stored_times_are_bangkok_time_whatever_the_servers_zone(monkeypatch):
    """A server in UTC must still stamp loads and audit entries in Asia/Bangkok (UTC+7)."""
    import time
    from datetime import UTC, datetime, timedelta

    from runtime.clock import bangkok_now

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        utc = datetime.now(UTC).replace(tzinfo=None)
        drift = bangkok_now() - utc
        assert abs(drift - timedelta(hours=7)) < timedelta(seconds=5)
    finally:
        monkeypatch.undo()
        time.tzset()
