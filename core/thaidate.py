"""Dates as people here read them: Buddhist era and Thai month names in Thai, CE in English."""

from __future__ import annotations

import re
from datetime import date, datetime

from core.fiscal import to_be

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


class DateTextError(ValueError):
    """Text that is not a date; th and en say what to type instead."""

    def __init__(self, th: str, en: str):
        super().__init__(en)
        self.th, self.en = th, en

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.th


_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_MONTH_WORDS = {
    **{m: i for i, m in enumerate(MONTHS_TH, 1)},
    **{m.replace(".", ""): i for i, m in enumerate(MONTHS_TH_ABBR, 1)},
    **{m.casefold(): i for i, m in enumerate(MONTHS_EN_ABBR, 1)},
}
_EXAMPLE_TH = 'พิมพ์วัน เดือน ปี พ.ศ. เช่น "15/4/2569" หรือ "15 เม.ย. 2569"'
_EXAMPLE_EN = 'type day, month, BE year, e.g. "15/4/2569" or "15 เม.ย. 2569"'


def _year(text: str) -> int:
    """A year as typed: BE (2569), two-digit BE (69), or CE (2026, converted)."""
    y = int(text)
    if len(text) <= 2:
        return 2500 + y - 543
    if 2400 <= y <= 2800:
        return y - 543
    if 1900 <= y <= 2200:
        return y
    raise DateTextError(
        f"ปี {text} ผิดปกติ: ใช้ปี พ.ศ. เช่น 2569", f"year {text} is out of range: use the BE year, e.g. 2569"
    )


def parse_date(text: str) -> date:
    """A date a Thai officer types: 15/4/2569, 15-04-2569, 15 เม.ย. 2569, 15 เมษายน 69, ๑๕/๔/๒๕๖๙,
    or ISO 2026-04-15. Day first always; years in BE (CE is accepted and converted)."""
    raw = " ".join(str(text or "").translate(_DIGITS).split())
    if not raw:
        raise DateTextError(f"ยังไม่ได้กรอกวันที่: {_EXAMPLE_TH}", f"no date given: {_EXAMPLE_EN}")
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
                raise DateTextError(
                    f'ไม่รู้จักเดือน "{worded[2]}": ใช้ชื่อเดือน เช่น เม.ย. หรือ เมษายน',
                    f'unknown month "{worded[2]}": use a Thai month name (เม.ย., เมษายน) or Jan-Dec',
                )
            d, m, y = int(worded[1]), month, _year(worded[3])
        else:
            raise DateTextError(
                f'อ่าน "{raw[:30]}" เป็นวันที่ไม่ได้: {_EXAMPLE_TH}', f'"{raw[:30]}" is not a date: {_EXAMPLE_EN}'
            )
    try:
        return date(y, m, d)
    except ValueError:
        raise DateTextError(
            f"ไม่มีวันที่ {d} {MONTHS_TH[m - 1] if 1 <= m <= 12 else f'เดือน {m}'} {y + 543}: ตรวจวันและเดือน",
            f"there is no day {d} in month {m} of {y + 543} BE: check the day and month",
        ) from None
