"""The shared sidebar filter: period (fiscal year + round, or a date range), units, visitor type.

Its state lives in st.session_state (so it follows the user across pages) and in the URL (so a
copied link reproduces the view). The URL is read once per session, then written on every run.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.fiscal import fiscal_year
from core.thaidate import format_date
from dashboard.data import derive_shared
from dashboard.date_input import be_date_input
from dashboard.urlstate import PAGE_KEYS, VISITOR_TYPES, FilterState, from_query
from i18n import t
from i18n.units import unit_picker

_KEYS = ("f_mode", "f_fy", "f_round", "f_range", "f_units", "f_visitor")


def _fiscal_years(extent: pd.Series) -> list[int]:
    """Every year any data reaches (survey, reach months, submissions), not only the survey's."""
    first, last = extent.get("data_first", extent["first_date"]), extent.get("data_last", extent["last_date"])
    if pd.isna(first):
        return []
    return list(range(fiscal_year(first), fiscal_year(last) + 1))


def _init_from_url(fys: list[int], units: pd.DataFrame) -> None:
    if "f_mode" in st.session_state:
        return
    state = from_query(st.query_params.to_dict(), fys, set(units["code"]))
    st.session_state.update(
        {
            "f_mode": state.mode,
            "f_fy": state.fy,
            "f_round": state.round,
            "f_range": (state.start, state.end),
            "f_units": list(state.units),
            "f_visitor": state.visitor_type or "",
            "f_swapped": state.swapped,
        }
    )


def _restore_hidden() -> None:
    """Streamlit forgets a widget's value in a run where it is not drawn (e.g. the fiscal-year box
    while a date range is chosen); keep a copy so switching back restores the choice."""
    for k in _KEYS:
        if k not in st.session_state and f"{k}__kept" in st.session_state:
            st.session_state[k] = st.session_state[f"{k}__kept"]


def _keep() -> None:
    for k in _KEYS:
        if k in st.session_state:
            st.session_state[f"{k}__kept"] = st.session_state[k]


def sidebar(extent: pd.Series, units: pd.DataFrame, lang: str, *, draw: bool = True) -> FilterState:
    """The shared filter's state; its widgets are drawn only on pages the filter applies to (a page
    that ignores it would mislead), while the choice is kept for the pages that use it."""
    fys = _fiscal_years(extent) or [fiscal_year(pd.Timestamp.today().date())]
    _init_from_url(fys, units)
    _restore_hidden()
    if draw:
        _draw(fys, lang)
    _keep()
    picked = st.session_state["f_range"]
    start, end = (picked[0], picked[-1]) if isinstance(picked, (tuple, list)) and picked else (None, None)
    default = from_query({}, fys, set())
    state = FilterState(
        st.session_state["f_mode"],
        st.session_state["f_fy"],
        st.session_state["f_round"],
        start or default.start,
        end or default.end,
        tuple(st.session_state["f_units"]),
        st.session_state["f_visitor"] or None,
    )
    if draw and st.session_state.pop("f_swapped", False):
        st.sidebar.warning(t("filter.reversed", lang))
    return state


def _radio(name: str, options: tuple[str, ...], lang: str) -> None:
    """A horizontal radio kept in f_<name>, labelled filter.<name>, its options filter.<name>.<option>."""
    st.radio(
        t(f"filter.{name}", lang),
        options,
        key=f"f_{name}",
        horizontal=True,
        format_func=lambda o: t(f"filter.{name}.{o}", lang),
    )


def _draw(fys: list[int], lang: str) -> None:
    names, kinds = derive_shared(unit_picker, "units", {}, lang)  # 2,000 labels: once per replica and version
    with st.sidebar:
        st.subheader(t("filter.header", lang))
        _radio("mode", ("fy", "range"), lang)
        if st.session_state["f_mode"] == "fy":
            st.selectbox(
                t("filter.fy", lang),
                sorted(fys, reverse=True),
                key="f_fy",
                format_func=lambda y: t("format.fy.picker", lang, fy=y, start=y - 543 - 1, end=y - 543),
            )
            _radio("round", ("12", "6"), lang)
        else:
            _be_range(lang)
        st.multiselect(
            t("filter.units", lang),
            list(names),  # central units first, then provincial offices (queries/units.sql)
            key="f_units",
            format_func=names.__getitem__,  # shared texts, not new ones each view
            placeholder=t("filter.unit.all", lang),
            help=t("filter.units.help", lang),
            # No "Select all" (Streamlit's, in English, up to 1,000 units): none chosen already means all
            # units, and every code chosen would go into the page's link.
            select_all=False,
        )
        left, right = st.columns(2)
        for column, kind in ((left, "central"), (right, "provincial")):
            column.button(
                t(f"filter.units.{kind}", lang),
                key=f"f_units_{kind}",
                help=t("filter.units.kind_help", lang, kind=t(f"kind.{kind}", lang).lower()),
                icon=":material/library_add:",
                on_click=_pick_kind,
                args=([c for c in names if kinds[c] == kind],),
                width="stretch",
            )
        st.selectbox(
            t("filter.visitor", lang),
            ["", *VISITOR_TYPES],
            key="f_visitor",
            format_func=lambda v: t("filter.visitor.all", lang) if not v else t(f"visitor.{v}", lang),
        )


def _be_range(lang: str) -> None:
    """The date range as two BE text boxes (15/4/2569, 15 เม.ย. 2569); a date that cannot be read says
    what to type and keeps the last good range; a reversed range is swapped, and said."""
    picked = st.session_state.get("f_range") or ()
    first, last = (picked[0], picked[-1]) if picked else (None, None)
    st.caption(t("filter.period_is", lang))
    left, right = st.columns(2)
    start = be_date_input(t("filter.from", lang), first, key="f_from", lang=lang, container=left)
    end = be_date_input(t("filter.to", lang), last, key="f_to", lang=lang, container=right)
    if start and end:
        if end < start:
            start, end = end, start
            st.session_state["f_swapped"] = True
        st.session_state["f_range"] = (start, end)


def _pick_kind(codes: list[str]) -> None:
    """The group buttons: choose every central unit, or every provincial office, at once."""
    st.session_state["f_units"] = codes


def period_label(state: FilterState, lang: str) -> str:
    start, end = state.period()
    head = ""
    if state.mode == "fy":
        head = t("filter.period.fy", lang, fy=state.fy, round=t("filter.round." + state.round, lang)) + " · "
    return head + f"{format_date(start, lang)} – {format_date(end, lang)}"


def write_url(state: FilterState, lang: str) -> None:
    """Mirror the filter into the URL so a copied link reproduces this view."""
    page_owned = {k: v for k, v in st.query_params.to_dict().items() if k in PAGE_KEYS}
    wanted = state.to_query() | ({"lang": "en"} if lang == "en" else {}) | page_owned
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
