"""The explorer's datasets: an allow-list of questions and their columns, and the SQL around them.

A dataset is one question in queries/ (its own WHERE takes the shared filter as bound parameters).
This module wraps it, never edits it: ``WITH base AS (<question>) SELECT <columns> FROM base WHERE
<conditions> ORDER BY <column> LIMIT $_limit OFFSET $_offset``. Column names come only from the
allow-list below (checked, then double-quoted); every value is a bound parameter. A view (dataset,
conditions, sort, columns) also travels in the URL and on the command line as text, parsed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

import queries
from core.compliance import today_bangkok
from core.fiscal import fiscal_year
from core.thaidate import parse_date

TEXT, NUMBER, DATE, BOOL = "text", "number", "date", "bool"
OPS = {TEXT: ("eq", "has"), NUMBER: ("eq", "ge", "le"), DATE: ("eq", "ge", "le"), BOOL: ("eq",)}
_SQL_OP = {"eq": "=", "ge": ">=", "le": "<="}
_CAST = {NUMBER: "DOUBLE", DATE: "DATE", BOOL: "BOOLEAN", TEXT: "VARCHAR"}
_TRUE, _FALSE = {"true", "1", "yes", "ใช่", "จริง"}, {"false", "0", "no", "ไม่", "ไม่ใช่", "เท็จ"}


class ExploreError(queries.QueryError):
    """A view asked wrongly: unknown dataset or column, an operator the column lacks, a bad value."""


@dataclass(frozen=True)
class Dataset:
    key: str
    query: str  # the question in queries/
    columns: dict[str, str]  # allow-listed column -> kind
    sort: tuple[str, bool]  # default (column, descending)
    derive: Callable[[dict], dict] | None = None  # shared filter -> the question's own parameters
    unit_column: str | None = None  # filtered by the shared units here (the question has no `units`)
    shared: tuple[str, ...] = ("start", "end", "units", "visitor_type")  # what the filter applies to


def _units(*extra: str) -> dict[str, str]:
    return {"unit_code": TEXT, "unit_abbr": TEXT, "unit_name_th": TEXT} | dict.fromkeys(extra, NUMBER)


def _compliance_params(shared: dict) -> dict:
    """Status as of the period's end, or today if that is later: a past period's link stays the same."""
    end = shared["end"]
    return {"as_of": min(end, today_bangkok()), "fy": fiscal_year(end)}


VISITOR = ("visitor_contract", "visitor_information", "visitor_meeting", "visitor_feedback", "visitor_other")
DATASETS: dict[str, Dataset] = {
    d.key: d
    for d in (
        Dataset(
            "responses",
            "explore_responses",
            {"submitted_at": DATE, "submitted_date": DATE, "fiscal_year": NUMBER}
            | _units()
            | {"unit_raw": TEXT, "unit_known": BOOL}
            | dict.fromkeys(VISITOR, BOOL)
            | {"other_text": TEXT, "aware_news": BOOL, "aware_contact": BOOL, "aware_complaint": BOOL}
            | {"respondent_agency": TEXT, "source": TEXT, "is_demo": BOOL},
            ("submitted_at", True),
        ),
        Dataset(
            "awareness",
            "explore_awareness",
            {"month": DATE}
            | _units("responses")
            | dict.fromkeys(
                [f"{i}_{m}" for i in ("news", "contact", "complaint") for m in ("aware", "unaware", "rate")],
                NUMBER,
            ),
            ("month", True),
        ),
        Dataset(
            "visitor_mix",
            "explore_visitor_mix",
            {"month": DATE} | _units("responses", "contract", "information", "meeting", "feedback", "other"),
            ("month", True),
        ),
        Dataset(
            "reach",
            "explore_reach",
            {
                "month": DATE,
                "platform": TEXT,
                "metric": TEXT,
                "value": NUMBER,
                "source": TEXT,
                "is_demo": BOOL,
            },
            ("month", True),
            shared=("start", "end"),
        ),
        Dataset(
            "submissions",
            "explore_submissions",
            _units()
            | {"form": TEXT, "fiscal_year": NUMBER, "period": TEXT, "submitted_at": DATE}
            | {"link": TEXT, "source": TEXT, "is_demo": BOOL},
            ("submitted_at", True),
            shared=("start", "end", "units"),
        ),
        Dataset(
            "compliance",
            "compliance_status",
            {"unit_code": TEXT, "abbr": TEXT, "name_th": TEXT, "kind": TEXT, "fiscal_year": NUMBER}
            | {"form": TEXT, "period": TEXT, "period_start": DATE, "period_end": DATE, "due_date": DATE}
            | {"submitted_at": DATE, "link": TEXT, "submissions": NUMBER, "status": TEXT}
            | dict.fromkeys(("days_late", "days_overdue", "responses"), NUMBER),
            ("due_date", False),
            derive=_compliance_params,
            unit_column="unit_code",
            shared=("end", "units"),
        ),
        Dataset(
            "ita_scores",
            "explore_ita_scores",
            {"fiscal_year": NUMBER, "indicator": NUMBER, "tool": TEXT, "name_th": TEXT, "name_en": TEXT}
            | {"score": NUMBER, "grade": TEXT, "is_demo": BOOL},
            ("fiscal_year", True),
            shared=(),
        ),
    )
}


@dataclass(frozen=True)
class Cond:
    column: str
    op: str
    value: object

    def text(self) -> str:
        """col.op.value; '~' and '%' in the value escaped (the URL joins conditions with '~')."""
        shown = str(self.value).lower() if isinstance(self.value, bool) else str(self.value)
        return f"{self.column}.{self.op}.{shown.replace('%', '%25').replace('~', '%7E')}"


@dataclass(frozen=True)
class View:
    dataset: str
    where: tuple[Cond, ...] = ()
    sort: str | None = None  # None = the dataset's default
    desc: bool = False
    columns: tuple[str, ...] = field(default=())  # empty = every column

    def chosen(self) -> list[str]:
        return list(self.columns) or list(dataset(self.dataset).columns)


def dataset(key: str) -> Dataset:
    if key not in DATASETS:
        raise ExploreError(f"no dataset {key!r}; choose one of {sorted(DATASETS)}")
    return DATASETS[key]


def _day(text: str) -> date:
    """ISO (what links carry), else a date as a Thai officer types it: 31/12/2568, 31 ธ.ค. 2568, Thai digits."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return parse_date(text)


