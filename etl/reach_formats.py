"""Social-media reach as it really arrives, told apart by content, to monthly long rows (pure functions).

- ``long``: the PR group's sheet, a row per month, platform, metric and value (loaded by etl.load);
- ``wide``: a row per month (or day) with a column per platform-metric, or a generic CSV export
  (etl.reach_rows.parse_wide);
- ``meta``: Meta Business Suite page-metric exports: UTF-16, a ``sep=,`` line, a metric-name line such
  as "Facebook reach", then ``"Date","Primary"`` rows, one per day (the grid reader cannot hold the
  metric-name line, so these are read from the file's text);
- ``youtube``: YouTube Studio's ``Totals.csv`` (Date, Views, daily) and ``Table data.csv`` (a Date
  column, or a "Total" row with the month taken from the file name).
Platform exports load under a stable source name (``SOURCES``), so next month's download of the same
export replaces, rather than adds to, what the last one brought for a month.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections import defaultdict
from datetime import date
from pathlib import PurePath

from etl import tabular
from etl.problems import InputProblem
from etl.reach_rows import (
    Bad,
    Parsed,
    ReachRow,
    aggregate_daily,
    date_column,
    norm_key,
    parse_wide,
    platform_in_name,
    raw_json,
    split_header,
    value,
    when,
)
from etl.readers import Table
from etl.text import clean, key
from etl.timestamps import parse_month

SOURCES = {"meta": "meta-business-suite", "youtube": "youtube-studio"}
YOUTUBE_FILES = ("totals", "table data", "chart data")
YOUTUBE_COLUMNS = {"views": "views", "uniqueviewers": "reach"}


def detect(table: Table, mapping: dict | None = None) -> str:
    if table.text and _meta_blocks(table.text):
        return "meta"
    if _meant_long(table.headers, mapping):
        return "long"  # etl.load reads it, and names any column it lacks
    name = PurePath(table.name).stem.casefold()
    lowered = " ".join(table.headers).casefold()
    if name.startswith(YOUTUBE_FILES) or "watch time" in lowered or "video title" in lowered:
        return "youtube"
    return "wide"


def _meant_long(headers: list[str], mapping: dict | None) -> bool:
    """A value column, or three of month/platform/metric/value: the long sheet (perhaps lacking one)."""
    present = {key(h) for h in headers}
    found = {
        column
        for column, (aliases, _, _) in tabular.SPECS["reach"].items()
        if any(key(a) in present for a in ([mapping[column]] if mapping and column in mapping else aliases))
    }
    return "value" in found or len(found) >= 3


def parse(table: Table, fmt: str) -> Parsed:
    if fmt == "meta":
        return parse_meta(table.text or "", table.name)
    if fmt == "youtube":
        return parse_youtube(table)
    return parse_wide(table)


# --- Meta Business Suite ------------------------------------------------------------------------


def _meta_blocks(text: str) -> list[tuple[str, list[list[str]]]]:
    """[(metric-name line, date rows)]: a one-cell line followed by a "Date","Primary" header."""
    lines = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    if lines and len(lines[0]) == 1 and lines[0][0].strip().lower().startswith("sep="):
        lines = lines[1:]

    def starts(i: int) -> bool:
        return (
            i + 1 < len(lines)
            and len(lines[i]) == 1
            and len(lines[i + 1]) >= 2
            and norm_key(lines[i + 1][0]) in ("date", "วันที่")
        )

    blocks, i = [], 0
    while i < len(lines):
        if not starts(i):
            i += 1
            continue
        j = i + 2
        while j < len(lines) and not starts(j):
            j += 1
        blocks.append((clean(lines[i][0]), lines[i + 2 : j]))
        i = j
    return blocks


def parse_meta(text: str, name: str) -> Parsed:
    out = Parsed("meta", source=SOURCES["meta"])
    points: dict[tuple[str, str], dict[date, float]] = defaultdict(dict)
    line = 3  # sep=, metric name, "Date","Primary"
    for title, rows in _meta_blocks(text):
        found = split_header(title, extra=True)
        if found is None:
            raise InputProblem(
                f"ไม่รู้จักตัววัด '{title}' ในไฟล์ Meta (ใช้ได้: reach, views, content interactions, followers)",
                f"unknown Meta metric '{title}' (supported: reach, views/impressions, content interactions, "
                "followers; 'follows' counts new follows per day, not the follower total)",
            )
        platform = found[0] or platform_in_name(name)
        if platform is None:
            raise InputProblem(
                f"ไม่รู้ว่า '{title}' เป็นของ Facebook หรือ Instagram: ใส่ชื่อแพลตฟอร์มในชื่อไฟล์",
                f"is '{title}' Facebook or Instagram? Put the platform in the file name",
            )
        for row in rows:
            line += 1
            out.rows_read += 1
            try:
                day, _ = when(row[0])
                figure = value(row[1] if len(row) > 1 else "")
                if figure is not None:
                    points[(platform, found[1])][day] = figure
            except InputProblem as problem:
                out.bad.append(Bad(line, "Primary", problem, raw_json(["Date", "Primary"], row)))
        line += 2
    out.rows, out.notes = aggregate_daily(points)
    return out


# --- YouTube Studio -----------------------------------------------------------------------------

_RANGE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\s*[_–-]+\s*(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)")


def month_in_name(name: str) -> date | None:
    """The one whole month a file name states: '... 2026-09-01_2026-09-30' or '... 2026-09'."""
    if m := _RANGE.search(name):
        start, end = date(*map(int, m.groups()[:3])), date(*map(int, m.groups()[3:]))
        whole = start.day == 1 and end == start.replace(day=calendar.monthrange(start.year, start.month)[1])
        if not whole:
            raise InputProblem(
                f"ไฟล์ครอบคลุม {start} ถึง {end} ไม่ใช่หนึ่งเดือนเต็ม: ส่งออกใหม่ตั้งแต่วันที่ 1 ถึงสิ้นเดือน",
                f"the export covers {start} to {end}, not one whole month: export the 1st to the month's end",
            )
        return start
    if m := _MONTH.search(name):
        return parse_month(m[0])
    return None


def parse_youtube(table: Table) -> Parsed:
    columns = dict(YOUTUBE_COLUMNS)
    if date_column(table.headers) is not None:
        out = parse_wide(table, platform="youtube", columns=columns)
    else:
        out = Parsed("youtube")
        month = month_in_name(table.name)
        if month is None:
            raise InputProblem(
                f"{table.name}: ไม่มีคอลัมน์วันที่ และชื่อไฟล์ไม่ระบุเดือน ใช้ Totals.csv หรือตั้งชื่อเช่น 'Table data 2026-09.csv'",
                f"{table.name} has no Date column and its name states no month: import Totals.csv, "
                "or name the file like 'Table data 2026-09.csv'",
            )
        total = next((r for r in table.rows if clean(r[0]).casefold() == "total"), None)
        for i, header in enumerate(table.headers):
            metric = columns.get(norm_key(header))
            if metric and total is not None and (figure := value(total[i])) is not None:
                out.rows.append(ReachRow(month, "youtube", metric, figure))
        out.rows_read = 1 if total is not None else 0
    out.format, out.source = "youtube", SOURCES["youtube"]
    if any(norm_key(h) == "subscribers" for h in table.headers):
        out.notes.append("'Subscribers' is YouTube's net change, not the subscriber total: not loaded")
    return out
