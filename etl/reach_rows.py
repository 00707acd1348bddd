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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import PurePath

from etl import tabular
from etl.outcome import Note
from etl.problems import InputProblem
from etl.readers import Table
from etl.text import clean, key
from etl.timestamps import _XYZ, looks_like_timestamp, parse_month, parse_timestamp
from i18n.messages import said

LINE_EXAMPLE = "'LINE OA ผู้ติดตาม'"  # a LINE figure column as a Thai export titles it
STOCKS = frozenset({"followers"})  # the month's last value; every other metric is summed
# Meta leaves out the days with no new follows: within the span a file covers, a day absent is a 0.
ZERO_WHEN_ABSENT = frozenset({"new_followers"})
# "NAN" (TikTok), "--" (Excel, YouTube): no figure, never a zero.
MISSING = {"", "-", "--", "–", "n/a", "na", "nan", "none", "null", "ไม่มีข้อมูล"}
DATE_HEADERS = ["month", "เดือน", "เดือนปี", "date", "วันที่", "วัน", "day", "period", "ช่วงเวลา"]
DAILY_SOURCE = "daily-export"
# Platform exports name some metrics their own way.
EXTRA_METRICS = {
    "contentinteractions": "engagement",
    "postengagements": "engagement",
    "uniqueviewers": "reach",
    "accountsreached": "reach",
    "videoviews": "views",
    "viewers": "reach",  # Meta's newer name for the people reached
    "ผู้ชม": "reach",
    "ยอดดู": "views",
    "การโต้ตอบกับเนื้อหา": "engagement",
    "การโต้ตอบ": "engagement",
    "reachedaudience": "reach",  # TikTok
}
_JOINERS = ("บน", "ของ", "on", "of")  # "การเข้าถึงบน Facebook", "Reach on Instagram"
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
    notes: list[Note] = field(default_factory=list)
    source: str | None = None  # a stable source for platform exports; None = the file or sheet name
    rows_read: int = 0
    recognised_as: Note | None = None  # what the file was taken for, for the load summary


def split_header(header: str, extra: bool = False) -> tuple[str | None, str] | None:
    """(platform or None, metric) for a column title such as "Facebook reach" or "ยอดเข้าถึง เฟซบุ๊ก"."""
    text = norm_key(header)
    metrics = _METRICS | (EXTRA_METRICS if extra else {})
    if text in metrics:
        return None, metrics[text]
    for alias, code in _PLATFORMS:
        if text.startswith(alias) and (m := _metric_of(text[len(alias) :], metrics)):
            return code, m
        if text.endswith(alias) and (m := _metric_of(text[: -len(alias)], metrics)):
            return code, m
    return None


def _metric_of(rest: str, metrics: dict[str, str]) -> str | None:
    if rest in metrics:
        return metrics[rest]
    for joiner in _JOINERS:
        for part in (rest.removesuffix(joiner), rest.removeprefix(joiner)):
            if part != rest and part in metrics:
                return metrics[part]
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


_GROUPED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+$")


def value(raw: str, decimal_comma: bool = False) -> float | None:
    """A figure, or None when the cell says there is none (blank, '-', 'n/a'): missing, never zero.

    ``decimal_comma``: a file Excel saved with ";" between cells comes from a locale whose decimal
    mark is "," (and Excel writes no thousands marks there): "1,5" is 1.5, never 15; "1.234" could be
    either 1.234 or 1234, so such a cell waits in quarantine rather than be guessed.
    """
    if clean(raw).casefold() in MISSING:
        return None
    if decimal_comma:
        text = clean(raw).replace(" ", "")
        if _GROUPED.match(text):
            raise InputProblem("problem.etl.decimal_or_thousands", text=text)
        raw = text.replace(",", ".")
    number = tabular.number(raw)
    if number < 0:
        raise InputProblem("problem.etl.negative")
    return number


def when(raw: str, order: str = "dmy") -> tuple[date, bool]:
    """(date, True) for a day such as 2026-09-15 or 15/9/2569; (first of month, False) for 2026-09."""
    text = clean(raw)
    if looks_like_timestamp(text):
        return parse_timestamp(text, order).date(), True
    return parse_month(text), False


