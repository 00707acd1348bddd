"""Official forms and the ศปท. round report: choose, build, preview, download (every download audited).

The documents are built by reports.bundle (no streamlit); this page only reads the choices, keeps
the last batch in the session so a download does not build again, and shows a preview: the tables as
inert data frames and, when a PDF was made, its first page as a picture.
"""

from __future__ import annotations

import streamlit as st

from core.compliance import today_bangkok
from core.fiscal import fiscal_year
from dashboard import reports_view as view
from dashboard import shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.date_input import be_date_input
from dashboard.survey import settings
from etl.problems import InputProblem
from i18n import inert, labeller, t
from i18n.units import unit_labels
from reports import bundle

ctx = require("reports")
lang = ctx.lang
shell.header("reports.title", "reports.intro", period=False)

extent = ask("data_extent").iloc[0]
units = ask("units")
names = unit_labels(units, lang)
years = list(range(fiscal_year(extent["data_first"]), fiscal_year(extent["data_last"]) + 2))[::-1]

left, middle, right = st.columns([3, 1, 1])
kind = left.selectbox(
    t("reports.kind", lang), bundle.KINDS, format_func=labeller("reports.kind", lang), key="rp_kind"
)
if st.session_state.get("rp_fy") not in years:
    st.session_state["rp_fy"] = fiscal_year(ctx.end)
fy = middle.selectbox(t("reports.fy", lang), years, key="rp_fy")
round_ = right.selectbox(
    t("reports.round", lang), ("6", "12"), format_func=labeller("round", lang), key="rp_round"
)

chosen: list[str] = []
as_of = None
if kind == "consolidated":
    as_of = be_date_input(t("reports.as_of", lang), today_bangkok(), key="rp_as_of", lang=lang)
    if as_of is None:  # the box says what to type
        st.stop()
else:
    every = st.toggle(t("reports.all_units", lang), key="rp_all")
    if every:
        chosen = list(units["code"])
    else:
        chosen = st.multiselect(
            t("reports.units", lang),
            list(names),
            default=[u for u in ctx.units if u in names][:5] or list(names)[:1],
            format_func=names.get,
            key="rp_units",
        )
# One document type: "pdf" gives one PDF (a ZIP only when several units are chosen), never DOCX and PDF.
file_type = st.segmented_control(
    t("reports.formats", lang), bundle.FORMATS, selection_mode="single", default="docx",
    format_func=str.upper, key="rp_formats",
) or "docx"  # fmt: skip
request = (kind, fy, round_, tuple(chosen), (file_type,), as_of)

if st.button(t("reports.build", lang), type="primary", icon=":material/build:", key="rp_build"):
    if kind != "consolidated" and not chosen:
        st.warning(t("reports.pick_unit", lang))
        st.stop()
    try:
        with st.spinner(t("reports.building", lang)):
            batch = bundle.build(
                ask, kind, fy, round_, units=chosen, formats=request[4], as_of=as_of,
                min_n=settings().min_responses,
            )  # fmt: skip
    except InputProblem as problem:
        st.error(t("reports.pdf_missing", lang, problem=inert(problem.text(lang))))
        st.stop()
    st.session_state["rp_batch"] = (request, batch)

stored = st.session_state.get("rp_batch")
if not stored:
    st.stop()
if stored[0] != request:
    st.info(t("reports.stale", lang), icon=":material/refresh:")
    st.stop()
batch: bundle.Batch = stored[1]
view.download(batch, request, lang)
view.preview(batch, kind, lang)
