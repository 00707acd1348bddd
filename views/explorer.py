"""Explorer for analysts: any dataset, the shared filter plus column conditions, sort and columns,
one page of rows at a time (LIMIT/OFFSET in SQL), exports of the whole result up to the row cap; the
URL holds the whole view, so a copied link shows a colleague the same rows."""

from __future__ import annotations

import streamlit as st

import exports
from dashboard import explorer as ex
from dashboard import exporting, shell
from dashboard.context import require
from dashboard.date_input import shown_times
from i18n import inert, t
from queries import explore

ctx = require("explorer")
lang = ctx.lang
shared = ctx.params()
shell.header("explorer.title", "explorer.intro")
ex.init_state()

st.selectbox(
    t("explorer.dataset", lang),
    list(explore.DATASETS),
    key="ex_ds",
    format_func=lambda k: t(f"explorer.ds.{k}", lang),
    on_change=ex.switch_dataset,
)
ds = explore.dataset(st.session_state["ex_ds"])
applies = sorted({t(f"explorer.shared.{k}", lang) for k in ds.shared})
st.caption(
    t("explorer.shared", lang, what=", ".join(applies)) if applies else t("explorer.shared.none", lang)
)
if ds.key == "compliance":
    st.caption(t("explorer.compliance_as_of", lang))
label = {c: h for c, h in zip(ds.columns, exports.header_labels(ds.columns, lang), strict=True)}

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

with st.expander(t("explorer.where", lang), expanded=bool(st.session_state.get("ex_where"))):
    col, op, value, add = st.columns([3, 2, 3, 2], vertical_alignment="bottom")
    if st.session_state.get("ex_fcol") not in ds.columns:
        st.session_state["ex_fcol"] = next(iter(ds.columns))
    column = col.selectbox(
        t("explorer.where.column", lang), list(ds.columns), key="ex_fcol", format_func=label.get
    )
    op.selectbox(
        t("explorer.where.op", lang),
        explore.OPS[ds.columns[column]],
        key="ex_fop",
        format_func=lambda o: t(f"op.{o}", lang),
    )
    if ds.columns[column] == explore.BOOL:  # a yes/no column: a yes/no choice, not a text box
        value.segmented_control(
            t("explorer.where.value", lang),
            ["true", "false"],
            key="ex_fbool",
            default="true",
            format_func=lambda v: ex.yes_no(column, v == "true", lang),
        )
    else:
        value.text_input(
            t("explorer.where.value", lang),
            key="ex_fval",
            max_chars=200,
            help=t("explorer.where.value.help", lang),
            placeholder=t(f"explorer.where.value.{ds.columns[column]}", lang),
        )
    add.button(t("explorer.where.add", lang), on_click=ex.add_condition, args=(lang,), icon=":material/add:")
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

view = ex.current_view()
total = ex.count(view, shared)
last_page = ex.pages(total)
if not 1 <= int(st.session_state.get("ex_page") or 1) <= last_page:
    st.session_state["ex_page"] = min(max(1, int(st.session_state.get("ex_page") or 1)), last_page)
st.subheader(t("explorer.count", lang, n=total))
if total == 0:
    st.info(t("explorer.empty", lang), icon=":material/filter_alt_off:")
    ex.write_url(view, 1)
    st.stop()

number = st.columns([1, 4])[0].number_input(
    t("explorer.page", lang, size=ex.PAGE_SIZE), min_value=1, max_value=last_page, step=1, key="ex_page"
)
rows = ex.readable(ex.page(view, shared, int(number)), ds, lang)
first = (int(number) - 1) * ex.PAGE_SIZE + 1
days = {c for c, kind in ds.columns.items() if kind == explore.DATE and not c.endswith("_at")}
times = {c for c, kind in ds.columns.items() if kind == explore.DATE and c.endswith("_at")}
config = {c: label[c] for c in rows.columns}
shown = shown_times(rows, lang, days=days, times=times)  # BE with Thai months, Bangkok time
st.dataframe(shown, hide_index=True, column_config=config, key="ex_table")
st.caption(t("explorer.showing", lang, first=first, last=first + len(rows) - 1, n=total))
ex.write_url(view, int(number))

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
    exporting.buttons(
        everything_readable, name, "dl_explore", total, detail, filters=ex.filter_rows(ds, view, ctx, lang)
    )
