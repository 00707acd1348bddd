"""Explorer for analysts: any dataset, the shared filter plus column conditions, sort and columns,
one page of rows at a time (LIMIT/OFFSET in SQL), exports of the whole result up to the row cap; the
URL holds the whole view, so a copied link shows a colleague the same rows."""

from __future__ import annotations

import streamlit as st

import exports
from dashboard import explorer as ex
from dashboard import explorer_controls as controls
from dashboard import shell
from dashboard.context import require
from dashboard.date_input import shown_times
from i18n import labeller, t
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
    format_func=labeller("explorer.ds", lang),
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

controls.choose_columns(ds, label, lang)
controls.conditions(ds, label, lang)

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

controls.downloads(ds, view, ctx, total)