def condition(ds: Dataset, column: str, op: str, raw: object) -> Cond:
    """A checked condition: the column allow-listed, the operator one it has, the value converted."""
    kind = ds.columns.get(column)
    if kind is None:
        raise ExploreError(f"{ds.key}: no column {column!r}; columns: {list(ds.columns)}")
    if op not in OPS[kind]:
        raise ExploreError(f"{ds.key}.{column}: operator {op!r} not one of {OPS[kind]}")
    text = str(raw).strip()
    try:
        if kind == NUMBER:
            value: object = float(text)
        elif kind == DATE:
            value = _day(text)
        elif kind == BOOL:
            if text.lower() not in _TRUE | _FALSE:
                raise ValueError(text)
            value = text.lower() in _TRUE
        else:
            value = text[:200]
    except ValueError:
        raise ExploreError(f"{ds.key}.{column}: {text!r} is not a {kind}") from None
    if kind == TEXT and not value:
        raise ExploreError(f"{ds.key}.{column}: an empty text matches nothing useful")
    return Cond(column, op, value)


def parse_cond(ds: Dataset, text: str) -> Cond:
    """'unit_code.eq.ADM' -> Cond (the value may itself hold dots)."""
    parts = str(text).split(".", 2)
    if len(parts) != 3:
        raise ExploreError(f"condition {text!r} must be column.op.value, e.g. unit_code.eq.ADM")
    column, op, value = parts
    return condition(ds, column, op, value.replace("%7E", "~").replace("%25", "%"))


def parse_view(query: dict[str, str], default: str = "responses") -> View:
    """A view from URL parameters (ds, where, sort, cols); anything unknown or malformed is dropped."""
    asked = query.get("ds")
    key = asked if asked is not None and asked in DATASETS else default
    ds = DATASETS[key]
    where = []
    for text in str(query.get("where") or "")[:4000].split("~"):
        try:
            if text:
                where.append(parse_cond(ds, text))
        except ExploreError:
            continue
    column, _, direction = str(query.get("sort") or "").partition(":")
    sort = column if column in ds.columns else None
    cols = tuple(dict.fromkeys(c for c in str(query.get("cols") or "").split(",") if c in ds.columns))
    return View(key, tuple(where), sort, direction == "desc" if sort else False, cols)


