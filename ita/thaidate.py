"""Dates as people here read them: Buddhist era and Thai month names in Thai, CE in English."""

from __future__ import annotations

from datetime import date, datetime

from ita.fiscal import to_be

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
