"""Social-media reach as it really arrives, told apart by content, to monthly long rows (pure functions).

- ``long``: the PR group's sheet, a row per month, platform, metric and value (loaded by etl.load);
- ``wide``: a row per month (or day) with a column per platform-metric, or a generic CSV export
  (etl.reach_rows.parse_wide);
- ``meta``: Meta Business Suite page-metric exports: UTF-16, a ``sep=,`` line, a metric-name line such
  as "Facebook reach", then ``"Date","Primary"`` rows, one per day (the grid reader cannot hold the
  metric-name line, so these are read from the file's text);
- ``youtube``: YouTube Studio's ``Totals.csv`` (Date, Views, daily; ``Subscribers`` there is a net
  daily change and is not loaded);
- ``tiktok``: TikTok Studio's overview (Date, Video views, Reached audience, Likes, ...).
Recognised but skipped with a reason (``SKIPPED``): Meta's audience breakdown and post-level export,
YouTube's per-video ``Chart data.csv`` / ``Table data.csv`` (never summed into channel totals).
Dates are read in the order the file uses (``reach_rows.date_order``), decided per file.
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
from etl.outcome import Note
from etl.problems import InputProblem
from etl.reach_rows import (
    Bad,
    Parsed,
    ReachRow,
    aggregate_daily,
    cell_figure,
    date_column,
    date_order,
    ignored_columns,
    norm_key,
    parse_wide,
    platform_in_name,
    raw_json,
    split_header,
    value,
    when,
)
from etl.readers import Table, sniff_delimiter
from etl.text import clean, key
from etl.timestamps import parse_month
from i18n.messages import Message, said

SOURCES = {"meta": "meta-business-suite", "youtube": "youtube-studio", "tiktok": "tiktok-studio"}
YOUTUBE_FILES = ("totals", "table data", "chart data")
YOUTUBE_COLUMNS = {"views": "views", "uniqueviewers": "reach"}
META_PLATFORMS = ("facebook", "instagram")  # what Meta Business Suite reports on
FORMAT_NAMES = {
    fmt: Note.of(said(f"note.etl.format.{fmt}")) for fmt in ("long", "wide", "meta", "youtube", "tiktok")
}
# Files that are recognised but are not a daily page metric: skipped with this reason, never loaded.
SKIPPED = {
    fmt: (Note.of(said(f"note.etl.format.{fmt}")), said(f"note.etl.skip.{fmt}"))
    for fmt in ("meta_breakdown", "meta_posts", "youtube_videos")
}
TIKTOK_COLUMNS = {
    "videoviews": "views",
    "reachedaudience": "reach",
    "profileviews": "profile_visits",
    "newfollowers": "new_followers",
    "totalfollowers": "followers",
    "followers": "followers",
}
TIKTOK_ENGAGEMENT = ("likes", "comments", "shares")


class Skip(InputProblem):
    """A file recognised, but not one this import loads: skipped (not refused) with a reason.

    An InputProblem too, so a path that knows nothing of skipping (a Sheets refresh) still says why.
    """

    def __init__(self, recognised: Note, reason: Message):
        super().__init__(reason)
        self.recognised, self.reason = recognised, Note.of(reason)


def detect(table: Table, mapping: dict | None = None) -> str:
    if table.text:
        blocks = _meta_blocks(table.text)
        if blocks:
            return "meta"
        if table.text.lstrip("\ufeff").lower().startswith("sep="):
            return "meta_breakdown"
    keys = {norm_key(h) for h in table.headers}
    if {"postid", "permalink"} <= keys or {"postid", "publishtime"} <= keys:
        return "meta_posts"
    if _meant_long(table.headers, mapping):
        return "long"  # etl.load reads it, and names any column it lacks
    name = PurePath(table.name).stem.casefold()
    if "videotitle" in keys or (name.startswith(YOUTUBE_FILES) and ({"content", "video"} & keys)):
        return "youtube_videos"
    if "reachedaudience" in keys or {"videoviews", "profileviews"} <= keys:
        return "tiktok"
    lowered = " ".join(table.headers).casefold()
    if name.startswith(YOUTUBE_FILES) or "watch time" in lowered:
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


def parse(table: Table, fmt: str, *, platform: str | None = None, folder: str | None = None) -> Parsed:
    """Monthly rows of one file; ``platform`` (--platform) and ``folder`` place a file that names no platform."""
    if fmt in SKIPPED:
        raise Skip(*SKIPPED[fmt])
    if fmt == "meta":
        out = parse_meta(table.text or "", table.name, platform=platform, folder=folder)
    elif fmt == "youtube":
        out = parse_youtube(table)
    elif fmt == "tiktok":
        out = parse_tiktok(table)
    else:
        out = parse_wide(table, platform=platform or _named(table.name, folder))
    out.recognised_as = FORMAT_NAMES.get(fmt, Note(fmt, fmt))
    return out


def _named(name: str, folder: str | None, allowed=None) -> str | None:
    for where in (name, folder):
        found = platform_in_name(where) if where else None
        if found and (allowed is None or found in allowed):
            return found
    return None


# --- Meta Business Suite ------------------------------------------------------------------------


def _meta_blocks(text: str) -> list[tuple[str, list[list[str]]]]:
    """[(metric-name line, date rows)]: a one-cell line followed by a "Date","Primary" header.

    The delimiter is the file's (Excel re-saves with ";" and leaves a trailing ";" on the name line).
    """
    delimiter = sniff_delimiter(text)
    lines = [[c for c in r] for r in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)]
    lines = [r for r in lines if any(c.strip() for c in r)]
    if lines and len(lines[0]) <= 2 and lines[0][0].strip().lower().startswith("sep="):
        lines = lines[1:]

    def single(r: list[str]) -> bool:
        return bool(r) and bool(r[0].strip()) and not any(c.strip() for c in r[1:])

    def starts(i: int) -> bool:
        return (
            i + 1 < len(lines)
            and single(lines[i])
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


def parse_meta(text: str, name: str, *, platform: str | None = None, folder: str | None = None) -> Parsed:
    out = Parsed("meta", source=SOURCES["meta"])
    points: dict[tuple[str, str], dict[date, float]] = defaultdict(dict)
    blocks = _meta_blocks(text)
    order = date_order(row[0] for _, rows in blocks for row in rows)
    decimal_comma = sniff_delimiter(text) == ";"
    line = 3  # sep=, metric name, "Date","Primary"
    unknown = []
    for title, rows in blocks:
        found = split_header(title, extra=True)
        if found is None:
            unknown.append(title)
            line += len(rows) + 2
            continue
        where = found[0] or platform or _named(name, folder, META_PLATFORMS)
        if where is None:
            raise InputProblem("problem.etl.meta_platform", title=title)
        for row in rows:
            line += 1
            out.rows_read += 1
            try:
                day, _ = when(row[0], order)
                figure = value(row[1] if len(row) > 1 else "", decimal_comma)
                if figure is not None:
                    points[(where, found[1])][day] = figure
            except InputProblem as problem:
                out.bad.append(Bad(line, "Primary", problem, raw_json(["Date", "Primary"], row)))
        line += 2
    if unknown and not points and not out.bad:
        raise Skip(
            FORMAT_NAMES["meta"],
            said("note.etl.skip.metric", metrics=", ".join(unknown)),
        )
    if unknown:
        out.notes.append(Note.of(said("note.etl.metrics_not_loaded", metrics=", ".join(unknown))))
    out.rows, notes = aggregate_daily(points)
    out.notes += notes
    return out


# --- TikTok Studio ------------------------------------------------------------------------------


def parse_tiktok(table: Table) -> Parsed:
    """TikTok Studio's overview: a row per day. Likes + comments + shares is the day's engagement."""
    out = Parsed("tiktok", source=SOURCES["tiktok"])
    date_at = date_column(table.headers)
    if date_at is None:
        raise InputProblem("problem.etl.tiktok_date", column="Date")
    keys = [norm_key(h) for h in table.headers]
    targets = {i: TIKTOK_COLUMNS[k] for i, k in enumerate(keys) if k in TIKTOK_COLUMNS}
    parts = [i for i, k in enumerate(keys) if k in TIKTOK_ENGAGEMENT]
    used = {date_at, *targets, *parts}
    ignored = [h for i, h in enumerate(table.headers) if i not in used and h]
    if ignored:
        out.notes.append(ignored_columns(ignored))
    order = date_order(row[date_at] for row in table.rows)
    decimal_comma = table.delimiter == ";"
    points: dict[tuple[str, str], dict[date, float]] = defaultdict(dict)
    for n, row in enumerate(table.rows, start=2):
        out.rows_read += 1
        try:
            day, _ = when(row[date_at], order)
        except InputProblem as problem:
            out.bad.append(Bad(n, table.headers[date_at], problem, raw_json(table.headers, row)))
            continue
        for i, metric in targets.items():
            figure = cell_figure(out, n, table, row, i, decimal_comma)
            if figure is not None:
                points[("tiktok", metric)][day] = figure
        engagement = _tiktok_engagement(out, n, table, row, parts, decimal_comma)
        if engagement is not None:
            points[("tiktok", "engagement")][day] = engagement
    if parts and len(parts) < len(TIKTOK_ENGAGEMENT):
        out.notes.append(
            Note.of(said("note.etl.engagement_part", columns=", ".join(table.headers[i] for i in parts)))
        )
    out.rows, notes = aggregate_daily(points)
    out.notes += notes
    return out


def _tiktok_engagement(
    out: Parsed, n: int, table: Table, row: list[str], parts: list[int], decimal_comma: bool
) -> float | None:
    """Likes + comments + shares of one day; None when there are no such columns or one is blank.

    A bad cell among them goes to ``out.bad`` once, for the three together."""
    if not parts:
        return None
    try:
        figures = [value(row[i], decimal_comma) for i in parts]
    except InputProblem as problem:
        out.bad.append(Bad(n, "Likes/Comments/Shares", problem, raw_json(table.headers, row)))
        return None
    present = [f for f in figures if f is not None]
    return sum(present) if len(present) == len(figures) else None


# --- YouTube Studio -----------------------------------------------------------------------------

_RANGE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\s*[_–-]+\s*(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)")


def month_in_name(name: str) -> date | None:
    """The one whole month a file name states: '... 2026-09-01_2026-09-30' or '... 2026-09'."""
    if m := _RANGE.search(name):
        start, end = date(*map(int, m.groups()[:3])), date(*map(int, m.groups()[3:]))
        whole = start.day == 1 and end == start.replace(day=calendar.monthrange(start.year, start.month)[1])
        if not whole:
            raise InputProblem("problem.etl.whole_month", start=start, end=end)
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
            raise InputProblem("problem.etl.youtube_month", name=table.name)
        total = next((r for r in table.rows if clean(r[0]).casefold() == "total"), None)
        for i, header in enumerate(table.headers):
            metric = columns.get(norm_key(header))
            if metric and total is not None and (figure := value(total[i])) is not None:
                out.rows.append(ReachRow(month, "youtube", metric, figure))
        out.rows_read = 1 if total is not None else 0
    out.format, out.source = "youtube", SOURCES["youtube"]
    if any(norm_key(h) == "subscribers" for h in table.headers):
        out.notes.append(Note.of(said("note.etl.youtube_subscribers")))
    return out