def view_query(view: View) -> dict[str, str]:
    """The view as URL parameters (only what differs from the dataset's defaults)."""
    out = {"ds": view.dataset}
    if view.where:
        out["where"] = "~".join(c.text() for c in view.where)
    if view.sort:
        out["sort"] = f"{view.sort}:{'desc' if view.desc else 'asc'}"
    if view.columns:
        out["cols"] = ",".join(view.columns)
    return out


def shared_params(ds: Dataset, shared: dict) -> dict:
    """The shared filter as the question's parameters (those it does not take are left out)."""
    values = {k: v for k, v in shared.items() if k in ds.shared}
    if ds.derive:
        return ds.derive(values)
    return {k: v for k, v in values.items() if k in {p.name for p in queries.load(ds.query).params}}


def build(
    view: View, shared: dict, *, count: bool = False, limit: int | None = None, offset: int = 0
) -> tuple[str, dict]:
    """(sql, bound parameters) for the view's rows (or their count)."""
    ds = dataset(view.dataset)
    question = queries.load(ds.query)
    base_params = question.bind(shared_params(ds, shared))
    params = {k: v for k, v in base_params.items() if f"${k}" in question.sql}
    conds = []
    for i, cond in enumerate(view.where):
        cond = condition(
            ds, cond.column, cond.op, cond.value if not isinstance(cond.value, bool) else str(cond.value)
        )
        kind, col = ds.columns[cond.column], _ident(ds, cond.column)
        if kind == TEXT and cond.op == "has":
            conds.append(f"contains(lower({col}), lower($w{i}::VARCHAR))")
        else:
            left = f"CAST({col} AS DATE)" if kind == DATE else col
            conds.append(f"{left} {_SQL_OP[cond.op]} $w{i}::{_CAST[kind]}")
        params[f"w{i}"] = cond.value
    if ds.unit_column and shared.get("units") and "units" in ds.shared:
        conds.append(f"list_contains($_units::VARCHAR[], {_ident(ds, ds.unit_column)})")
        params["_units"] = list(shared["units"])
    where = f"WHERE {' AND '.join(conds)}" if conds else ""
    body = question.sql.strip().rstrip(";")
    if count:
        return f"WITH base AS (\n{body}\n)\nSELECT count(*) AS n FROM base {where}", params
    sort, desc = (view.sort, view.desc) if view.sort else ds.sort
    order = [f"{_ident(ds, sort)} {'DESC' if desc else 'ASC'} NULLS LAST"]
    order += [_ident(ds, c) for c in ds.columns if c != sort]  # a total order: pages never overlap
    select = ", ".join(_ident(ds, c) for c in view.chosen())
    sql = f"WITH base AS (\n{body}\n)\nSELECT {select} FROM base {where} ORDER BY {', '.join(order)}"
    if limit is not None:
        sql += " LIMIT $_limit OFFSET $_offset"
        params |= {"_limit": int(limit), "_offset": int(offset)}
    return sql, params


def _ident(ds: Dataset, column: str) -> str:
    if column not in ds.columns:  # identifiers come only from the allow-list
        raise ExploreError(f"{ds.key}: no column {column!r}")
    return f'"{column}"'


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: dict, catalog: str | None = None) -> pd.DataFrame:
    cursor = con.cursor()  # a cursor per query: DuckDB connections are not shared across threads
    try:
        if catalog:
            if catalog not in queries.CATALOGS:
                raise ExploreError(f"unknown catalog {catalog!r}")
            cursor.execute(f"USE {catalog}")
        return cursor.execute(sql, params).df()
    finally:
        cursor.close()


def rows(con, view: View, shared: dict, *, limit: int | None = None, offset: int = 0, catalog=None):
    return fetch(con, *build(view, shared, limit=limit, offset=offset), catalog)


def count(con, view: View, shared: dict, *, catalog=None) -> int:
    return int(fetch(con, *build(view, shared, count=True), catalog)["n"].iloc[0])


def shared_from_text(values: dict[str, object]) -> dict:
    """The shared filter from text (the command line): dates parsed, units split on commas."""
    out: dict = {}
    for key, value in values.items():
        if key in ("start", "end") and not isinstance(value, date):
            try:
                out[key] = date.fromisoformat(str(value))
            except ValueError:
                raise ExploreError(f"parameter '{key}' must be a date (got {value!r})") from None
        elif key == "units":
            out[key] = queries.text_list(value) or None if isinstance(value, (str, list, tuple)) else None
        else:
            out[key] = value or None
    return out
