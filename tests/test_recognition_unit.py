"""Column recognition edge cases that once loaded data wrongly or silently lost an item."""

from __future__ import annotations

import pytest

from etl.forms import recognise
from etl.problems import InputProblem
from etl.units import UnitMatcher

UNITS = UnitMatcher(
    [
        {"code": "ADM", "name_th": "กองกลาง", "abbr": "กก."},
        {"code": "ACC", "name_th": "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "abbr": "ศปท."},
    ]
)
A, U = "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"


def test_a_news_title_that_mentions_visitors_is_still_news():
    headers = [
        "ประทับเวลา",
        "หน่วยงานที่ติดต่อ",
        "ผู้มาติดต่อทราบข้อมูลข่าวสารและผลงานของสำนักงานหรือไม่",
        "ท่านทราบช่องทางการติดต่อ-สอบถามหรือไม่",
        "ท่านทราบช่องทางร้องเรียนการทุจริตหรือไม่",
    ]
    rows = [["1/10/2568 9:00:00", "กองกลาง", A, U, A]] * 5
    layout = recognise(headers, rows, UNITS)
    assert layout.channels == {"news": 2, "contact": 3, "complaint": 4}


def test_an_item_with_many_odd_answers_is_kept_not_dropped():
    headers = ["Timestamp", "หน่วยงาน ที่ติดต่อ", "ข่าวสารและผลงาน", "ช่องทางติดต่อสอบถาม", "ช่องทางร้องเรียนการทุจริต"]
    odd = ["ไม่แน่ใจ", "ไม่แน่ใจ", A, U, A]  # 40% "not sure" from an Other option
    rows = [["1/10/2568 9:00:00", "กก.", A, A, o] for o in odd]
    layout = recognise(headers, rows, UNITS)
    assert layout.channels["complaint"] == 4


def test_a_leading_number_column_is_not_taken_for_the_timestamp():
    headers = ["No.", "เวลา", "หน่วยงานที่ติดต่อ", "ข่าวสาร", "ติดต่อสอบถาม", "ร้องเรียน"]
    rows = [[str(n), f"{n}/10/2568 9:00:00", "ศปท.", A, A, U] for n in range(1, 6)]
    layout = recognise(headers, rows, UNITS)
    assert layout.roles["timestamp"] == 1


def test_two_untitled_answer_columns_are_not_guessed_by_position():
    headers = ["Timestamp", "Q1", "Q2", "Q3", "ร้องเรียนการทุจริต"]
    rows = [["1/10/2568 9:00:00", "กองกลาง", A, U, A]] * 5
    with pytest.raises(InputProblem) as problem:
        recognise(headers, rows, UNITS)
    assert "--mapping" in problem.value.en and "'Q2'" in problem.value.en


def test_one_untitled_answer_column_takes_the_only_item_left():
    headers = ["Timestamp", "Q1", "ข่าวสาร", "Q3", "ร้องเรียนการทุจริต"]
    rows = [["1/10/2568 9:00:00", "กองกลาง", A, U, A]] * 5
    assert recognise(headers, rows, UNITS).channels == {"news": 2, "contact": 3, "complaint": 4}


def test_no_timestamp_anywhere_is_refused_with_a_message():
    headers = ["หน่วยงานที่ติดต่อ", "ข่าวสาร", "ติดต่อสอบถาม", "ร้องเรียน"]
    rows = [["กองกลาง", A, A, U]] * 5
    with pytest.raises(InputProblem) as problem:
        recognise(headers, rows, UNITS)
    assert "Timestamp" in problem.value.en
