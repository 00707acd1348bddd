"""Dates as people here read them: Buddhist era and Thai month names in Thai, CE in English."""

from __future__ import annotations

import re
from datetime import date, datetime

from core.fiscal import to_be
from i18n.messages import Problem, said

MONTHS_TH = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
MONTHS_TH_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
MONTHS_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_date(d: date | datetime | None, lang: str = "th", *, long: bool = False) -> str:
    """1 ต.ค. 2568 (th) / 1 Oct 2025 (en); long=True spells the Thai month out."""
    if d is None:
        return "–"
    if lang == "en":
        return f"{d.day} {MONTHS_EN_ABBR[d.month - 1]} {d.year}"
    month = (MONTHS_TH if long else MONTHS_TH_ABBR)[d.month - 1]
    return f"{d.day} {month} {to_be(d.year)}"


def format_month(d: date | datetime, lang: str = "th") -> str:
    """ต.ค. 68 (th, BE two digits, as Thai offices write it) / Oct 2025 (en)."""
    if lang == "en":
        return f"{MONTHS_EN_ABBR[d.month - 1]} {d.year}"
    return f"{MONTHS_TH_ABBR[d.month - 1]} {to_be(d.year) % 100:02d}"


def format_datetime(d: datetime | None, lang: str = "th") -> str:
    return "–" if d is None else f"{format_date(d, lang)} {d:%H:%M}"


class DateTextError(Problem):
    """Text that is not a date; ``message(lang)`` says what to type instead (labels date.problem.*)."""


_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_MONTH_WORDS = {
    **{m: i for i, m in enumerate(MONTHS_TH, 1)},
    **{m.replace(".", ""): i for i, m in enumerate(MONTHS_TH_ABBR, 1)},
    **{m.casefold(): i for i, m in enumerate(MONTHS_EN_ABBR, 1)},
}
_EXAMPLE = said("date.problem.example")


def _year(text: str) -> int:
    """A year as typed: BE (2569), two-digit BE (69), or CE (2026, converted)."""
    y = int(text)
    if len(text) <= 2:
        return 2500 + y - 543
    if 2400 <= y <= 2800:
        return y - 543
    if 1900 <= y <= 2200:
        return y
    raise DateTextError("date.problem.year", text=text)


def parse_date(text: str) -> date:
    """A date a Thai officer types: 15/4/2569, 15-04-2569, 15 เม.ย. 2569, 15 เมษายน 69, ๑๕/๔/๒๕๖๙,
    or ISO 2026-04-15. Day first always; years in BE (CE is accepted and converted)."""
    raw = " ".join(str(text or "").translate(_DIGITS).split())
    if not raw:
        raise DateTextError("date.problem.empty", example=_EXAMPLE)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if iso:
        y, m, d = _year(iso[1]), int(iso[2]), int(iso[3])
    else:
        numeric = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})", raw)
        worded = re.fullmatch(r"(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)?)\s*(\d{2}|\d{4})", raw)
        if numeric:
            d, m, y = int(numeric[1]), int(numeric[2]), _year(numeric[3])
        elif worded:
            word = worded[2].replace(" ", "").replace(".", "").casefold()
            word = word.removeprefix("พ.ศ").strip()
            month = _MONTH_WORDS.get(word) or (_MONTH_WORDS.get(word[:3]) if word.isascii() else None)
            if month is None:
                raise DateTextError("date.problem.month", month=worded[2])
            d, m, y = int(worded[1]), month, _year(worded[3])
        else:
            raise DateTextError("date.problem.unreadable", text=raw[:30], example=_EXAMPLE)
    try:
        return date(y, m, d)
    except ValueError:
        raise DateTextError(
            "date.problem.no_day",
            day=d,
            month=MONTHS_TH[m - 1] if 1 <= m <= 12 else said("date.problem.month_no", m=m),
            m=m,
            year=y + 543,
        ) from None
