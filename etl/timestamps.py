"""Google Forms timestamps in every shape they arrive in, to a naive Asia/Bangkok datetime.

Shapes: the Sheet's locale text (day first, BE or CE year, e.g. ``1/10/2568, 9:05:12``), the Forms
CSV download (``2025/10/01 9:05:12 AM GMT+7``), ISO text, and spreadsheet serial numbers. Thai digits
are accepted anywhere. A US-locale sheet is month first: the caller passes ``order="mdy"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from etl.problems import InputProblem
from etl.text import clean

THAI_MONTH_EXAMPLE = "ต.ค. 2568"  # a month as a Thai sheet may write it
BANGKOK_OFFSET_MIN = 7 * 60
_SERIAL_EPOCH = datetime(1899, 12, 30)
_TIME = r"(?:[ T,]+(?P<H>[0-9]{1,2})[:.](?P<M>[0-9]{2})(?:[:.](?P<S>[0-9]{2})(?:\.[0-9]+)?)?)?"
_AMPM = r"(?:\s*(?P<ampm>AM|PM|A\.M\.|P\.M\.|ก่อนเที่ยง|หลังเที่ยง))?"
# "GMT" alone is what a Forms download says for a form kept in UTC (GMT+0).
_ZONE = r"(?:\s*(?P<utc>GMT|UTC)?\s*(?P<tz>Z|[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?"
_YMD = re.compile(
    r"^(?P<y>[0-9]{4})[-/.](?P<a>[0-9]{1,2})[-/.](?P<b>[0-9]{1,2})" + _TIME + _AMPM + _ZONE + "$", re.I
)
_XYZ = re.compile(
    r"^(?P<a>[0-9]{1,2})[-/.](?P<b>[0-9]{1,2})[-/.](?P<y>[0-9]{4})" + _TIME + _AMPM + _ZONE + "$", re.I
)
_SERIAL = re.compile(r"^[0-9]{5}(?:\.[0-9]+)?$")


def detect_order(values: Iterable[str]) -> str:
    """'dmy' unless some day-first reading is impossible and a month-first one is not."""
    for raw in values:
        m = _XYZ.match(clean(raw))
        if not m:
            continue
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    return "dmy"


def looks_like_timestamp(raw: object) -> bool:
    """True when the text has a timestamp's shape (used to find an untitled Timestamp column)."""
    text = clean(raw)
    return bool(_YMD.match(text) or _XYZ.match(text) or _SERIAL.match(text))


def parse_timestamp(raw: object, order: str = "dmy") -> datetime:
    """Parse one timestamp; raise InputProblem naming what is wrong and how to fix it."""
    text = clean(raw)
    if not text:
        raise InputProblem("problem.etl.no_timestamp")
    if _SERIAL.match(text):
        return _checked_year(_round_second(_SERIAL_EPOCH + timedelta(days=float(text))), text)
    m = _YMD.match(text)
    if m:
        month, day = int(m["a"]), int(m["b"])
    else:
        m = _XYZ.match(text)
        if not m:
            raise InputProblem("problem.etl.timestamp", text=text[:40])
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if order == "dmy" else (b, a)
    year = int(m["y"])
    if year >= 2400:
        year -= 543
    try:
        value = datetime(year, month, day, *_clock(m))
    except ValueError:
        raise InputProblem("problem.etl.not_a_date", text=text[:40]) from None
    value = _checked_year(value, text)
    if m["tz"] or m["utc"]:
        value += timedelta(minutes=BANGKOK_OFFSET_MIN - _offset_minutes(m["tz"] or "Z"))
    return value


def _clock(m: re.Match[str]) -> tuple[int, int, int]:
    """(hour, minute, second) of a matched timestamp; 12-hour AM/PM (or ก่อน/หลังเที่ยง) made 24-hour."""
    hour, minute, second = int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0)
    ampm = (m["ampm"] or "").upper().replace(".", "")
    if ampm in ("PM", "หลังเที่ยง") and hour < 12:
        hour += 12
    elif ampm in ("AM", "ก่อนเที่ยง") and hour == 12:
        hour = 0
    return hour, minute, second


def _checked_year(value: datetime, text: str) -> datetime:
    """The timestamp, if its year is a plausible one (e.g. serial 10000 = 1927: the row is quarantined,
    the file not refused)."""
    if not 1990 <= value.year <= 2200:
        raise InputProblem("problem.etl.timestamp_year", text=text[:40])
    return value


def _offset_minutes(tz: str) -> int:
    if tz.upper() == "Z":
        return 0
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return sign * (int(hours) * 60 + int(minutes))


def _round_second(value: datetime) -> datetime:
    return (value + timedelta(microseconds=500_000)).replace(microsecond=0)


THAI_MONTHS = {
    "มกราคม": 1,
    "กุมภาพันธ์": 2,
    "มีนาคม": 3,
    "เมษายน": 4,
    "พฤษภาคม": 5,
    "มิถุนายน": 6,
    "กรกฎาคม": 7,
    "สิงหาคม": 8,
    "กันยายน": 9,
    "ตุลาคม": 10,
    "พฤศจิกายน": 11,
    "ธันวาคม": 12,
    "ม.ค.": 1,
    "ก.พ.": 2,
    "มี.ค.": 3,
    "เม.ย.": 4,
    "พ.ค.": 5,
    "มิ.ย.": 6,
    "ก.ค.": 7,
    "ส.ค.": 8,
    "ก.ย.": 9,
    "ต.ค.": 10,
    "พ.ย.": 11,
    "ธ.ค.": 12,
}
_EN_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def parse_month(raw: object):
    """A month as its first day: 2025-10, 2025-10-01, 10/2568, ต.ค. 2568, ตุลาคม 2568, Oct 2025."""
    text = clean(raw)
    m = re.match(r"^([0-9]{4})[-/.]([0-9]{1,2})(?:[-/.][0-9]{1,2})?(?:[ T].*)?$", text)
    if m:
        year, month = int(m[1]), int(m[2])
    elif m := re.match(r"^([0-9]{1,2})[-/.]([0-9]{4})$", text):
        month, year = int(m[1]), int(m[2])
    elif m := re.match(r"^(\S+)\s*([0-9]{4})$", text):
        name = m[1].strip().rstrip(",")
        month = (
            THAI_MONTHS.get(name)
            or THAI_MONTHS.get(name.replace(" ", ""))
            or _EN_MONTHS.get(name[:3].lower())
            or 0
        )
        year = int(m[2])
    else:
        month, year = 0, 0
    if year >= 2400:
        year -= 543
    if not (1 <= month <= 12 and 1990 <= year <= 2200):
        raise InputProblem("problem.etl.month", text=text[:30], thai_month=THAI_MONTH_EXAMPLE)
    return date(year, month, 1)
