"""The explorer's Streamlit side: its state (from and to the URL), its widgets, and its cached reads.

Only one page of rows is ever fetched for the table (LIMIT/OFFSET in SQL); the whole filtered result
is fetched only when someone downloads it, and only up to the export row cap.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import streamlit as st

import exports
from core.fiscal import to_be
from dashboard import data
from dashboard.survey import keep_in_url
from i18n import t
from queries import explore

PAGE_SIZE = 100
_KEYS = ("ex_ds", "ex_where", "ex_sort", "ex_desc", "ex_cols", "ex_page")


def _shared_items(shared: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in shared.items()))


def _unpack(items: tuple) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in items}


@st.cache_data(max_entries=500, ttl=3600, show_spinner=False)
def _count(path: str, version: tuple, view: tuple, shared: tuple) -> int:
    con = data.connection(path, version)
    return explore.count(con, explore.parse_view(dict(view)), _unpack(shared), catalog="ita")


@st.cache_data(max_entries=200, ttl=3600, show_spinner=False)
def _page(path: str, version: tuple, view: tuple, shared: tuple, limit: int, offset: int) -> pd.DataFrame:
    con = data.connection(path, version)
    v, s = explore.parse_view(dict(view)), _unpack(shared)
    return explore.rows(con, v, s, limit=limit, offset=offset, catalog="ita")


def _where(view: explore.View) -> tuple:
    return tuple(sorted(explore.view_query(view).items()))


def _db() -> tuple[str, tuple]:
    path = data.db_file()
    return str(path), data.db_version(path)


def count(view: explore.View, shared: dict) -> int:
    return _count(*_db(), _where(view), _shared_items(shared))


def page(view: explore.View, shared: dict, number: int) -> pd.DataFrame:
    return _page(*_db(), _where(view), _shared_items(shared), PAGE_SIZE, (number - 1) * PAGE_SIZE)


def everything(view: explore.View, shared: dict):
    """A function fetching the whole result (up to the row cap + 1, so an overflow still shows)."""
    path, version = _db()

    def fetch() -> pd.DataFrame:
        con = data.connection(path, version)
        return explore.rows(con, view, shared, limit=exports.max_rows() + 1, catalog="ita")

    return fetch


def pages(rows: int) -> int:
    return max(1, math.ceil(rows / PAGE_SIZE))


# --- state -----------------------------------------------------------------------------------------
def init_state() -> None:
    """Take the view from the link the first time (or after another page dropped the widgets)."""
    if "ex_ds" in st.session_state:
        return
    query = st.query_params.to_dict()
    view = explore.parse_view(query)
    try:
        number = max(1, int(str(query.get("pg", "1"))[:6]))
    except ValueError:
        number = 1
    _set(view, number)


def _set(view: explore.View, number: int = 1) -> None:
    ds = explore.dataset(view.dataset)
    st.session_state.update(
        ex_ds=view.dataset,
        ex_where=[c.text() for c in view.where],
        ex_sort=view.sort or "",
        ex_desc=view.desc,
        ex_cols=list(view.columns) or list(ds.columns),
        ex_page=number,
    )


def switch_dataset() -> None:
    """A new dataset starts with its defaults: the old conditions and columns may not exist there."""
    _set(explore.View(st.session_state["ex_ds"]))


def current_view() -> explore.View:
    ds = explore.dataset(st.session_state["ex_ds"])
    where = []
    for text in st.session_state.get("ex_where") or []:
        try:
            where.append(explore.parse_cond(ds, text))
        except explore.ExploreError:
            continue
    cols = [c for c in st.session_state.get("ex_cols") or [] if c in ds.columns]
    sort = st.session_state.get("ex_sort") or None
    return explore.View(
        ds.key,
        tuple(where),
        sort if sort in ds.columns else None,
        bool(st.session_state.get("ex_desc")) if sort else False,
        tuple(cols) if cols and len(cols) < len(ds.columns) else (),
    )


AWARE = ("aware_news", "aware_contact", "aware_complaint")  # yes/no answers read as on the form


def yes_no(column: str, value: bool, lang: str) -> str:
    """รู้ / ไม่รู้ for an awareness answer (the form's words), ใช่ / ไม่ใช่ for any other yes/no."""
    kind = "aware" if column in AWARE else "yes"
    return t(f"explorer.bool.{kind}.{'true' if value else 'false'}", lang)


_TEXT = pd.Series(["text"]).dtype


def readable(frame: pd.DataFrame, ds: explore.Dataset, lang: str) -> pd.DataFrame:
    """Yes/no columns as words in the reader's language (a blank stays blank), for the table and exports."""
    out = frame.copy()
    for column in out.columns:
        if ds.columns.get(column) == explore.BOOL:  # the two words made once, not per row
            values = out[column]
            missing = values.isna().to_numpy()
            truth = (
                values.fillna(False).to_numpy(dtype=bool) if missing.any() else values.to_numpy(dtype=bool)
            )
            words = np.where(truth, yes_no(column, True, lang), yes_no(column, False, lang)).astype(object)
            words[missing] = None
            # what a list of these texts would be inferred as (str in pandas 3), without inferring it
            out[column] = (
                pd.Series(words, index=out.index, dtype=_TEXT) if not missing.all() else [None] * len(out)
            )
    return out


def add_condition(lang: str) -> None:
    """The add button's callback: check the condition; keep it, or keep the reason (in Thai) to show."""
    ds = explore.dataset(st.session_state["ex_ds"])
    column, op = st.session_state["ex_fcol"], st.session_state["ex_fop"]
    kind = ds.columns.get(column)
    raw = st.session_state.get("ex_fbool") if kind == explore.BOOL else st.session_state.get("ex_fval", "")
    if raw is None or not str(raw).strip():
        st.session_state["ex_problem"] = t("explorer.where.empty", lang)
        return
    try:
        cond = explore.condition(ds, column, op, raw)
    except explore.ExploreError:
        st.session_state["ex_problem"] = t(
            "explorer.where.bad", lang, value=str(raw)[:60], kind=t(f"explorer.kind.{kind}", lang)
        )
        return
    if cond.text() in (st.session_state.get("ex_where") or []):
        st.session_state["ex_problem"] = t("explorer.where.duplicate", lang)
        return
    st.session_state["ex_where"] = [*st.session_state.get("ex_where", []), cond.text()]
    st.session_state["ex_fval"] = ""
    st.session_state["ex_page"] = 1


def export_name(ds: explore.Dataset, ctx) -> str:
    """responses-ADM-25681001-25690331: the dataset, the units, the period in BE (when they apply)."""
    parts = [ds.key]
    if "units" in ds.shared or ds.unit_column:
        units = list(ctx.units)
        parts.append(
            "all-units" if not units else "+".join(units) if len(units) <= 3 else f"{len(units)}-units"
        )
    if "start" in ds.shared:
        parts.append(f"{to_be(ctx.start.year)}{ctx.start:%m%d}-{to_be(ctx.end.year)}{ctx.end:%m%d}")
    return "-".join(parts)


def filter_rows(ds: explore.Dataset, view: explore.View, ctx, lang: str) -> list[tuple[str, object]]:
    """The export's filter sheet: the dataset, the shared filter where it applies, each condition, sort."""
    rows: list[tuple[str, object]] = [(t("explorer.dataset", lang), t(f"explorer.ds.{ds.key}", lang))]
    if "start" in ds.shared:
        rows.append((t("cover.period", lang), ctx.period_label))
    if "units" in ds.shared or ds.unit_column:
        rows.append((t("cover.units", lang), ", ".join(ctx.units) or t("cover.all", lang)))
    if "visitor_type" in ds.shared:
        visitor = t(f"visitor.{ctx.visitor_type}", lang) if ctx.visitor_type else t("cover.all", lang)
        rows.append((t("cover.visitor", lang), visitor))
    for cond in view.where:
        rows.append((t("explorer.where.active", lang), cond_label(ds, cond.text(), lang)))
    if not view.where:
        rows.append((t("explorer.where.active", lang), t("explorer.where.none", lang)))
    if view.sort:
        order = t("explorer.desc", lang) if view.desc else ""
        rows.append(
            (t("explorer.sort", lang), f"{exports.header_labels([view.sort], lang)[0]} {order}".strip())
        )
    rows.append((t("cover.link", lang), "&".join(f"{k}={v}" for k, v in explore.view_query(view).items())))
    return rows


def cond_label(ds: explore.Dataset, text: str, lang: str) -> str:
    try:
        cond = explore.parse_cond(ds, text)
    except explore.ExploreError:
        return text
    value = yes_no(cond.column, cond.value, lang) if isinstance(cond.value, bool) else cond.value
    return f"{exports.header_labels([cond.column], lang)[0]} {t('op.' + cond.op, lang)} {value}"


def write_url(view: explore.View, number: int) -> None:
    wanted = explore.view_query(view)
    for key in ("ds", "where", "sort", "cols"):
        keep_in_url(key, wanted.get(key))
    keep_in_url("pg", str(number) if number > 1 else None)


def cli_command(view: explore.View, shared: dict) -> str:
    """The same view for `python -m queries run`, which has no row cap."""
    ds = explore.dataset(view.dataset)
    parts = ["python -m queries run", f"explore_{view.dataset}"]
    for key in ds.shared:
        value = shared.get(key)
        if value:
            parts.append(f"-p {key}={','.join(value) if isinstance(value, list) else value}")
    parts += [f"--where '{c.text()}'" for c in view.where]
    if view.sort:
        parts.append(f"--sort {view.sort}:{'desc' if view.desc else 'asc'}")
    if view.columns:
        parts.append(f"--columns {','.join(view.columns)}")
    return " ".join(parts + ["--format xlsx -o export.xlsx"])
