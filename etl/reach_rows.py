"""Reach rows and the grid parser every reach format shares (pure functions, no database).

A grid is a row per month (or per day) with a column per platform-metric ("Facebook reach",
"YouTube การดู") or per metric with a platform column; a generic CSV export of daily figures (X,
TikTok) is the same shape. Daily figures become monthly ones: flows (reach, views, engagement,
posts) are summed over the days present, stocks (followers) take the month's last value. A month
with days missing still loads; the notes say which days, and the loader lets such a month fill a gap
but never overwrite a whole one. A blank cell is a missing figure, never a zero.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from etl import tabular
from etl.problems import InputProblem
from etl.readers import Table
from etl.text import clean, key
from etl.timestamps import looks_like_timestamp, parse_month, parse_timestamp

STOCKS = frozenset({"followers"})  # the month's last value; every other metric is summed
MISSING = {"", "-", "–", "n/a", "na", "none", "null", "ไม่มีข้อมูล"}
DATE_HEADERS = ["month", "เดือน", "เดือนปี", "date", "วันที่", "วัน", "day", "period", "ช่วงเวลา"]
DAILY_SOURCE = "daily-export"
# Platform exports name some metrics their own way.
EXTRA_METRICS = {
    "contentinteractions": "engagement",
    "postengagements": "engagement",
    "uniqueviewers": "reach",
    "accountsreached": "reach",
    "videoviews": "views",
}
_SEPARATORS = re.compile(r"[\s.\-_/|:()\[\]]")


def norm_key(text: object) -> str:
    return _SEPARATORS.sub("", key(text))


_PLATFORMS = sorted(
    ((norm_key(a), code) for code, aliases in tabular.PLATFORMS.items() for a in aliases),
    key=lambda pair: -len(pair[0]),
)
_METRICS = {norm_key(a): code for code, aliases in tabular.METRICS.items() for a in aliases}


@dataclass(frozen=True)
class ReachRow:
    month: date
    platform: str
    metric: str
    value: float
    days: int | None = None  # daily data: days present in the month; None for a monthly figure
    days_in_month: int | None = None

    @property
    def complete(self) -> bool:
        return self.days is None or self.days >= (self.days_in_month or 0)


@dataclass
class Bad:
    row_number: int  # 1-based line in the source, header = 1
    column: str | None
    problem: InputProblem
    raw: str  # the row as JSON


@dataclass
class Parsed:
    format: str
    rows: list[ReachRow] = field(default_factory=list)
    bad: list[Bad] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: str | None = None  # a stable source for platform exports; None = the file or sheet name
    rows_read: int = 0


def split_header(header: str, extra: bool = False) -> tuple[str | None, str] | None:
    """(platform or None, metric) for a column title such as "Facebook reach" or "ยอดเข้าถึง เฟซบุ๊ก"."""
    text = norm_key(header)
    metrics = _METRICS | (EXTRA_METRICS if extra else {})
    if text in metrics:
        return None, metrics[text]
    for alias, code in _PLATFORMS:
        if text.startswith(alias) and text[len(alias) :] in metrics:
            return code, metrics[text[len(alias) :]]
        if text.endswith(alias) and text[: -len(alias)] in metrics:
            return code, metrics[text[: -len(alias)]]
    return None


def platform_in_name(name: str) -> str | None:
    """A platform named in a file or sheet name, e.g. 'X analytics 2026-09.csv' -> 'x'."""
    words = [w for w in re.split(r"[^0-9a-z\u0e00-\u0e7f]+", PurePath(name).stem.casefold()) if w]
    index = dict(_PLATFORMS)
    for i, word in enumerate(words):
        for candidate in (word + (words[i + 1] if i + 1 < len(words) else ""), word):
            if candidate in index:
                return index[candidate]
    return None


def value(raw: str) -> float | None:
    """A figure, or None when the cell says there is none (blank, '-', 'n/a'): missing, never zero."""
    if clean(raw).casefold() in MISSING:
        return None
    number = tabular.number(raw)
    if number < 0:
        raise InputProblem("ค่าต้องไม่ติดลบ", "value must not be negative")
    return number


def when(raw: str) -> tuple[date, bool]:
    """(date, True) for a day such as 2026-09-15 or 15/9/2569; (first of month, False) for 2026-09."""
    text = clean(raw)
    if looks_like_timestamp(text):
        return parse_timestamp(text).date(), True
    return parse_month(text), False


def raw_json(headers, row) -> str:
    return json.dumps(dict(zip(headers, row, strict=False)), ensure_ascii=False)


def date_column(headers: list[str]) -> int | None:
    keys = {norm_key(h): i for i, h in enumerate(headers)}
    return next((keys[norm_key(a)] for a in DATE_HEADERS if norm_key(a) in keys), None)


def parse_wide(table: Table, *, platform: str | None = None, columns: dict | None = None) -> Parsed:
    """A row per month (or day) with a column per platform-metric, or per metric with a platform column."""
    out = Parsed("wide")
    date_at = date_column(table.headers)
    if date_at is None:
        raise InputProblem(
            f"ไม่พบคอลัมน์เดือนหรือวันที่ (ชื่อที่รับได้: {', '.join(DATE_HEADERS)})",
            f"no month or date column (accepted names: {', '.join(DATE_HEADERS)}); "
            f"columns present: {', '.join(table.headers)}",
            column="month",
        )
    spec = tabular.SPECS["reach"]["platform"][0]
    platform_at = next((i for i, h in enumerate(table.headers) if key(h) in {key(a) for a in spec}), None)
    default = platform or platform_in_name(table.name)
    targets, ignored = {}, []
    for i, header in enumerate(table.headers):
        if i in (date_at, platform_at) or not header:
            continue
        found = (
            (None, columns[norm_key(header)])
            if columns is not None and norm_key(header) in columns
            else (split_header(header, extra=True) if columns is None else None)
        )
        if found is None:
            ignored.append(header)
        else:
            targets[i] = found
    if not targets:
        raise InputProblem(
            "ไม่พบคอลัมน์ตัวเลข เช่น 'Facebook reach' หรือ 'YouTube การดู'",
            "no figure columns found: name them like 'Facebook reach', 'YouTube views' or 'LINE OA ผู้ติดตาม'",
        )
    if platform_at is None and not default and any(p is None for p, _ in targets.values()):
        raise InputProblem(
            "ไม่รู้ว่าเป็นตัวเลขของแพลตฟอร์มใด: ใส่ชื่อแพลตฟอร์มในหัวคอลัมน์ (เช่น 'Facebook reach') หรือในชื่อไฟล์",
            "which platform? Put it in the column titles (e.g. 'Facebook reach') or in the file name",
        )
    if ignored:
        out.notes.append(f"ignored columns: {', '.join(ignored)}")
    points: dict[tuple[str, str], dict[date, float]] = defaultdict(dict)
    daily, repeated = False, 0
    for n, row in enumerate(table.rows, start=2):
        if clean(row[date_at]).casefold() in ("total", "รวม", "ทั้งหมด"):
            continue
        out.rows_read += 1
        try:
            day, is_day = when(row[date_at])
            row_platform = tabular.platform(row[platform_at]) if platform_at is not None else None
        except InputProblem as problem:  # no month or platform: the whole row waits in quarantine
            column = table.headers[date_at] if problem.column is None else problem.column
            out.bad.append(Bad(n, column, problem, raw_json(table.headers, row)))
            continue
        daily |= is_day and day.day != 1
        for i, (p, metric) in targets.items():
            try:
                figure = value(row[i])
            except InputProblem as problem:  # one bad cell: the row's other figures still load
                out.bad.append(Bad(n, table.headers[i], problem, raw_json(table.headers, row)))
                continue
            if figure is not None:
                target = points[(p or row_platform or default, metric)]
                repeated += day in target
                target[day] = figure
    rows, notes = (aggregate_daily if daily else _monthly)(points)
    if repeated:
        notes.append(f"{repeated} figure(s) given twice for the same date: the lower row counts")
    out.rows, out.notes = rows, out.notes + notes
    out.source = DAILY_SOURCE if daily else None
    return out


def _monthly(points) -> tuple[list[ReachRow], list[str]]:
    rows = [
        ReachRow(d.replace(day=1), p, m, v)
        for (p, m), days in points.items()
        for d, v in sorted(days.items())
    ]
    return rows, []


def aggregate_daily(points: dict[tuple[str, str], dict[date, float]]) -> tuple[list[ReachRow], list[str]]:
    """Daily figures to monthly ones: flows summed, stocks the last day's value; gaps noted."""
    rows, notes = [], []
    for (platform, metric), days in sorted(points.items()):
        months: dict[date, dict[date, float]] = defaultdict(dict)
        for d, v in days.items():
            months[d.replace(day=1)][d] = v
        for month, values in sorted(months.items()):
            length = calendar.monthrange(month.year, month.month)[1]
            figure = values[max(values)] if metric in STOCKS else sum(values.values())
            rows.append(ReachRow(month, platform, metric, figure, len(values), length))
            if len(values) < length:
                gone = [str(d) for d in range(1, length + 1) if month.replace(day=d) not in values]
                shown = ", ".join(gone[:6]) + (", …" if len(gone) > 6 else "")
                notes.append(
                    f"{platform} {metric} {month:%Y-%m}: {len(values)} of {length} days "
                    f"(missing day {shown}); the {'last value' if metric in STOCKS else 'sum'} covers the days present"
                )
    return rows, notes
