"""Simple long tables (reach, submissions, ITA scores): header aliases and per-row normalisers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from etl.problems import InputProblem
from etl.text import clean, key
from etl.timestamps import parse_month, parse_timestamp
from i18n.messages import said

PLATFORMS = {
    "facebook": ["facebook", "fb", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟซบุ๊ค", "facebookpage", "เพจเฟซบุ๊ก"],
    "x": ["x", "twitter", "ทวิตเตอร์", "x(twitter)", "twitter/x", "x/twitter"],
    "youtube": ["youtube", "ยูทูบ", "yt"],
    "line": ["line", "lineoa", "ไลน์", "lineofficialaccount", "ไลน์โอเอ"],
    "tiktok": ["tiktok", "ติ๊กต็อก", "ติ๊กต๊อก"],
    "instagram": ["instagram", "ig", "อินสตาแกรม"],
    "website": ["website", "web", "เว็บไซต์", "เว็บ", "www.mdes.go.th", "mdes.go.th"],
}
METRICS = {
    "reach": ["reach", "การเข้าถึง", "เข้าถึง", "ยอดเข้าถึง", "reached"],
    "views": ["views", "view", "impressions", "การดู", "ยอดวิว", "ยอดเข้าชม", "การแสดงผล", "pageviews"],
    "engagement": ["engagement", "engagements", "การมีส่วนร่วม", "interactions"],
    "followers": ["followers", "ผู้ติดตาม", "follower", "subscribers", "ผู้ติดตามทั้งหมด", "friends"],
    "posts": ["posts", "โพสต์", "จำนวนโพสต์", "videos", "ชิ้นงาน"],
    # What platform exports add (Meta's Thai UI names included): new follows per day (summed; not the
    # follower total), visits to the page or profile, clicks on links in posts.
    "new_followers": ["new_followers", "new followers", "newfollowers", "follows", "ผู้ติดตามใหม่", "การติดตาม"],
    "profile_visits": [
        "profile_visits",
        "profile visits",
        "profile views",
        "visits",
        "page visits",
        "การเข้าชม",
        "การเข้าชมเพจ",
        "การเข้าชมโปรไฟล์",
    ],
    "link_clicks": ["link_clicks", "link clicks", "การคลิกลิงก์", "คลิกลิงก์"],
}
FORMS = {
    "form1": ["form1", "1", "แบบรายงานที่1", "แบบ1", "มาตรการ", "รายงานผลการดำเนินงานตามมาตรการ"],
    "form2": ["form2", "2", "แบบรายงานที่2", "แบบ2", "ผลสำรวจ", "รายงานผลการสำรวจ"],
    "reach_monthly": [
        "reach_monthly",
        "reach",
        "monthly",
        "รายงานการเข้าถึง",
        "รายงานรายเดือน",
        "รายงานประจำเดือน",
    ],
}
_PLATFORM_INDEX = {key(a): code for code, aliases in PLATFORMS.items() for a in aliases}
_METRIC_INDEX = {key(a): code for code, aliases in METRICS.items() for a in aliases}
_FORM_INDEX = {key(a): code for code, aliases in FORMS.items() for a in aliases}


def _lookup(index: dict, raw: str, what: str, choices: Sequence[str]) -> str:
    code = index.get(key(raw))
    if code is None:
        raise InputProblem(
            "problem.etl.unknown", what=said(what), raw=clean(raw)[:30], choices=", ".join(choices)
        )
    return code


def platform(raw: str) -> str:
    return _lookup(_PLATFORM_INDEX, raw, "problem.etl.what.platform", list(PLATFORMS))


def metric(raw: str) -> str:
    return _lookup(_METRIC_INDEX, raw, "problem.etl.what.metric", list(METRICS))


def form(raw: str) -> str:
    return _lookup(_FORM_INDEX, re.sub(r"[()]", "", clean(raw)), "problem.etl.what.form", list(FORMS))


def number(raw: str) -> float:
    text = clean(raw).replace(",", "").replace(" ", "")
    if text.endswith("%"):
        text = text[:-1]
    try:
        value = float(text)
    except ValueError:
        raise InputProblem("problem.etl.number", raw=clean(raw)[:30]) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputProblem("problem.etl.number", raw=clean(raw)[:30])
    return value


def fiscal_year(raw: str) -> int:
    value = int(number(raw))
    if 1990 <= value <= 2200:
        value += 543
    if not 2530 <= value <= 2700:
        raise InputProblem("problem.etl.fiscal_year", raw=raw)
    return value


def period(raw: str) -> str:
    """Round '6' / '12', or a month 'YYYY-MM' for monthly reports."""
    k = key(raw).replace("รอบ", "").replace("เดือน", "").replace("months", "").replace("month", "")
    if k in ("6", "12"):
        return k
    return parse_month(raw).strftime("%Y-%m")


def timestamp(raw: str) -> datetime:
    return parse_timestamp(raw)


# Each kind: column -> (accepted header spellings, normaliser, required)
Spec = dict[str, tuple[list[str], Callable[[str], object], bool]]
SPECS: dict[str, Spec] = {
    "reach": {
        "month": (["month", "เดือน", "เดือนปี", "date"], parse_month, True),
        "platform": (["platform", "แพลตฟอร์ม", "ช่องทาง", "สื่อ"], platform, True),
        "metric": (["metric", "ตัววัด", "ตัวชี้วัด", "ประเภท"], metric, True),
        "value": (["value", "ค่า", "จำนวน", "ยอด"], number, True),
    },
    "submissions": {
        "unit": (["unit", "หน่วยงาน", "unit_code", "รหัสหน่วยงาน"], clean, True),
        "form": (["form", "แบบรายงาน", "รายงาน", "report"], form, True),
        "fiscal_year": (["fiscal_year", "ปีงบประมาณ", "ปีงบ", "fy"], fiscal_year, True),
        "period": (["period", "round", "รอบ", "งวด", "รอบรายงาน"], period, True),
        "submitted_at": (
            ["submitted_at", "วันที่ส่ง", "ส่งเมื่อ", "date submitted", "timestamp", "ประทับเวลา"],
            timestamp,
            True,
        ),
        "link": (["link", "ลิงก์", "ลิงค์", "url", "เอกสาร"], clean, False),
        # แบบรายงานที่ ๑: optional result text and evidence link per measure (1-7)
        **{
            f"measure_{n}": (
                [f"measure_{n}", f"มาตรการที่ {n}", f"ผลการดำเนินงาน {n}", f"ผลมาตรการที่ {n}"],
                clean,
                False,
            )
            for n in range(1, 8)
        },
        **{
            f"evidence_{n}": ([f"evidence_{n}", f"หลักฐาน {n}", f"หลักฐานมาตรการที่ {n}"], clean, False)
            for n in range(1, 8)
        },
    },
    "ita": {
        "fiscal_year": (["fiscal_year", "ปีงบประมาณ", "ปี", "year"], fiscal_year, True),
        "indicator": (["indicator", "ตัวชี้วัด", "ตัวชี้วัดที่"], lambda r: int(number(r)), True),
        "score": (["score", "คะแนน", "ค่าคะแนน"], number, True),
    },
}


def locate(kind: str, headers: Sequence[str], mapping: dict | None = None) -> dict[str, int]:
    """Column positions for a kind's spec; name every required column that is missing."""
    spec = SPECS[kind]
    keys = {key(h): i for i, h in enumerate(headers)}
    found = {}
    for column, (aliases, _, required) in spec.items():
        names = [mapping[column]] if mapping and column in mapping else aliases
        for name in names:
            if key(name) in keys:
                found[column] = keys[key(name)]
                break
        else:
            if required:
                raise InputProblem(
                    "problem.etl.column",
                    column=column,
                    name=column,
                    aliases=", ".join(aliases),
                    headers=", ".join(headers),
                )
    return found
