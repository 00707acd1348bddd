"""The explorer page's widgets (views/explorer.py): which columns and in what order, the column
conditions, and the downloads of the whole result. Their state lives in st.session_state under the
ex_* keys that dashboard.explorer reads (and writes into the URL)."""

from __future__ import annotations

import streamlit as st

import exports
from dashboard import explorer as ex
from dashboard import exporting
from i18n import inert, t
from queries import explore


def choose_columns(ds: explore.Dataset, label: dict[str, str], lang: str) -> None:
    """The columns to show, the sort column and its direction, on one row."""
    left, middle, right = st.columns([3, 2, 1], vertical_alignment="bottom")
    left.multiselect(
        t("explorer.columns", lang),
        list(ds.columns),
        key="ex_cols",
        format_func=label.get,
        placeholder=t("explorer.columns.pick", lang),
    )
    middle.selectbox(
        t("explorer.sort", lang),
        ["", *ds.columns],
        key="ex_sort",
        format_func=lambda c: label.get(c, t("explorer.sort.default", lang)),
    )
    right.toggle(t("explorer.desc", lang), key="ex_desc")


def conditions(ds: explore.Dataset, label: dict[str, str], lang: str) -> None:
    """Build a condition (column, operator, value), add it, and see or drop the active ones."""
    with st.expander(t("explorer.where", lang), expanded=bool(st.session_state.get("ex_where"))):
        col, op, value, add = st.columns([3, 2, 3, 2], vertical_alignment="bottom")
        if st.session_state.get("ex_fcol") not in ds.columns:
            st.session_state["ex_fcol"] = next(iter(ds.columns))
        column = col.selectbox(
            t("explorer.where.column", lang), list(ds.columns), key="ex_fcol", format_func=label.get
        )
        kind = ds.columns[column]
        op.selectbox(
            t("explorer.where.op", lang),
            explore.OPS[kind],
            key="ex_fop",
            format_func=lambda o: t(f"op.{o}", lang),
        )
        if kind == explore.BOOL:  # a yes/no column: a yes/no choice, not a text box
            value.segmented_control(
                t("explorer.where.value", lang), ["true", "false"], key="ex_fbool", default="true",
                format_func=lambda v: ex.yes_no(column, v == "true", lang),
            )  # fmt: skip
        else:
            value.text_input(
                t("explorer.where.value", lang), key="ex_fval", max_chars=200,
                help=t("explorer.where.value.help", lang), placeholder=t(f"explorer.where.value.{kind}", lang),
            )  # fmt: skip
        add.button(
            t("explorer.where.add", lang), on_click=ex.add_condition, args=(lang,), icon=":material/add:"
        )
        problem = st.session_state.pop("ex_problem", None)
        if problem:
            st.error(inert(problem), icon=":material/error:")
        st.multiselect(
            t("explorer.where.active", lang),
            list(st.session_state.get("ex_where") or []),
            key="ex_where",
            format_func=lambda c: ex.cond_label(ds, c, lang),
            placeholder=t("explorer.where.none", lang),
        )


def downloads(ds: explore.Dataset, view, ctx, total: int) -> None:
    """The whole result (every page) as CSV/XLSX with the filters on a sheet of their own; above the row
    cap, the command line that exports it instead."""
    lang, shared = ctx.lang, ctx.params()
    name = ex.export_name(ds, ctx)
    detail = {"dataset": ds.key, "view": explore.view_query(view)}
    fetch_all = ex.everything(view, shared)

    def everything_readable():
        return ex.readable(fetch_all(), ds, lang)

    if total > exports.max_rows():
        st.warning(t("explorer.too_many", lang, cap=exports.max_rows(), n=total), icon=":material/block:")
        st.caption(t("explorer.cli", lang))
        st.code(ex.cli_command(view, shared), language="bash", wrap_lines=True)
    else:
        exporting.register(name, everything_readable)
    with st.popover(t("download.menu", lang), icon=":material/download:", key="dl_explore_menu"):
        filters = ex.filter_rows(ds, view, ctx, lang)
        exporting.buttons(everything_readable, name, "dl_explore", total, detail, filters=filters)