def date_order(cells: Iterable[str]) -> str:
    """'dmy' or 'mdy': how a file writes its a/b/yyyy dates, told from the values themselves.

    One order per file: a day over 12 in the first place means day first (13-06-2025), in the second
    month first (1/13/2022, YouTube in a US locale). A file that gives no such day (every date could be
    read both ways) is refused rather than guessed, unless both readings give the same dates or the
    years are Buddhist-era (a Thai locale, which writes the day first). "1/1/2022 … 1/12/2022" is twelve
    days of January or the first of twelve months: refused, never spread over a year.
    """
    day_first = month_first = buddhist = False
    pairs = set()
    for raw in cells:
        m = _XYZ.match(clean(raw))
        if not m:
            continue
        a, b = int(m["a"]), int(m["b"])
        pairs.add((a, b))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
        buddhist |= int(m["y"]) >= 2400
    if day_first and month_first:
        raise InputProblem("problem.etl.mixed_dates", column="date")
    if day_first or not pairs:
        return "dmy"
    if month_first:
        return "mdy"
    if buddhist or all(a == b for a, b in pairs):
        return "dmy"
    a, b = min(pairs)  # an example for the message
    raise InputProblem("problem.etl.day_or_month", column="date", a=a, b=b)


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
            "problem.etl.no_month_column",
            column="month",
            accepted=", ".join(DATE_HEADERS),
            headers=", ".join(table.headers),
        )
    spec = tabular.SPECS["reach"]["platform"][0]
    platform_at = next((i for i, h in enumerate(table.headers) if key(h) in {key(a) for a in spec}), None)
    default = platform or platform_in_name(table.name)
    targets, ignored = _wide_targets(table.headers, (date_at, platform_at), columns)
    if not targets:
        raise InputProblem("problem.etl.no_figures", line_example=LINE_EXAMPLE)
    if platform_at is None and not default and any(p is None for p, _ in targets.values()):
        raise InputProblem("problem.etl.which_platform")
    if ignored:
        out.notes.append(ignored_columns(ignored))
    points, daily, repeated = _wide_points(out, table, date_at, platform_at, targets, default)
    rows, notes = (aggregate_daily if daily else _monthly)(points)
    if repeated:
        notes.append(Note.of(said("note.etl.same_date", repeated=repeated)))
    out.rows, out.notes = rows, out.notes + notes
    out.source = DAILY_SOURCE if daily else None
    return out


def _wide_targets(
    headers: list[str], skip: tuple[int | None, ...], columns: dict | None
) -> tuple[dict[int, tuple[str | None, str]], list[str]]:
    """{column: (platform or None, metric)} for the figure columns, and the titles of the others.

    ``columns`` (a platform export's own titles) replaces the "Facebook reach" reading of titles.
    """
    targets: dict[int, tuple[str | None, str]] = {}
    ignored: list[str] = []
    for i, header in enumerate(headers):
        if i in skip or not header:
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
    return targets, ignored


def _wide_points(
    out: Parsed,
    table: Table,
    date_at: int,
    platform_at: int | None,
    targets: dict[int, tuple[str | None, str]],
    default: str | None,
) -> tuple[dict[tuple[str, str], dict[date, float]], bool, int]:
    """The grid's figures by (platform, metric) and day, whether any day is not a 1st, the repeats."""
    order = date_order(row[date_at] for row in table.rows)
    decimal_comma = table.delimiter == ";"
    points: dict[tuple[str, str], dict[date, float]] = defaultdict(dict)
    daily, repeated = False, 0
    for n, row in enumerate(table.rows, start=2):
        if clean(row[date_at]).casefold() in ("total", "รวม", "ทั้งหมด"):
            continue
        out.rows_read += 1
        try:
            day, is_day = when(row[date_at], order)
            row_platform = tabular.platform(row[platform_at]) if platform_at is not None else None
        except InputProblem as problem:  # no month or platform: the whole row waits in quarantine
            column = table.headers[date_at] if problem.column is None else problem.column
            out.bad.append(Bad(n, column, problem, raw_json(table.headers, row)))
            continue
        daily |= is_day and day.day != 1
        for i, (p, metric) in targets.items():
            figure = cell_figure(out, n, table, row, i, decimal_comma)
            if figure is not None:
                where = p or row_platform or default
                # parse_wide refused a grid with neither a platform column, a default nor titles naming it
                assert where is not None
                target = points[(where, metric)]
                repeated += day in target
                target[day] = figure
    return points, daily, repeated


