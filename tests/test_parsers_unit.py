"""Pure parsers: the shapes Google Forms text really arrives in, as tables of cases.

Each table is what a Thai office's sheets actually contain (BE years, Thai digits, Forms CSV
downloads, English UI labels); a case that stops parsing here would break or silently drop rows.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.fiscal import fiscal_year, fiscal_year_range, round_range
from core.thaidate import format_date, format_datetime, format_month
from dashboard.urlstate import from_query
from etl.forms import answer_value, split_visitor_types
from etl.problems import InputProblem
from etl.readers import read_table
from etl.text import clean, key
from etl.timestamps import detect_order, parse_month, parse_timestamp
from etl.units import UnitMatcher, units_from_table
from runtime import config

# ---------------------------------------------------------------------------------------------
# timestamps

TIMESTAMPS = [
    # Thai-locale Sheet: day first, BE year, comma before the time
    ("1/10/2568, 9:05:12", datetime(2025, 10, 1, 9, 5, 12)),
    ("31/12/2568, 23:59:59", datetime(2025, 12, 31, 23, 59, 59)),
    ("29/2/2567, 10:00:00", datetime(2024, 2, 29, 10, 0, 0)),  # BE 2567 = 2024, a leap year
    ("1/10/2568 09.05.12", datetime(2025, 10, 1, 9, 5, 12)),  # dots, as some Thai sheets show time
    ("1/10/2568", datetime(2025, 10, 1)),
    # day first, CE year
    ("1/10/2025 9:05:12", datetime(2025, 10, 1, 9, 5, 12)),
    ("13/1/2026 16:45", datetime(2026, 1, 13, 16, 45)),
    # the Forms "download responses" CSV
    ("2025/10/01 9:05:12 AM GMT+7", datetime(2025, 10, 1, 9, 5, 12)),
    ("2025/10/01 1:05:12 PM GMT+7", datetime(2025, 10, 1, 13, 5, 12)),
    ("2025/10/01 12:05:12 AM GMT+7", datetime(2025, 10, 1, 0, 5, 12)),  # 12 AM is just after midnight
    ("2025/10/01 12:05:12 PM GMT+7", datetime(2025, 10, 1, 12, 5, 12)),  # 12 PM is noon
    ("2025/10/01 11:59:59 pm GMT+7", datetime(2025, 10, 1, 23, 59, 59)),
    # other offsets are converted to Bangkok time (UTC+7)
    ("2025/10/01 9:05:12 AM GMT+9", datetime(2025, 10, 1, 7, 5, 12)),
    ("2025/10/01 9:05:12 AM GMT-5", datetime(2025, 10, 1, 21, 5, 12)),
    ("2025/10/01 9:05:12 AM GMT+5:30", datetime(2025, 10, 1, 10, 35, 12)),
    ("2025/10/01 1:05:12 AM GMT", datetime(2025, 10, 1, 8, 5, 12)),  # a form kept in UTC
    ("2025/09/30 11:30:00 PM GMT", datetime(2025, 10, 1, 6, 30, 0)),  # crosses into the next day
    # ISO text
    ("2025-10-01 09:05:12", datetime(2025, 10, 1, 9, 5, 12)),
    ("2025-10-01T09:05:12", datetime(2025, 10, 1, 9, 5, 12)),
    ("2025-10-01T02:05:12Z", datetime(2025, 10, 1, 9, 5, 12)),
    ("2025-10-01 09:05:12+07:00", datetime(2025, 10, 1, 9, 5, 12)),
    ("2025-10-01 02:05:12 UTC", datetime(2025, 10, 1, 9, 5, 12)),
    # spreadsheet serial numbers (days since 1899-12-30, local time)
    ("45931", datetime(2025, 10, 1)),
    ("45931.378611", datetime(2025, 10, 1, 9, 5, 12)),
    # Thai digits anywhere
    ("๑/๑๐/๒๕๖๘, ๙:๐๕:๑๒", datetime(2025, 10, 1, 9, 5, 12)),
    ("1/๑๐/2568, ๑๔:30:00", datetime(2025, 10, 1, 14, 30, 0)),
    ("๒๕๖๘/๑๐/๐๑ ๙:๐๕:๑๒", datetime(2025, 10, 1, 9, 5, 12)),
    # surrounding spaces and a no-break space
    ("  1/10/2568,\u00a09:05:12 ", datetime(2025, 10, 1, 9, 5, 12)),
]


@pytest.mark.parametrize(("raw", "expected"), TIMESTAMPS)
def test_parse_timestamp(raw, expected):
    assert parse_timestamp(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10/1/2025 9:05:12", datetime(2025, 10, 1, 9, 5, 12)),  # US-locale sheet: month first
        ("12/31/2025 23:59:59", datetime(2025, 12, 31, 23, 59, 59)),
        ("10/1/2568, 9:05:12", datetime(2025, 10, 1, 9, 5, 12)),
        ("2025/10/01 9:05:12 AM GMT+7", datetime(2025, 10, 1, 9, 5, 12)),  # year-first is unambiguous
    ],
)
def test_parse_timestamp_month_first(raw, expected):
    assert parse_timestamp(raw, order="mdy") == expected


def test_day_first_is_the_default_reading():
    assert parse_timestamp("10/1/2025 9:05:12") == datetime(2025, 1, 10, 9, 5, 12)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1/10/2568, 9:05:12", "13/10/2568, 10:00:00"], "dmy"),
        (["10/1/2025 9:05:12", "10/13/2025 10:00:00"], "mdy"),
        (["1/2/2025 9:00:00", "3/4/2025 9:00:00"], "dmy"),  # undecidable: the Thai default
        (["", "junk", "2025/10/13 9:00:00 AM GMT+7"], "dmy"),
        ([], "dmy"),
        (["๑๓/๑๐/๒๕๖๘ ๙:๐๐"], "dmy"),
        (["๑๐/๑๓/๒๐๒๕ ๙:๐๐"], "mdy"),
    ],
)
def test_detect_order(values, expected):
    assert detect_order(values) == expected


@pytest.mark.parametrize(
    ("raw", "th_fragment", "en_fragment"),
    [
        ("31/2/2568 10:00:00", "ไม่มีอยู่จริง", "not a real date"),
        ("29/2/2568 10:00:00", "ไม่มีอยู่จริง", "not a real date"),  # BE 2568 = 2025, no 29 Feb
        ("1/13/2568 10:00:00", "ไม่มีอยู่จริง", "not a real date"),
        ("1/10/2568 25:00:00", "ไม่มีอยู่จริง", "not a real date"),
        ("", "ว่าง", "empty"),
        ("   ", "ว่าง", "empty"),
        (None, "ว่าง", "empty"),
        ("เมื่อวานนี้", "อ่านวันเวลา", "cannot read timestamp"),
        ("N/A", "อ่านวันเวลา", "cannot read timestamp"),
        ("1/10/68 9:05", "อ่านวันเวลา", "cannot read timestamp"),  # two-digit year: ambiguous era
        ("1/10/1850 9:05:12", "ผิดปกติ", "out of range"),
    ],
)
def test_bad_timestamp_says_what_is_wrong_in_thai_and_english(raw, th_fragment, en_fragment):
    with pytest.raises(InputProblem) as info:
        parse_timestamp(raw)
    assert th_fragment in info.value.th
    assert en_fragment in info.value.en
    assert info.value.th != info.value.en


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-10", date(2025, 10, 1)),
        ("2025-10-17", date(2025, 10, 1)),
        ("2025-10-01 00:00:00", date(2025, 10, 1)),
        ("10/2568", date(2025, 10, 1)),
        ("10/2025", date(2025, 10, 1)),
        ("ต.ค. 2568", date(2025, 10, 1)),
        ("ต.ค.2568", date(2025, 10, 1)),
        ("ตุลาคม 2568", date(2025, 10, 1)),
        ("ก.พ. 2569", date(2026, 2, 1)),
        ("Oct 2025", date(2025, 10, 1)),
        ("October 2025", date(2025, 10, 1)),
        ("๑๐/๒๕๖๘", date(2025, 10, 1)),
        ("ธันวาคม ๒๕๖๘", date(2025, 12, 1)),
    ],
)
def test_parse_month(raw, expected):
    assert parse_month(raw) == expected


@pytest.mark.parametrize("raw", ["", "13/2025", "2025-13", "Foo 2025", "ต.ค.", "เดือนนี้"])
def test_parse_month_rejects(raw):
    with pytest.raises(InputProblem) as info:
        parse_month(raw)
    assert "2025-10" in info.value.en and "ต.ค. 2568" in info.value.th


# ---------------------------------------------------------------------------------------------
# text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  กองกลาง  ", "กองกลาง"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "081-234-5678"),
        ("กอง\u200bกลาง", "กองกลาง"),  # zero-width space pasted from a web page
        ("\ufeffTimestamp", "Timestamp"),  # BOM glued to the first header
        ("ข้อมูล\u00a0ข่าวสาร", "ข้อมูล ข่าวสาร"),
        ("a \t\n b", "a b"),
        ("ประชุม／สัมมนา", "ประชุม/สัมมนา"),
        ("2568–10", "2568-10"),
        (None, ""),
        (45931, "45931"),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("กก.", "กก"),
        ("ศ.ป.ท.", "ศปท"),
        ("ป. ย. ป.", "ปยป"),
        ("ADM", "adm"),
        ("สดจ. นนทบุรี", "สดจ.นนทบุรี"),
        ("๑๒", "12"),
    ],
)
def test_key_ignores_dots_spaces_case_and_thai_digits(a, b):
    assert key(a) == key(b)


def test_key_keeps_different_names_apart():
    assert key("กองกลาง") != key("กองกฎหมาย")


# ---------------------------------------------------------------------------------------------
# awareness answers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("รู้/ทราบ", True),
        ("รู้ / ทราบ", True),
        ("รู้-ทราบ", True),
        ("รู้ทราบ", True),
        ("รู้", True),
        ("ทราบ", True),
        (" รู้/ทราบ ", True),
        ("ใช่", True),
        ("Yes", True),
        ("YES", True),
        ("Aware", True),
        ("ไม่รู้/ไม่ทราบ", False),
        ("ไม่รู้ / ไม่ทราบ", False),
        ("ไม่รู้-ไม่ทราบ", False),
        ("ไม่รู้ไม่ทราบ", False),
        ("ไม่รู้", False),
        ("ไม่ทราบ", False),
        ("ไม่ใช่", False),
        ("No", False),
        ("Not aware", False),
        ("Don't know", False),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_answer_value(raw, expected):
    assert answer_value(raw) is expected


@pytest.mark.parametrize("raw", ["ไม่แน่ใจ", "รู้บ้าง", "maybe", "1", "อาจจะ"])
def test_answer_value_rejects_junk_in_both_languages(raw):
    with pytest.raises(InputProblem) as info:
        answer_value(raw)
    assert raw in info.value.th and raw in info.value.en
    assert "รู้/ทราบ" in info.value.th and "aware" in info.value.en


# ---------------------------------------------------------------------------------------------
# visitor types (a checkbox question: ticked options joined by ", ", "other" as its bare text)


@pytest.mark.parametrize(
    ("raw", "ticked", "other"),
    [
        ("คู่สัญญา/การจัดซื้อจัดจ้าง", {"contract"}, ""),
        ("ขอรับบริการข้อมูล/ข่าวสาร", {"information"}, ""),
        ("ประชุม/สัมมนา", {"meeting"}, ""),
        ("เสนอความเห็น/ข้อเสนอแนะ", {"feedback"}, ""),
        ("อื่นๆ", {"other"}, ""),
        ("คู่สัญญา/การจัดซื้อจัดจ้าง, ประชุม/สัมมนา", {"contract", "meeting"}, ""),
        (
            "ขอรับบริการข้อมูล/ข่าวสาร, ประชุม/สัมมนา, เสนอความเห็น/ข้อเสนอแนะ",
            {"information", "meeting", "feedback"},
            "",
        ),
        ("คู่สัญญา / การจัดซื้อจัดจ้าง,ประชุม / สัมมนา", {"contract", "meeting"}, ""),
        # an "other" answer is its bare text; commas inside it do not split it
        ("ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด", {"other"}, "ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด"),
        (
            "ประชุม/สัมมนา, ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด",
            {"meeting", "other"},
            "ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด",
        ),
        # an "other" text that mentions ประชุม is still "other", not a meeting
        ("มาประชุมเรื่องงบประมาณ", {"other"}, "มาประชุมเรื่องงบประมาณ"),
        ("ประชุม/สัมมนา, มาประชุมเรื่องงบประมาณ", {"meeting", "other"}, "มาประชุมเรื่องงบประมาณ"),
        # English UI labels
        ("Contract/Procurement", {"contract"}, ""),
        ("Information request", {"information"}, ""),
        ("Meeting/Seminar", {"meeting"}, ""),
        ("Feedback/Suggestions", {"feedback"}, ""),
        ("Meeting/Seminar, Feedback", {"meeting", "feedback"}, ""),
        ("Other", {"other"}, ""),
        ("Others: journalist, freelance", {"other"}, "journalist, freelance"),
        # "อื่นๆ: text" as typed into an older paper-to-sheet transcription
        ("อื่นๆ: นักศึกษาฝึกงาน", {"other"}, "นักศึกษาฝึกงาน"),
        ("อื่น ๆ: ยื่นเอกสาร, สำเนา", {"other"}, "ยื่นเอกสาร, สำเนา"),
        ("อื่นๆ (สื่อมวลชน)", {"other"}, "สื่อมวลชน"),
        ("อื่นๆ:นักศึกษา", {"other"}, "นักศึกษา"),
        ("", set(), ""),
    ],
)
def test_split_visitor_types(raw, ticked, other):
    assert split_visitor_types(raw) == (ticked, other)


# ---------------------------------------------------------------------------------------------
# units


@pytest.fixture(scope="module")
def matcher() -> UnitMatcher:
    return UnitMatcher(units_from_table(read_table(config.UNITS_CSV)))


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("กองกลาง", "ADM"),  # name
        ("  กองกลาง ", "ADM"),
        ("กก.", "ADM"),  # abbreviation
        ("กก", "ADM"),  # without the dot
        ("ก.ก.", "ADM"),  # dots everywhere
        ("ก ก", "ADM"),  # a space instead
        ("กองกลาง (กก.)", "ADM"),  # name with the abbreviation in brackets
        ("กองกลาง(กก.)", "ADM"),
        ("กก. (กองกลาง)", "ADM"),
        ("กลุ่มงานประชาสัมพันธ์", "ADM"),  # alias: a group inside กองกลาง
        ("ADM", "ADM"),  # code
        ("adm", "ADM"),
        ("Central Administration Division", "ADM"),  # English name
        ("ศปท.", "ACC"),
        ("ศ.ป.ท.", "ACC"),
        ("ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ACC"),
        ("ป.ย.ป.", "REF"),
        ("ปยป", "REF"),
        ("กองยุทธศาสตร์และแผนงาน (ยศ.)", "SPD"),
        ("สดจ.นนทบุรี", "P12"),
        ("นนทบุรี", "P12"),
        ("จังหวัดนนทบุรี", "P12"),
        ("สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดนนทบุรี", "P12"),
        ("ศูนย์ไอซีที", "ICT"),
    ],
)
def test_unit_matcher(matcher, raw, code):
    assert matcher(raw) == code


@pytest.mark.parametrize("raw", ["กองคลังกลาง", "สป.ดศ.", "กรุงเทพมหานคร", "", "   ", None])
def test_unit_matcher_unknown_is_none(matcher, raw):
    assert matcher(raw) is None


def test_units_file_has_13_central_units_and_76_provinces():
    units = units_from_table(read_table(config.UNITS_CSV))
    kinds = [u["kind"] for u in units]
    assert kinds.count("central") == 13
    assert kinds.count("provincial") == 76


# ---------------------------------------------------------------------------------------------
# fiscal year and Thai dates


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2025, 12, 31), 2569),
        (date(2026, 1, 1), 2569),
        (date(2026, 9, 30), 2569),
        (date(2026, 10, 1), 2570),
    ],
)
def test_fiscal_year_boundaries(day, fy):
    assert fiscal_year(day) == fy


@pytest.mark.parametrize(
    ("fy", "round_", "expected"),
    [
        (2569, "6", (date(2025, 10, 1), date(2026, 3, 31))),
        (2569, "12", (date(2025, 10, 1), date(2026, 9, 30))),
        (2568, "6", (date(2024, 10, 1), date(2025, 3, 31))),
        (2568, "12", (date(2024, 10, 1), date(2025, 9, 30))),
    ],
)
def test_round_range(fy, round_, expected):
    assert round_range(fy, round_) == expected


def test_round_range_rejects_unknown_round():
    with pytest.raises(ValueError, match="'6' or '12'"):
        round_range(2569, "3")


def test_fiscal_year_range_is_consistent_with_fiscal_year():
    start, end = fiscal_year_range(2569)
    assert fiscal_year(start) == fiscal_year(end) == 2569


@pytest.mark.parametrize(
    ("value", "lang", "long", "expected"),
    [
        (date(2025, 10, 1), "th", False, "1 ต.ค. 2568"),
        (date(2025, 10, 1), "th", True, "1 ตุลาคม 2568"),
        (date(2025, 10, 1), "en", False, "1 Oct 2025"),
        (date(2026, 1, 5), "th", False, "5 ม.ค. 2569"),
        (datetime(2026, 9, 30, 23, 59), "th", False, "30 ก.ย. 2569"),
        (None, "th", False, "–"),
    ],
)
def test_format_date(value, lang, long, expected):
    assert format_date(value, lang, long=long) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (date(2025, 10, 1), "th", "ต.ค. 68"),
        (date(2026, 2, 1), "th", "ก.พ. 69"),
        (date(2025, 10, 1), "en", "Oct 2025"),
    ],
)
def test_format_month(value, lang, expected):
    assert format_month(value, lang) == expected


def test_format_datetime():
    assert format_datetime(datetime(2025, 10, 1, 9, 5, 12)) == "1 ต.ค. 2568 09:05"
    assert format_datetime(None) == "–"


# ---------------------------------------------------------------------------------------------
# the filter in the URL: read defensively

FYS = [2567, 2568, 2569]
UNITS = {"ADM", "ACC", "P12"}


def test_from_query_defaults_to_the_latest_fiscal_year():
    state = from_query({}, FYS, UNITS)
    assert (state.mode, state.fy, state.round) == ("fy", 2569, "12")
    assert state.period() == (date(2025, 10, 1), date(2026, 9, 30))
    assert state.units == () and state.visitor_type is None


def test_from_query_round_6():
    state = from_query({"fy": "2568", "round": "6"}, FYS, UNITS)
    assert state.period() == (date(2024, 10, 1), date(2025, 3, 31))


def test_from_query_ignores_unknown_unit_and_visitor():
    state = from_query({"unit": "XYZ", "visitor": "<script>"}, FYS, UNITS)
    assert state.units == () and state.visitor_type is None
    state = from_query({"unit": "ACC", "visitor": "meeting"}, FYS, UNITS)
    assert state.units == ("ACC",) and state.visitor_type == "meeting"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("ADM,ACC", ("ADM", "ACC")),
        ("ACC,ADM", ("ACC", "ADM")),  # the order given is kept
        (" ADM , ACC ,", ("ADM", "ACC")),
        ("ADM,ADM,ACC,ADM", ("ADM", "ACC")),  # each once
        ("ADM,XYZ,<b>,ACC", ("ADM", "ACC")),  # unknown codes dropped, the rest kept
        ("adm", ()),  # codes are exact
        (",,,", ()),
        ("ADM," * 5000, ("ADM",)),  # a huge value is cut, not a crash
    ],
)
def test_from_query_reads_a_comma_list_of_units(text, units):
    assert from_query({"unit": text}, FYS, UNITS).units == units


def test_several_units_are_written_as_a_comma_list():
    state = from_query({"unit": "ADM,ACC"}, FYS, UNITS)
    assert state.to_query()["unit"] == "ADM,ACC"
    assert "unit" not in from_query({}, FYS, UNITS).to_query()


def test_from_query_swaps_reversed_dates():
    state = from_query({"start": "2026-03-31", "end": "2025-10-01"}, FYS, UNITS)
    assert state.mode == "range" and state.swapped
    assert state.period() == (date(2025, 10, 1), date(2026, 3, 31))


@pytest.mark.parametrize(
    "query",
    [
        {"start": "0001-01-01", "end": "9999-12-31"},
        {"start": "2025-13-45", "end": "2026-01-01"},
        {"start": "yesterday", "end": "today"},
        {"start": "2025-10-01"},
    ],
)
def test_from_query_ignores_absurd_dates(query):
    state = from_query(query, FYS, UNITS)
    assert state.mode == "fy"
    assert state.period() == (date(2025, 10, 1), date(2026, 9, 30))


@pytest.mark.parametrize("fy", ["3000", "2500", "abc", "", "9" * 30, "2566"])
def test_from_query_unknown_fiscal_year_takes_the_default(fy):
    assert from_query({"fy": fy}, FYS, UNITS).fy == 2569


def test_from_query_with_no_data_years():
    assert from_query({"fy": "2568"}, [], set()).fy == 2569


def test_from_query_round_trips_through_to_query():
    query = {"start": "2025-10-01", "end": "2026-01-31", "unit": "ADM,ACC", "visitor": "contract"}
    state = from_query(query, FYS, UNITS)
    assert state.to_query() == query
    assert from_query(state.to_query(), FYS, UNITS) == state