def ignored_columns(ignored: list[str]) -> Note:
    """The note naming a file's columns that are not loaded."""
    return Note.of(said("note.etl.ignored_columns", columns=", ".join(ignored)))


def cell_figure(
    out: Parsed, n: int, table: Table, row: list[str], i: int, decimal_comma: bool
) -> float | None:
    """row[i] as a figure (None: no figure). A bad cell goes to ``out.bad`` and is None too: the row's
    other figures still load."""
    try:
        return value(row[i], decimal_comma)
    except InputProblem as problem:
        out.bad.append(Bad(n, table.headers[i], problem, raw_json(table.headers, row)))
        return None


def _monthly(points: dict[tuple[str, str], dict[date, float]]) -> tuple[list[ReachRow], list[Note]]:
    rows = [
        ReachRow(d.replace(day=1), p, m, v)
        for (p, m), days in points.items()
        for d, v in sorted(days.items())
    ]
    return rows, []


def aggregate_daily(points: dict[tuple[str, str], dict[date, float]]) -> tuple[list[ReachRow], list[Note]]:
    """Daily figures to monthly ones: flows summed, stocks the last day's value; gaps noted.

    A month the file's date range cuts (an export from the 13th, or up to the 12th) is not a month the
    file covers: its sum would read as a collapse (or a stock as a month-end it is not), so it is not
    loaded and the note says to export the whole month. A stock's month cut only at its start still
    gives the month-end value. Days missing inside the range still load, with the days named.
    """
    rows: list[ReachRow] = []
    notes: list[Note] = []
    everything = [d for days in points.values() for d in days]
    if not everything:
        return rows, notes
    file_first, file_last = min(everything), max(everything)
    for (platform, metric), days in sorted(points.items()):
        if metric in ZERO_WHEN_ABSENT and days:
            first, last = min(days), max(days)
            span = (first + timedelta(n) for n in range((last - first).days + 1))
            days = {d: days.get(d, 0.0) for d in span}
        months: dict[date, dict[date, float]] = defaultdict(dict)
        for d, v in days.items():
            months[d.replace(day=1)][d] = v
        stock = metric in STOCKS
        for month, values in sorted(months.items()):
            length = calendar.monthrange(month.year, month.month)[1]
            month_end = month.replace(day=length)
            cut_start = month < file_first <= month_end
            cut_end = month <= file_last < month_end
            if cut_end or (cut_start and not stock):
                start = max(month, file_first)
                end = min(month_end, file_last)
                notes.append(
                    Note.of(
                        said(
                            "note.etl.part_month",
                            platform=platform,
                            metric=metric,
                            month=month,
                            first=start.day,
                            last=end.day,
                            days=(end - start).days + 1,
                            length=length,
                        )
                    )
                )
                continue
            figure = values[max(values)] if stock else sum(values.values())
            rows.append(ReachRow(month, platform, metric, figure, len(values), length))
            if len(values) < length and not (stock and cut_start):
                gone = [str(d) for d in range(1, length + 1) if month.replace(day=d) not in values]
                shown = ", ".join(gone[:6]) + (", …" if len(gone) > 6 else "")
                notes.append(
                    Note.of(
                        said(
                            "note.etl.missing_days.stock" if stock else "note.etl.missing_days.sum",
                            platform=platform,
                            metric=metric,
                            month=month,
                            present=len(values),
                            length=length,
                            shown=shown,
                        )
                    )
                )
    return rows, notes
